"""Rebuild the Khmer-aware search index from scratch.

Wagtail's ``update_index`` does the work (it goes through the configured backend, so every
page and snippet is segmented the same way as on publish); this command first makes sure the
SQLite full-text table keeps Khmer words whole, then reports what the index holds.
"""

from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection
from modelsearch.conf import get_app_config

from orientation.search.sqlite_fts_khmer_tokenizer import (
    fts_table_keeps_khmer_words_whole,
    recreate_fts_table_with_khmer_tokenizer,
)


class Command(BaseCommand):
    help = "Rebuild the search index (Khmer word segmentation applied to every page and snippet)."

    def handle(self, *args, **options):
        if not fts_table_keeps_khmer_words_whole(connection):
            self.stdout.write("Recreating the SQLite full-text table with the Khmer tokenizer.")
            with connection.schema_editor() as schema_editor:
                recreate_fts_table_with_khmer_tokenizer(schema_editor)
        call_command("update_index", verbosity=options["verbosity"], stdout=self.stdout)
        entries = get_app_config().get_model("IndexEntry").objects.count()
        self.stdout.write(self.style.SUCCESS(f"Search index rebuilt: {entries} entries."))
