"""The words the search index holds (``SearchWord``), recorded as the index is written.

Indexing runs through the Khmer search backend's indexer (``modelsearch_khmer_backend``),
which hands each field value to ``collect`` while ``recording_words`` is open around a batch;
the batch's new words are then stored with their phonetic key (Khmer) or English stem
(Latin). Query reading (``query_reading``) asks here which typed words are known and which
known words a romanized, misspelt or differently inflected word may stand for.
"""

import re
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from itertools import pairwise

from django.db.models import F
from snowballstemmer import stemmer

from orientation.core.text import normalise_text, text_key
from orientation.search.models import SearchWord
from orientation.search.phonetics import phonetic_key
from orientation.search.segmentation import KHMER_RUN, khmer_clusters, khmer_words

LATIN_WORD = re.compile(r"\b[a-z]{2,40}\b")
KHMER_LETTER = re.compile("[\u1780-\u17b3]")
KHMER_VOWEL_SIGN = re.compile("[\u17b6-\u17c8]")
MAX_WORD_LENGTH = SearchWord._meta.get_field("word").max_length
ENGLISH = stemmer("english")
NOUN_PREFIXES = ("ការ", "សេចក្តី", "អ្នក")

_collected: ContextVar = ContextVar("search_words_collected", default=None)


def english_stem(word):
    return ENGLISH.stemWord(word)


def words_of(text):
    """(Khmer words, Latin words) of ``text``, as the index cuts them. Two Khmer words in a
    row count as a word too: the word breaker cuts many compounds and loanwords apart
    (អន|ឡាញ) that readers type, and romanize, as one."""
    text = text_key(normalise_text(text))
    khmer = set()
    for run in KHMER_RUN.findall(text):
        words = [word for word in khmer_words(run) if KHMER_LETTER.search(word)]
        khmer.update(words)
        khmer.update(first + second for first, second in pairwise(words))
        # The word breaker keeps a noun made with ការ, សេចក្តី or អ្នក whole (ការសងសឹក);
        # readers also type the verb alone (សងសឹក, "sangsoek").
        khmer.update(
            word[len(prefix) :]
            for word in words
            for prefix in NOUN_PREFIXES
            if word.startswith(prefix) and KHMER_LETTER.search(word[len(prefix) :])
        )
    khmer = {word for word in khmer if len(word) <= MAX_WORD_LENGTH and not is_fragment(word)}
    return khmer, set(LATIN_WORD.findall(text))


def is_fragment(word):
    """A lone cluster without a vowel sign (ព្ទ, ក់): what the word breaker leaves when it
    cuts a word it does not know (ទូរស័|ព្ទ), not a word anyone types or romanizes."""
    clusters = khmer_clusters(word)
    return len(clusters) == 1 and not KHMER_VOWEL_SIGN.search(word)


def collect(text):
    """Note the words of a value being indexed, when a batch is being recorded."""
    collected = _collected.get()
    if collected is not None and text:
        khmer, latin = words_of(text)
        collected[0].update(khmer)
        collected[1].update(latin)  # Counters: how many values held each word


@contextmanager
def recording_words():
    """Store the words of everything indexed inside the block (nested blocks join the
    outer one). A failure to store them never fails the indexing."""
    if _collected.get() is not None:
        yield
        return
    token = _collected.set((Counter(), Counter()))
    try:
        yield
        khmer, latin = _collected.get()
    finally:
        _collected.reset(token)
    record_words(khmer, latin)


def record_words(khmer, latin):
    """Add the new words of a batch ({word: values that held it}) and count the known ones:
    one insert, and one update per distinct count."""
    counts = {**khmer, **latin}
    if not counts:
        return
    known = set(SearchWord.objects.filter(word__in=list(counts)).values_list("word", flat=True))
    SearchWord.objects.bulk_create(
        [
            SearchWord(
                word=word,
                script=SearchWord.KHMER,
                phonetic_key=phonetic_key(word)[:64],
                occurrences=count,
            )
            for word, count in khmer.items()
            if word not in known
        ]
        + [
            SearchWord(
                word=word,
                script=SearchWord.LATIN,
                stem=english_stem(word)[:64],
                occurrences=count,
            )
            for word, count in latin.items()
            if word not in known
        ],
        ignore_conflicts=True,
        batch_size=500,
    )
    by_count = {}
    for word in known:
        by_count.setdefault(counts[word], []).append(word)
    for count, words in by_count.items():
        SearchWord.objects.filter(word__in=words).update(occurrences=F("occurrences") + count)


def known_words(words):
    return set(SearchWord.objects.filter(word__in=list(words)).values_list("word", flat=True))


def words_with_stems(stems):
    """{stem: [known English words with that stem]}."""
    found = {}
    for word, stem in SearchWord.objects.filter(
        script=SearchWord.LATIN, stem__in=list(stems)
    ).values_list("word", "stem"):
        found.setdefault(stem, []).append(word)
    return found


def khmer_words_with_keys(keys):
    """{phonetic key: [(known Khmer word, occurrences)] with that key}."""
    found = {}
    for word, key, occurrences in SearchWord.objects.filter(
        script=SearchWord.KHMER, phonetic_key__in=list(keys)
    ).values_list("word", "phonetic_key", "occurrences"):
        found.setdefault(key, []).append((word, occurrences))
    return found


def latin_words_starting_like(word):
    """Known English words that begin with the same letter (a range on the unique index, so
    the same plan on SQLite and PostgreSQL)."""
    first = word[0]
    return list(
        SearchWord.objects.filter(
            script=SearchWord.LATIN, word__gte=first, word__lt=chr(ord(first) + 1)
        ).values_list("word", flat=True)
    )


def forget_all_words():
    """Before a full rebuild: the rebuild records what is published now."""
    SearchWord.objects.all().delete()
