"""English stems from several threads at once (gunicorn's gthread workers search in two):
a snowball stemmer keeps the word it works on in its own attributes, so one shared between
threads gave wrong stems and IndexErrors (a 500 on search) when they overlapped."""

import sys
import threading

from snowballstemmer import stemmer

from orientation.search.vocabulary import english_stem

WORDS = ["wages", "contracts", "passports", "recruitment", "agencies", "employers"] * 40


def test_threads_stemming_at_once_each_get_the_right_stems():
    expected = [stemmer("english").stemWord(word) for word in WORDS]
    uncached = english_stem.__wrapped__  # the stemmer itself, not the memo in front of it
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as the interpreter allows
    wrong, failures = [], []

    def stem_all():
        try:
            for _round in range(15):
                got = [uncached(word) for word in WORDS]
                wrong.extend(g for g, e in zip(got, expected, strict=True) if g != e)
        except Exception as error:  # what a reader's search would have raised
            failures.append(error)

    try:
        threads = [threading.Thread(target=stem_all) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert failures == []
    assert wrong == []


def test_a_stem_is_the_snowball_stem():
    assert english_stem("wages") == "wage"
    assert english_stem("agencies") == "agenc"
