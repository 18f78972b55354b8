"""Is a Latin word of a query an everyday English word?

Site search reads a Latin word the index does not hold as romanized Khmer or as a misspelt
English word (``query_reading``). An English reader's everyday words must stay themselves:
"took" is not ទុក, "late" is not "later", "maid" is not មួយដា. Whether a word is English
comes from wordfreq's English word frequencies (a wheel, no compiler), not from a list of
our own: its scale is Zipf's, 3.5 being about three times in a million words.

A romanized syllable is sometimes an English word too ("den" in "lekhet chlong den", "bang"
in "bang thlai"), so a word is read as English only in a query whose Latin words are mostly
English (``english_words``).
"""

from functools import lru_cache

COMMON_ENGLISH_ZIPF = 3.5


@lru_cache(maxsize=8192)
def is_common_english(word):
    # Imported here: wordfreq loads its word list on first use, which only a search needs.
    # The "small" list holds every word from Zipf 3 up (18 MB in memory, the full one 51).
    from wordfreq import zipf_frequency

    return zipf_frequency(word, "en", wordlist="small") >= COMMON_ENGLISH_ZIPF


def english_words(latin_terms, is_english_already):
    """The terms to read as everyday English: common English words, in a query whose Latin
    words are more than half English (stop words and words the index holds count as
    English through ``is_english_already``)."""
    latin_terms = list(latin_terms)
    english = [term for term in latin_terms if is_english_already(term) or is_common_english(term)]
    if 2 * len(english) <= len(latin_terms):
        return set()
    return {term for term in english if is_common_english(term)}
