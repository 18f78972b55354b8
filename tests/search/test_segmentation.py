import unicodedata

import pytest

from orientation.core.text import normalise_text
from orientation.search.segmentation import (
    in_run_phrase,
    khmer_clusters,
    normalised_query,
    query_terms,
    segment,
    segment_for_index,
)


def test_normalise_removes_invisible_characters_and_composes():
    text = "\ufeffលិខិត\u200bឆ្លង\u200cដែន\u200d cafe\u0301"
    assert normalise_text(text) == "លិខិតឆ្លងដែន café"


@pytest.mark.parametrize(
    ("variant", "preferred"),
    [
        ("ប\u17c1\u17b6ក", "ប\u17c4ក"),  # េ + ា -> ោ
        ("ដ\u17c1\u17b8ម", "ដ\u17beម"),  # េ + ី -> ើ
        ("បណ\u17d2\u178aឹង", "បណ\u17d2\u178fឹង"),  # subscript DA -> subscript TA
    ],
)
def test_normalise_folds_khmer_spellings_that_look_the_same(variant, preferred):
    assert normalise_text(variant) == preferred


def test_segment_puts_spaces_between_khmer_words_and_leaves_latin_alone():
    assert segment("សូមរក្សាលិខិតឆ្លងដែនរបស់អ្នក, Hello-World") == (
        "សូម រក្សា លិខិតឆ្លងដែន របស់ អ្នក , Hello-World"
    )


def test_index_text_holds_words_then_clusters_then_cluster_pairs():
    indexed = segment_for_index("លិខិតឆ្លងដែន")
    assert indexed.split() == [
        "លិខិតឆ្លងដែន",
        *["លិ", "ខិ", "ត", "ឆ្ល", "ង", "ដែ", "ន"],
        *["លិខិ", "ខិត", "តឆ្ល", "ឆ្លង", "ងដែ", "ដែន"],
    ]


def test_a_word_the_breaker_cuts_differently_in_a_run_is_a_row_of_the_runs_pairs():
    # បណ្តឹងរបស់ is cut បណ្តឹ|ងរ|បស់: the word បណ្តឹង is not among the run's words, but its
    # cluster pairs are among the run's, in a row.
    indexed = segment_for_index("បណ្តឹងរបស់").split()
    assert "បណ្តឹង" not in indexed[:3]
    wanted = in_run_phrase(khmer_clusters("បណ្តឹង")).split()
    assert any(indexed[start : start + len(wanted)] == wanted for start in range(len(indexed)))


def test_clusters_keep_subscripts_and_vowels_with_their_base():
    assert khmer_clusters("ស្ត្រី") == ("ស្ត្រី",)
    assert khmer_clusters("បណ្តឹង") == ("ប", "ណ្តឹ", "ង")


@pytest.mark.parametrize(
    ("query", "terms"),
    [
        ("", []),
        ("   ", []),
        ("!!! ?? …", []),
        ('"passport" OR NEAR(wages*)', ["passport", "or", "near", "wages"]),
        ("<b>passport</b>", ["b", "passport"]),
        ("កិច្ចសន្យាការងារ។", ["កិច្ចសន្យា", "ការងារ"]),
        ("លិខិត\u200bឆ្លង\u200bដែន", ["លិខិតឆ្លងដែន"]),
        ("Passport passport PASSPORT", ["passport"]),
        ("-x (y)", ["x", "y"]),
        (unicodedata.normalize("NFD", "Café"), ["café"]),
    ],
)
def test_query_terms(query, terms):
    assert query_terms(query) == terms


def test_query_terms_are_bounded():
    assert len(query_terms(" ".join(f"word{n}" for n in range(100)))) == 12
    assert len("".join(query_terms("ក" * 10_000))) <= 200


def test_normalised_query_is_the_same_for_equivalent_queries():
    assert normalised_query("  Passport!! ") == normalised_query("passport")
    assert normalised_query("លិខិត\u200bឆ្លងដែន") == normalised_query("លិខិតឆ្លងដែន")


def test_index_text_has_no_angle_brackets():
    # PostgreSQL's parser would read "<script>" as a tag and drop the rest of the text.
    assert segment_for_index("run <script> keep your passport") == "run  script  keep your passport"


def test_index_text_splits_words_where_the_query_does():
    # PostgreSQL's parser reads "DEMO-4821" as "demo" and the number "-4821", which a query
    # for 4821 does not match; the query side drops the dash, so the index does too.
    assert segment_for_index("DEMO-4821").split() == ["demo", "4821"]
    assert segment_for_index("C189 (2011), co_worker").split() == ["c189", "2011", "co", "worker"]
    assert query_terms("DEMO-4821") == segment_for_index("DEMO-4821").split()
