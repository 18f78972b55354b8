from django.db import migrations

from orientation.search.sqlite_fts_khmer_tokenizer import (
    recreate_fts_table_with_khmer_tokenizer,
    restore_default_tokenizer,
)


def forwards(apps, schema_editor):
    recreate_fts_table_with_khmer_tokenizer(schema_editor)


def backwards(apps, schema_editor):
    restore_default_tokenizer(schema_editor)


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
