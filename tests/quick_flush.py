"""Put the test database back after a transactional test in milliseconds instead of seconds.

Django's TransactionTestCase empties it with the `flush` command: on PostgreSQL one TRUNCATE
of every table (~110: each truncated table gets new files on disk, several seconds in all),
then post_migrate, which recreates every content type and permission. Browser tests are
transactional (the live server has its own connection), so that flush was the largest part of
each browser test on PostgreSQL; building the starting rows again (home pages, roles) after
it was most of what was left (0.14 s a test, profiled).

Here the rows every test starts from are copied once, inside the database, into snapshot
tables (`CREATE TABLE ... AS SELECT`). After a transactional test every table is emptied
with DELETE (Django's foreign keys are deferred to the commit, so the order does not matter)
and the snapshot's rows are copied back with `INSERT ... SELECT`: no Python objects, one
round trip on PostgreSQL, and every row comes back with its own id. Content types and
permissions are kept (no test writes them; keeping them also keeps Django's content-type
cache right). A module of browser tests that all start from the same content builds it once
and takes a snapshot of its own (`SNAPSHOTS.push()`, tests/conftest.py
committed_content_for_a_module), put back after each of its tests; `SNAPSHOTS.pop()` returns
to the session's rows. Tests that ask for `available_apps` or `serialized_rollback` keep
Django's own teardown."""

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


def run_statements(connection, statements):
    if not statements:
        return
    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("; ".join(statements))  # one round trip
        else:
            for statement in statements:  # sqlite3 runs one statement per call
                cursor.execute(statement)


class Snapshots:
    """A stack of copies of the default database's rows, kept in that database itself (tables
    named test_snapshot_<level>_<n>, which Django's introspection does not list). Another
    database is only emptied."""

    def __init__(self):
        self.stack = []  # per level: {table: its copy}, for the tables that had rows
        self.tables = {}  # alias -> the tables emptied (models do not change during a run)

    def tables_of(self, connection):
        if connection.alias not in self.tables:
            self.tables[connection.alias] = tables_to_empty(connection)
        return self.tables[connection.alias]

    def push(self):
        alias = "default"
        connection = connections[alias]
        quote = connection.ops.quote_name
        level = len(self.stack)
        copies = {
            name: f"test_snapshot_{level}_{index}"
            for index, name in enumerate(self.tables_of(connection))
        }
        # Table names come from Django's own introspection, quoted by the backend.
        statements = []
        for name, copy in copies.items():
            statements.append(f"DROP TABLE IF EXISTS {copy}")
            statements.append(f"CREATE TABLE {copy} AS SELECT * FROM {quote(name)}")  # noqa: S608
        with transaction.atomic(using=alias):
            run_statements(connection, statements)
            with connection.cursor() as cursor:
                kept = {}
                for name, copy in copies.items():
                    cursor.execute(f"SELECT 1 FROM {copy} LIMIT 1")  # noqa: S608
                    if cursor.fetchone():
                        kept[name] = copy
            empty = [copy for copy in copies.values() if copy not in kept.values()]
            run_statements(connection, [f"DROP TABLE {copy}" for copy in empty])
        self.stack.append(kept)

    def restore(self, alias="default"):
        """Every table emptied, then the rows of the newest snapshot put back."""
        connection = connections[alias]
        quote = connection.ops.quote_name
        kept = self.stack[-1] if self.stack and alias == "default" else {}
        tables = self.tables_of(connection)
        statements = [f"DELETE FROM {quote(name)}" for name in tables]  # noqa: S608
        statements += [
            f"INSERT INTO {quote(name)} SELECT * FROM {copy}"  # noqa: S608
            for name, copy in kept.items()
        ]
        with transaction.atomic(using=alias):
            run_statements(connection, statements)

    def pop(self):
        """Back to the snapshot before the newest one, whose tables are dropped."""
        dropped = self.stack.pop()
        empty_database("default")
        run_statements(connections["default"], [f"DROP TABLE {c}" for c in dropped.values()])


SNAPSHOTS = Snapshots()


def empty_database(alias):
    for attempt in range(BUSY_RETRIES):
        try:
            SNAPSHOTS.restore(alias)
            return
        except OperationalError as error:
            busy = "statements in progress" in str(error)
            if not busy or attempt == BUSY_RETRIES - 1:
                raise
            time.sleep(BUSY_PAUSE_SECONDS)


def ensure_starting_content():
    """The home pages (the builder load_demo_content uses) and the site's settings rows.

    Wagtail creates a generic setting's row on its first read. The live server's request
    threads share the test's one in-memory SQLite connection, and two such first reads at
    once (the offline page's service worker fetches pages together) failed with "database
    table is locked"; with the rows there, a reader's GET writes nothing."""
    from home.demo import ensure_home_pages
    from home.models import ContactSettings, FooterSettings

    ensure_home_pages()
    for setting in (ContactSettings, FooterSettings):
        if not setting.objects.exists():
            setting.objects.create()


def quick_fixture_teardown(self):
    if self.available_apps is not None or self.serialized_rollback:
        return djangos_teardown(self)
    for alias in self._databases_names(include_mirrors=False):
        empty_database(alias)


def install():
    TransactionTestCase._fixture_teardown = quick_fixture_teardown
