"""The editors' equivalent words (``EquivalentWords``), as search reads them.

A phrase is keyed by its query terms (the same cutting as a typed query, ``query_terms``),
with English words reduced to their stem, so "wages" meets the group that lists "wage".
Kept in the cache per content generation: saving or deleting a group starts a new one
(``apps.SearchConfig.ready``).
"""

from orientation.core.content_generation import until_content_changes
from orientation.search.segmentation import is_khmer, query_terms
from orientation.search.vocabulary import english_stem

CACHE_SECONDS = 24 * 3600
# The longest phrase, in query terms, that is looked for in a query.
MAX_PHRASE_TERMS = 5


def term_key(term):
    return term if is_khmer(term) else english_stem(term)


def phrase_key(terms):
    return " ".join(term_key(term) for term in terms)


def equivalent_phrases():
    """{phrase key: [phrases of its group, each a tuple of query terms]}."""
    return until_content_changes("search-equivalents", build_table, CACHE_SECONDS)


def build_table():
    from orientation.search.models import EquivalentWords

    table = {}
    for group in EquivalentWords.objects.all():
        phrases = [
            terms
            for word in group.word_list()
            if (terms := tuple(query_terms(word))) and len(terms) <= MAX_PHRASE_TERMS
        ]
        for phrase in phrases:
            known = table.setdefault(phrase_key(phrase), [])
            known.extend(other for other in phrases if other not in known)
    return table


def listed_latin_words():
    """The single Latin words of the list: words readers use, whether or not a page does
    ("salary" is listed with "wages"), so a misspelling of one can be read as it."""
    return {
        phrase[0]
        for phrases in equivalent_phrases().values()
        for phrase in phrases
        if len(phrase) == 1 and phrase[0].isascii() and phrase[0].isalpha()
    }
