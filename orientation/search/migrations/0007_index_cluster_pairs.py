"""The index now holds each Khmer run's cluster pairs, which queries ask for instead of a
phrase of single clusters (orientation.search.segmentation). Entries written
before cannot be found that way, so they are removed here; ``migrate`` then finds published
pages missing from the index and rebuilds it before it returns (apps.build_index_if_incomplete),
so a deployment never serves the old entries to the new queries."""

from django.db import migrations


def empty_index(apps, schema_editor):
    # Raw SQL: modelsearch's model is not in the historical app registry of this app. On
    # SQLite the table's delete trigger empties the full-text table with it.
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("DELETE FROM wagtailsearch_indexentry")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0006_more_everyday_equivalent_words"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(empty_index, migrations.RunPython.noop)]
