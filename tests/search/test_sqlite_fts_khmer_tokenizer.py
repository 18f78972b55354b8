"""The workaround for FTS5's default tokenizer (orientation/search/sqlite_fts_khmer_tokenizer.py)."""

import sqlite3

import pytest
from django.db import connection

from orientation.search.sqlite_fts_khmer_tokenizer import (
    FTS_TABLE,
    fts_table_keeps_khmer_words_whole,
    tokenizer_clause,
)


def tokens(tokenize_clause):
    database = sqlite3.connect(":memory:")
    suffix = f", {tokenize_clause}" if tokenize_clause else ""
    database.execute(f"CREATE VIRTUAL TABLE t USING fts5(body{suffix})")
    database.execute("CREATE VIRTUAL TABLE v USING fts5vocab(t, row)")
    database.execute("INSERT INTO t VALUES ('លិខិតឆ្លងដែន passport')")
    return {row[0] for row in database.execute("SELECT term FROM v")}


def test_default_tokenizer_still_breaks_khmer_words():
    # When this fails, FTS5's default changed and the workaround may be deleted.
    assert "លិខិតឆ្លងដែន" not in tokens("")


def test_khmer_tokenizer_keeps_khmer_words_whole():
    assert tokens(tokenizer_clause()) == {"លិខិតឆ្លងដែន", "passport"}


@pytest.mark.django_db
def test_the_live_index_table_uses_the_khmer_tokenizer():
    assert fts_table_keeps_khmer_words_whole(connection)
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("SELECT sql FROM sqlite_master WHERE name = %s", [FTS_TABLE])
            assert "tokenchars" in cursor.fetchone()[0]
