"""The words the search index holds (``SearchWord``), recorded as the index is written.

Indexing runs through the Khmer search backend's indexer (``modelsearch_khmer_backend``),
which hands each field value to ``collect`` while ``recording_words`` is open around a batch;
the batch's new words are then stored with their phonetic key (Khmer) or English stem
(Latin). Query reading (``query_reading``) asks here which typed words are known and which
known words a romanized, misspelt or differently inflected word may stand for.
"""

import re
import threading
from collections import Counter
from contextlib import contextmanager
from contextvars import ContextVar
from functools import lru_cache
from itertools import pairwise

from django.db.models import F
from snowballstemmer import stemmer

from orientation.core.text import text_key
from orientation.search.models import SearchWord
from orientation.search.phonetics import phonetic_key
from orientation.search.segmentation import KHMER_RUN, khmer_clusters, khmer_words

LATIN_WORD = re.compile(r"\b[a-z]{2,40}\b")
KHMER_LETTER = re.compile("[\u1780-\u17b3]")
KHMER_VOWEL_SIGN = re.compile("[\u17b6-\u17c8]")
MAX_WORD_LENGTH = SearchWord._meta.get_field("word").max_length
# A snowball stemmer keeps the word it works on in its own attributes: one per thread
# (gunicorn's gthread workers stem in several threads at once).
_stemmers = threading.local()
NOUN_PREFIXES = ("ការ", "សេចក្តី", "អ្នក")

_collected: ContextVar = ContextVar("search_words_collected", default=None)


# A stem depends on the word alone; 25 us each, and the equivalent-words table, built after
# every content change, stems a hundred words.
@lru_cache(maxsize=65536)
def english_stem(word):
    english = getattr(_stemmers, "english", None)
    if english is None:
        english = _stemmers.english = stemmer("english")
    return english.stemWord(word)


def words_of(text):
    """(Khmer words, Latin words) of ``text``, as the index cuts them."""
    text = text_key(text)
    khmer = set()
    for run in KHMER_RUN.findall(text):
        khmer.update(run_words(run))
    return khmer, set(LATIN_WORD.findall(text))


@lru_cache(maxsize=8192)
def run_words(run):
    """The words of a Khmer run (cached: the same sentences recur across pages). Two words
    in a row count as a word too: the word breaker cuts many compounds and loanwords apart
    (អន|ឡាញ) that readers type, and romanize, as one. And it keeps a noun made with ការ,
    សេចក្តី or អ្នក whole (ការសងសឹក), while readers also type the verb alone (សងសឹក)."""
    words = [word for word in khmer_words(run) if KHMER_LETTER.search(word)]
    found = set(words)
    found.update(first + second for first, second in pairwise(words))
    found.update(
        word[len(prefix) :]
        for word in words
        for prefix in NOUN_PREFIXES
        if word.startswith(prefix) and KHMER_LETTER.search(word[len(prefix) :])
    )
    return frozenset(
        word for word in found if len(word) <= MAX_WORD_LENGTH and not is_fragment(word)
    )


def is_fragment(word):
    """A lone cluster without a vowel sign (ព្ទ, ក់): what the word breaker leaves when it
    cuts a word it does not know (ទូរស័|ព្ទ), not a word anyone types or romanizes."""
    clusters = khmer_clusters(word)
    return len(clusters) == 1 and not KHMER_VOWEL_SIGN.search(word)


def public_pks(model, objs):
    """The primary keys of the objects whose indexed text is what the public reads: words
    are learnt only from them, as a reader is shown the word a query was read as ("showing
    results for …"), and the index also holds drafts, private pages and unpublished
    translations (search filters those out when it answers)."""
    from wagtail.models import Locale, Page, PageViewRestriction

    from orientation.core.public_version import showing_source_text

    if not issubclass(model, Page):
        return {obj.pk for obj in objs if getattr(obj, "live", True)}
    restricted = tuple(PageViewRestriction.objects.values_list("page__path", flat=True))
    pages = [page for page in objs if page.live and not page.path.startswith(restricted)]
    default_locale_id = Locale.get_default().pk if pages else None
    hidden = showing_source_text(pages) | {
        # A translation's row may hold a draft on top of its published text.
        page.pk
        for page in pages
        if page.has_unpublished_changes and page.locale_id != default_locale_id
    }
    return {page.pk for page in pages if page.pk not in hidden or page.alias_of_id}


def collect(text, obj):
    """Note the words of a value being indexed for ``obj``, when a batch is being recorded
    and ``obj`` is public."""
    collected = _collected.get()
    if collected is not None and text and obj.pk in collected[2]:
        # The autocomplete and fuzzy copies of a field repeat its value: count it once.
        if (obj.pk, text) in collected[3]:
            return
        collected[3].add((obj.pk, text))
        khmer, latin = words_of(text)
        collected[0].update(khmer)
        collected[1].update(latin)  # Counters: how many values held each word


@contextmanager
def recording_words(model, objs):
    """Store the words of the public ones of ``objs`` as they are indexed inside the block."""
    if _collected.get() is not None:
        _collected.get()[2].update(public_pks(model, objs))
        yield
        return
    # (Khmer word counts, Latin word counts, public pks, values seen)
    token = _collected.set((Counter(), Counter(), public_pks(model, objs), set()))
    try:
        yield
        khmer, latin, _public, _seen = _collected.get()
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
            new_word(word, script, count)
            for script, words in ((SearchWord.KHMER, khmer), (SearchWord.LATIN, latin))
            for word, count in words.items()
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


def new_word(word, script, occurrences):
    """A vocabulary row with its key: a Khmer word's sound, a Latin word's English stem."""
    khmer = script == SearchWord.KHMER
    return SearchWord(
        word=word,
        script=script,
        phonetic_key=phonetic_key(word)[:64] if khmer else "",
        stem="" if khmer else english_stem(word)[:64],
        occurrences=occurrences,
    )


def known_words(words):
    """{word: occurrences} of those of ``words`` the index holds."""
    return dict(SearchWord.objects.filter(word__in=list(words)).values_list("word", "occurrences"))


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
    """(word, occurrences) of the known English words that begin with the same letter (a
    range on the unique index, so the same plan on SQLite and PostgreSQL)."""
    first = word[0]
    return list(
        SearchWord.objects.filter(
            script=SearchWord.LATIN, word__gte=first, word__lt=chr(ord(first) + 1)
        ).values_list("word", "occurrences")
    )


def forget_all_words():
    """Before a full rebuild: the rebuild records what is published now."""
    SearchWord.objects.all().delete()
