"""Rebuild the Khmer-aware search index from scratch.

Wagtail's ``update_index`` does the work (it goes through the configured backend, so every
page and snippet is segmented the same way as on publish); this command first makes sure the
SQLite full-text table keeps Khmer words whole, then reports what the index holds, and starts
a new content generation so that no cached search outcome from before the rebuild (such as
"nothing found") is served again.

``--if-incomplete`` rebuilds only when a published page is missing from the index, or the
search vocabulary (``orientation.search.vocabulary``) is empty. `migrate`
runs it at its end (orientation/search/apps.py), so a deployment answers searches before the
background worker has drained its queue (docs/deployment.md).
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from modelsearch.conf import get_app_config
from modelsearch.index import get_indexed_models

from orientation.core.content_generation import bump_generation
from orientation.search.index_health import search_index_health
from orientation.search.models import SearchWord
from orientation.search.sqlite_fts_khmer_tokenizer import (
    fts_table_keeps_khmer_words_whole,
    recreate_fts_table_with_khmer_tokenizer,
)
from orientation.search.vocabulary import forget_all_words


def tidy_index_tables():
    """PostgreSQL plans a search from the tables' statistics and reads the rows its GIN
    indexes name. After a rebuild both are stale, and autovacuum comes later, or never where
    it is off (issue 23):

    - the statistics still describe the old tables: over 5,000 pages a search took a nested
      loop over every page at ~700 ms instead of a hash join at ~150 ms. The index table and
      the indexed models' tables (a search filters them) are analysed;
    - a rebuild writes every entry again and then its title norm, so each entry leaves two
      dead copies that the GIN indexes still list, beside a pending list of new entries that
      each search scans whole. A common Khmer word's index scan named 5,276 rows to recheck
      for 1,648 matches. The index table is vacuumed: "new" p50 106 -> 77 ms.

    VACUUM cannot run inside a transaction: within one (a caller's, a test's) the tables are
    only analysed."""
    if connection.vendor != "postgresql":
        return
    index_table = get_app_config().get_model("IndexEntry")._meta.db_table
    tables = {index_table} | {model._meta.db_table for model in get_indexed_models()}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        if not connection.in_atomic_block:
            cursor.execute(f"VACUUM (ANALYZE) {quote(index_table)}")
            tables.discard(index_table)
        cursor.execute("ANALYZE " + ", ".join(map(quote, sorted(tables))))


class Command(BaseCommand):
    help = "Rebuild the search index (Khmer word segmentation applied to every page and snippet)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--if-incomplete",
            action="store_true",
            help="Rebuild only when a published page is missing from the index.",
        )

    def handle(self, *args, **options):
        if options["if_incomplete"]:
            health = search_index_health()
            without_vocabulary = health.live_pages > 0 and not SearchWord.objects.exists()
            if health.complete and not without_vocabulary:
                if options["verbosity"]:
                    self.stdout.write(f"Search index complete: {health.live_pages} pages.")
                return
            if without_vocabulary and health.complete:
                # An index built before the vocabulary existed (migration search.0004):
                # romanized and misspelt queries need it.
                self.stdout.write("The search vocabulary is empty: rebuilding the index.")
            else:
                self.stdout.write(
                    f"{health.unindexed_pages} of {health.live_pages} published pages are "
                    "missing from the search index: rebuilding it."
                )
        if not fts_table_keeps_khmer_words_whole(connection):
            self.stdout.write("Recreating the SQLite full-text table with the Khmer tokenizer.")
            with connection.schema_editor() as schema_editor:
                recreate_fts_table_with_khmer_tokenizer(schema_editor)
        # The vocabulary is written again by the indexing: words no page holds any more go.
        forget_all_words()
        call_command("update_index", verbosity=options["verbosity"], stdout=self.stdout)
        tidy_index_tables()
        bump_generation()
        entries = get_app_config().get_model("IndexEntry").objects.count()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {entries} entries."))
