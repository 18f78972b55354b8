"""The workaround module orientation/search/modelsearch_khmer_backend.py."""

import hashlib
import inspect

import pytest
from django.db import connection
from modelsearch.query import And, Or, Phrase, PlainText

from orientation.scams.models import Agency
from orientation.search.modelsearch_khmer_backend import khmer_aware_query

# add_items is copied from modelsearch: when upstream changes it, review the copy (and check
# whether an analyser hook now exists that makes the copy unnecessary), then update the hash.
UPSTREAM_ADD_ITEMS_SHA256 = {
    "sqlite": "6e4d599997a4aa05027c06df1d5ebc812d47f3956cb85c3613788c7cde4510ea",
    "postgres": "62bf7488351e386482f9e20db0670c3064185250ef816c71584afef14fcb079e",
}


def upstream_add_items_hash(vendor):
    if vendor == "sqlite":
        if connection.vendor != "sqlite":
            pytest.skip("modelsearch's SQLite models exist only on a SQLite database")
        from modelsearch.backends.database.sqlite.sqlite import SQLiteIndex as index_class
    else:
        pytest.importorskip("psycopg")
        from modelsearch.backends.database.postgres.postgres import PostgresIndex as index_class
    source = inspect.getsource(index_class.add_items)
    return hashlib.sha256(source.encode()).hexdigest()


@pytest.mark.parametrize("vendor", ["sqlite", "postgres"])
def test_copied_upstream_add_items_has_not_changed(vendor):
    assert upstream_add_items_hash(vendor) == UPSTREAM_ADD_ITEMS_SHA256[vendor]


def test_query_without_words_is_none():
    assert khmer_aware_query('  !!! " * ') is None


def test_latin_words_are_plain_terms():
    query = khmer_aware_query("Passport wages")
    assert isinstance(query, And)
    assert [part.query_string for part in query.subqueries] == ["passport", "wages"]


def test_khmer_word_is_the_word_or_its_cluster_phrase():
    query = khmer_aware_query("លិខិតឆ្លងដែន")
    assert isinstance(query, Or)
    word, phrase = query.subqueries
    assert isinstance(word, PlainText) and word.query_string == "លិខិតឆ្លងដែន"
    assert isinstance(phrase, Phrase) and phrase.query_string == "លិ ខិ ត ឆ្ល ង ដែ ន"


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
