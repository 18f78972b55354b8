"""PostgreSQL: keep the index's text vectors in the table row (storage MAIN, compressed in
place) instead of out of line in the TOAST table (EXTENDED, the default for a vector over
about 2 kB, most pages' body). A ranked search reads the vector of every matching row; out
of line, each read was an index lookup in the TOAST table, which made the ranked query over
5,000 pages 1.4 to 1.6 times slower (bench/search_bench.py, docs/search.md). Values too big
for a row still move out of line; the entry's plain-text copies (title_text, body_text) stay
EXTENDED and leave the row first. Existing entries are rewritten here so that they move in
now rather than at the next rebuild. SQLite: nothing to do."""

from django.db import migrations

VECTORS = ("title", "body", "autocomplete")


def set_vector_storage(storage):
    def operation(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        # Raw SQL: modelsearch's model is not in this app's historical registry.
        columns = ", ".join(f"ALTER COLUMN {column} SET STORAGE {storage}" for column in VECTORS)
        rewrite = ", ".join(f"{column} = {column} || ''::tsvector" for column in VECTORS)
        with schema_editor.connection.cursor() as cursor:
            cursor.execute(f"ALTER TABLE wagtailsearch_indexentry {columns}")
            # A new value (the vector joined with an empty one) is stored by the column's
            # new rule; assigning the same value would keep its TOAST pointer.
            cursor.execute(f"UPDATE wagtailsearch_indexentry SET {rewrite}")  # noqa: S608

    return operation


class Migration(migrations.Migration):
    dependencies = [("search", "0007_index_cluster_pairs")]

    operations = [migrations.RunPython(set_vector_storage("MAIN"), set_vector_storage("EXTENDED"))]
