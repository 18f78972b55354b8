"""Khmer-aware text normalisation and word segmentation, shared by indexing and querying.

Khmer is written without spaces between words, so a full-text engine that splits on spaces
sees a whole sentence as one "word". Everything that goes into the search index and every
query goes through the same functions here, so both sides agree on what a word is:

- text is first cleaned by the site's one normaliser, ``orientation.core.text`` (NFC,
  invisible characters and direction marks removed, Khmer spellings that look identical
  written one way, white space collapsed), which the agency register uses too;
- ``segment_for_index``: Khmer runs become ICU dictionary words separated by spaces, followed
  by the run's orthographic clusters (see below); Latin and other text is left alone.
- ``query_terms``: the words of a query, without punctuation or search-engine syntax.

Why clusters as well as words: ICU's dictionary segmentation depends on context, so a word
inside a long run is sometimes cut differently from the same word typed alone (e.g.
បណ្តឹងរបស់ -> បណ្តឹ|ងរ|បស់). An orthographic cluster (a base letter with its subscripts and
vowel signs) does not depend on context, so "the query word's clusters in a row" always
finds the word inside any run. The index holds each run's clusters, and each cluster joined
with the next (``cluster_pairs``); the query asks for the word OR the phrase of its cluster
pairs (``in_run_phrase``). Pairs, not single clusters: the commonest clusters (កា, រ) are in
almost every Khmer page, and a phrase of them read their long position lists on every search
(10 ms of each MATCH over 5,000 pages); pairs are rare. Single clusters stay for the query
words that are one cluster (ខែ inside ប្រាក់ខែ).

When what the index stores changes, a migration empties the index (``search.0007``) and
``migrate`` rebuilds it before it returns (``apps.build_index_if_incomplete``).
"""

import re
from functools import lru_cache
from itertools import pairwise

from icu4py.breakers import WordBreaker

from orientation.core.text import normalise_text, text_key

KHMER_CHARACTERS = "\u1780-\u17ff\u19e0-\u19ff"
KHMER_RUN = re.compile(f"[{KHMER_CHARACTERS}]+")
KHMER_BASE = "\u1780-\u17b3"  # consonants and independent vowels
COENG = "\u17d2"
KHMER_SIGNS = "\u17b4-\u17d1\u17d3\u17dd"  # vowel signs and diacritics (not COENG, not ។ ៕)
KHMER_CLUSTER = re.compile(f"[{KHMER_BASE}](?:{COENG}[{KHMER_BASE}]|[{KHMER_SIGNS}])*")
# A query word: a Khmer run (cut into words by ICU afterwards) or a run of letters and digits
# with their combining marks. Everything else (punctuation, quotes, asterisks, parentheses,
# dashes, operator symbols) separates words and is dropped.
QUERY_WORD = re.compile(f"[{KHMER_CHARACTERS}]+|[^\\W_]+(?:[\\u0300-\\u036f]+[^\\W_]*)*")
KHMER_LETTER_OR_DIGIT = re.compile(f"[{KHMER_BASE}\\u17e0-\\u17e9]")

# What QUERY_WORD does not keep inside a word: one separator character each.
WORD_SEPARATOR = re.compile(f"[^\\w\\s{KHMER_CHARACTERS}\\u0300-\\u036f]|_")

MAX_QUERY_CHARACTERS = 200
MAX_QUERY_TERMS = 12


@lru_cache(maxsize=4096)
def khmer_words(run):
    """ICU dictionary words of a run of Khmer letters (cached: runs repeat a lot). icu4py's
    wheel carries ICU itself, so no compiler or system ICU is needed to install it."""
    words = []
    for start, end in WordBreaker(run, "km").segments():
        word = run[start:end].strip()
        if word:
            words.append(word)
    return tuple(words)


def khmer_clusters(word):
    return tuple(KHMER_CLUSTER.findall(word))


def cluster_pairs(clusters):
    """Each cluster joined with the next one: ``("ប", "ណ្តឹ", "ង")`` -> ``["បណ្តឹ", "ណ្តឹង"]``."""
    return [first + second for first, second in pairwise(clusters)]


def in_run_phrase(clusters):
    """The index tokens, in a row, that find these clusters inside any Khmer run."""
    return " ".join(cluster_pairs(clusters) if len(clusters) > 1 else clusters)


def segment_khmer_run(run, with_clusters=True):
    words = khmer_words(run)
    parts = list(words)
    if with_clusters:
        clusters = khmer_clusters(run)
        if list(clusters) != parts:
            parts.extend(clusters)
            parts.extend(cluster_pairs(clusters))
    return " ".join(parts)


def segment(text, with_clusters=False):
    """Normalised ``text`` with spaces between Khmer words; other scripts unchanged."""
    text = normalise_text(text)
    return KHMER_RUN.sub(
        lambda match: f" {segment_khmer_run(match.group(), with_clusters)} ", text
    ).strip()


def segment_for_index(text):
    """What the search index stores for ``text``: words, then clusters, of each Khmer run.

    Every character that separates words in a query (``QUERY_WORD``: punctuation, dashes,
    symbols, angle brackets) becomes a space, so the index holds the same words the query
    asks for. PostgreSQL's parser would otherwise read "DEMO-4821" as "demo" and the number
    "-4821" (a query for 4821 missed it), and "<script>" as a tag, dropping the text after
    it. The text is case-folded like the query (``text_key``), so "Straße" and "STRASSE"
    meet.
    """
    return WORD_SEPARATOR.sub(" ", segment(text_key(text), with_clusters=True))


def query_terms(query):
    """The words of a visitor's query, in order, without duplicates or syntax.

    Quotes, asterisks, parentheses, dashes and other punctuation are dropped here, so no
    search-engine operator syntax ever reaches the database. Words that are operators in FTS5
    or tsquery (NEAR, OR, AND, NOT) stay ordinary words: they are always quoted downstream.
    """
    text = text_key(query)
    if len(text) > MAX_QUERY_CHARACTERS:
        # Cut at the last space before the limit, so no half word is searched for.
        cut = text[:MAX_QUERY_CHARACTERS]
        text = cut.rsplit(None, 1)[0] if " " in cut.strip() else cut
    terms = []
    for match in QUERY_WORD.finditer(text):
        word = match.group()
        if KHMER_RUN.fullmatch(word):
            terms.extend(w for w in khmer_words(word) if KHMER_LETTER_OR_DIGIT.search(w))
        else:
            terms.append(word)
    return list(dict.fromkeys(terms))[:MAX_QUERY_TERMS]


def normalised_query(query):
    """The query as stored in reports and matched against search promotions."""
    return " ".join(query_terms(query))


def is_khmer(term):
    return bool(KHMER_RUN.search(term))
