"""The workaround module orientation/search/modelsearch_khmer_backend.py."""

import pytest
from modelsearch.query import And, Or, Phrase, PlainText

from orientation.scams.models import Agency
from orientation.search.modelsearch_khmer_backend import khmer_aware_query


def test_indexing_runs_upstreams_own_add_items_with_the_segmenting_indexer():
    from wagtail.search.backends import get_search_backend

    from orientation.search.modelsearch_khmer_backend import SegmentingIndexerMixin

    index_class = get_search_backend().index_class
    upstream_add_items = index_class.__mro__[1].add_items
    # Wrapped once to record the words it indexes (the search vocabulary).
    add_items = index_class.add_items.__wrapped__
    assert add_items.__code__ is upstream_add_items.__code__
    indexer = add_items.__globals__["ObjectIndexer"]
    assert issubclass(indexer, SegmentingIndexerMixin)
    # Upstream's module keeps its own indexer for everyone else.
    assert not issubclass(upstream_add_items.__globals__["ObjectIndexer"], SegmentingIndexerMixin)


def test_an_upstream_add_items_that_no_longer_names_the_indexer_is_refused():
    from django.core.exceptions import ImproperlyConfigured

    from orientation.search.modelsearch_khmer_backend import indexing_with

    def add_items(self, model, objs):
        return [IndexerOfTheFuture(obj) for obj in objs]  # noqa: F821

    with pytest.raises(ImproperlyConfigured, match="ObjectIndexer"):
        indexing_with(add_items, object)


@pytest.mark.django_db
def test_index_entries_hold_the_segmented_words():
    """Indexing goes through the segmenting indexer on either database: a word inside a Khmer
    run is found, which the unsegmented run alone would not allow (checked both ways)."""
    from wagtail.search.backends import get_search_backend

    from tests.scams.factories import AgencyFactory

    backend = get_search_backend()
    agency = AgencyFactory(name_km="ក្រុមហ៊ុនជួលការងារពិតប្រាកដ")
    backend.add(agency)
    assert list(backend.search("ជួល", Agency)) == [agency]
    assert list(backend.search("ពិតប្រាកដ", Agency)) == [agency]


def test_query_without_words_is_none():
    assert khmer_aware_query('  !!! " * ') is None


def test_latin_words_are_plain_terms():
    query = khmer_aware_query("Passport wages")
    assert isinstance(query, And)
    assert [part.query_string for part in query.subqueries] == ["passport", "wages"]


def test_khmer_word_is_the_word_or_the_phrase_of_its_cluster_pairs():
    query = khmer_aware_query("លិខិតឆ្លងដែន")
    assert isinstance(query, Or)
    word, phrase = query.subqueries
    assert isinstance(word, PlainText) and word.query_string == "លិខិតឆ្លងដែន"
    assert isinstance(phrase, Phrase) and phrase.query_string == "លិខិ ខិត តឆ្ល ឆ្លង ងដែ ដែន"


def test_single_cluster_khmer_word_is_a_plain_term():
    query = khmer_aware_query("ថៃ")
    assert isinstance(query, PlainText)


def test_or_operator_is_respected():
    query = khmer_aware_query("passport wages", operator="or")
    assert isinstance(query, Or)


@pytest.mark.django_db
def test_fields_search_the_segmented_index():
    """``fields=`` (the admin passes a listing's search fields) finds a Khmer word inside a
    run on either database; upstream searched the live, unsegmented columns."""
    from wagtail.search.backends import get_search_backend

    from tests.scams.factories import AgencyFactory

    agency = AgencyFactory(name_km="ក្រុមហ៊ុនស្វែងរកការងារនៅបរទេស")
    backend = get_search_backend()
    assert list(backend.search("ការងារ", Agency, fields=["name_km"])) == [agency]
    assert list(backend.autocomplete("ការងារ", Agency, fields=["name_km"])) == [agency]


@pytest.mark.django_db
def test_a_field_the_index_does_not_hold_is_a_clear_error():
    from modelsearch.backends.base import SearchFieldError
    from wagtail.search.backends import get_search_backend

    with pytest.raises(SearchFieldError, match="address"):
        get_search_backend().autocomplete("harvest", Agency, fields=["address"])
