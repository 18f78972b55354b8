"""Each worker's test database, copied from one migrated database instead of migrated again.

Applying the 270 migrations (Wagtail's and Django's most of them) takes ~22 s on SQLite and
~27 s on PostgreSQL, nearly all of it Django rendering model states in Python. pytest-django
did it in every xdist worker, and the real-stack tests' site templates (bench.stack) did it
once more: three times per pass on a 2-core CI machine. Now `manage.py migrate` runs once, for
the empty site's template, and every worker copies that database:

- SQLite (in memory, as Django tests it): an online backup of the template file into the
  worker's in-memory database, as Django's own parallel runner fills its workers';
- PostgreSQL: `CREATE DATABASE test_portal_gwN TEMPLATE ...`.

The template is migrated by the code a deployment runs (`manage.py migrate` in a child
process), so the test database holds exactly the tables and rows the migrations make.
"""

import sqlite3

from django.conf import settings
from django.db import connection


def test_database_from_template(templates, database):
    """Point the default connection at a fresh copy of `templates`' migrated `database`
    ("sqlite" or "postgres", a bench.stack.SiteTemplates); returns the database name to hand
    back to `restore_original_database`. Does what Django's create_test_db does, but for
    migrating."""
    creation = connection.creation
    original_name = connection.settings_dict["NAME"]
    test_name = creation._get_test_db_name()
    template_url = templates.migrated_database_url(database)
    connection.close()
    if connection.vendor == "postgresql":
        from bench.stack import create_postgres_database, drop_postgres_databases

        drop_postgres_databases([test_name])  # left by a run that was killed
        create_postgres_database(test_name, template=template_url.rsplit("/", 1)[1])
    settings.DATABASES[connection.alias]["NAME"] = test_name
    connection.settings_dict["NAME"] = test_name
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        if not creation.is_in_memory_db(test_name):
            raise RuntimeError(f"expected an in-memory SQLite test database, not {test_name}")
        source = sqlite3.connect(template_url.removeprefix("sqlite:///"))
        try:
            source.backup(connection.connection)
        finally:
            source.close()
    return original_name


def restore_original_database(original_name):
    """Drop the copy (PostgreSQL; an in-memory SQLite database goes with its connection)."""
    connection.creation.destroy_test_db(original_name, verbosity=0)
