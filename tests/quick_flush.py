"""Empty the test database after a transactional test in milliseconds instead of seconds.

Django's TransactionTestCase empties it with the `flush` command: on PostgreSQL one TRUNCATE
of every table (~110: each truncated table gets new files on disk, several seconds in all),
then post_migrate, which recreates every content type and permission. Browser tests are
transactional (the live server has its own connection), so that flush was the largest part of
each browser test on PostgreSQL.

Here the rows are deleted in one statement instead (Django's foreign keys are deferred to the
commit, so the order of the tables does not matter), content types and permissions are kept
(no test writes them; keeping them also keeps their ids, so Django's content-type cache stays
right). `flush` then sends post_migrate once per app (~40): with content types and
permissions kept, what is left to put back is what every test starts from, once: the data
migrations' rows, the editorial roles (groups, their permissions, the review workflow) and
the home pages (restore_starting_rows). Tests that ask for `available_apps` or
`serialized_rollback` keep Django's own teardown."""

import time

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.db import OperationalError, connections, transaction
from django.test import TransactionTestCase

KEPT_TABLES = {ContentType._meta.db_table, Permission._meta.db_table}

djangos_teardown = TransactionTestCase._fixture_teardown


def tables_to_empty(connection):
    names = connection.introspection.django_table_names(only_existing=True, include_views=False)
    return [name for name in names if name not in KEPT_TABLES]


# On SQLite the live server's request threads share the test's in-memory connection: a
# request the browser started just before its context closed may still be reading when the
# test ends, and SQLite refuses to commit while a statement is in progress. It finishes within
# moments, so the emptying is tried again (a few seconds at most) instead of failing the test.
BUSY_RETRIES = 50
BUSY_PAUSE_SECONDS = 0.1


def delete_rows(alias):
    connection = connections[alias]
    quote = connection.ops.quote_name
    # Table names come from Django's own introspection, quoted by the backend.
    statements = [f"DELETE FROM {quote(name)}" for name in tables_to_empty(connection)]  # noqa: S608
    with transaction.atomic(using=alias), connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("; ".join(statements))  # one round trip
        else:
            for statement in statements:  # sqlite3 runs one statement per call
                cursor.execute(statement)


def empty_database(alias):
    for attempt in range(BUSY_RETRIES):
        try:
            delete_rows(alias)
            break
        except OperationalError as error:
            busy = "statements in progress" in str(error)
            if not busy or attempt == BUSY_RETRIES - 1:
                raise
            time.sleep(BUSY_PAUSE_SECONDS)
    if alias == "default":
        restore_starting_rows()


def restore_migration_data():
    """Rows the data migrations create (locales, groups, the nine destinations)."""
    from importlib import import_module

    from django.apps import apps

    for module, function in [
        ("home.migrations.0002_locales_and_roles", "create_locales_and_groups"),
        ("orientation.destinations.migrations.0002_nine_destinations", "create_destinations"),
    ]:
        getattr(import_module(module), function)(apps, None)


def restore_starting_rows():
    """What every test starts from: the data migrations' rows, the editorial roles and the
    home pages (tests/conftest.py django_db_setup)."""
    from home.demo import ensure_home_pages
    from orientation.editorial.roles import ensure_editorial_setup

    restore_migration_data()
    ensure_editorial_setup()
    ensure_home_pages()


def quick_fixture_teardown(self):
    if self.available_apps is not None or self.serialized_rollback:
        return djangos_teardown(self)
    for alias in self._databases_names(include_mirrors=False):
        empty_database(alias)


def install():
    TransactionTestCase._fixture_teardown = quick_fixture_teardown
