"""Workaround: SQLite FTS5's default tokenizer cuts Khmer words apart.

modelsearch creates its FTS5 table with the default ``unicode61`` tokenizer, which treats
only letters and digits as parts of a word. Khmer vowel signs, the subscript sign (COENG)
and other diacritics are combining marks, so ``unicode61`` treats them as separators:
លិខិតឆ្លងដែន (passport) becomes the fragments ល ខ តឆ លងដ ន, vowels lost. This module
recreates the table with the same columns and ``tokenchars`` listing the Khmer marks, and
refills it from the index entries (the triggers modelsearch created keep working: they
name the table, not its definition).

Applied by migration ``search.0002``; ``tests/search/test_sqlite_fts_khmer_tokenizer.py``
checks the live table keeps Khmer words whole. Delete when modelsearch lets a project choose
the FTS5 tokenizer.
"""

KHMER_MARKS = "".join(chr(code) for code in [*range(0x17B4, 0x17D4), 0x17DD])
FTS_TABLE = "wagtailsearch_indexentry_fts"
ENTRY_TABLE = "wagtailsearch_indexentry"


def tokenizer_clause():
    return f"tokenize = \"unicode61 tokenchars '{KHMER_MARKS}'\""


def recreate_fts_table_with_khmer_tokenizer(schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
        )
        row = cursor.fetchone()
        if row is None or "tokenchars" in row[0]:
            return
        cursor.execute(f"DROP TABLE {FTS_TABLE}")
        cursor.execute(
            f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(autocomplete, body, title, "
            f"{tokenizer_clause()})"
        )
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, title, body, autocomplete) "  # noqa: S608
            f"SELECT id, title, body, autocomplete FROM {ENTRY_TABLE}"
        )


def restore_default_tokenizer(schema_editor):
    connection = schema_editor.connection
    if connection.vendor != "sqlite":
        return
    with connection.cursor() as cursor:
        cursor.execute(f"DROP TABLE IF EXISTS {FTS_TABLE}")
        cursor.execute(f"CREATE VIRTUAL TABLE {FTS_TABLE} USING fts5(autocomplete, body, title)")
        cursor.execute(
            f"INSERT INTO {FTS_TABLE} (rowid, title, body, autocomplete) "  # noqa: S608
            f"SELECT id, title, body, autocomplete FROM {ENTRY_TABLE}"
        )


def fts_table_keeps_khmer_words_whole(connection):
    """True when the live FTS5 table tokenizes with the Khmer marks as word characters."""
    if connection.vendor != "sqlite":
        return True
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = %s", [FTS_TABLE]
        )
        row = cursor.fetchone()
    return row is None or "tokenchars" in row[0]
