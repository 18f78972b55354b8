"""How long emptying the test database takes after a transactional (browser) test: Django's
own `flush` against the one-statement delete of tests/quick_flush.py.

    .venv/bin/python bench/test_database_reset.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal \
        .venv/bin/python bench/test_database_reset.py

Builds the rows a browser test typically leaves (the data migrations' locales, groups and
destinations, and the home pages) in a throwaway test database, then times each way of
emptying it, the rows built again before every round. Prints the best of five rounds, in
milliseconds. Prints figures only; asserts nothing.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import throwaway_database

ROUNDS = 5


def best_of(rounds, prepare, action):
    best = float("inf")
    for _ in range(rounds):
        prepare()
        started = time.perf_counter()
        action()
        best = min(best, time.perf_counter() - started)
    return best * 1000


def main():
    with throwaway_database():
        from django.core.management import call_command
        from django.db import connection

        from home.demo import ensure_home_pages
        from tests.conftest import restore_migration_data
        from tests.quick_flush import empty_database

        def rows_of_a_browser_test():
            restore_migration_data()
            ensure_home_pages()

        def djangos_flush():
            call_command("flush", interactive=False, verbosity=0)
            # flush recreated the content types with new ids; the cache must forget the old
            from django.contrib.contenttypes.models import ContentType

            ContentType.objects.clear_cache()

        quick = best_of(ROUNDS, rows_of_a_browser_test, lambda: empty_database("default"))
        flush_ms = best_of(ROUNDS, rows_of_a_browser_test, djangos_flush)
        print(f"database: {connection.vendor}, best of {ROUNDS}")
        print(f"{'Django flush (+ post_migrate)':<40}{flush_ms:>8.0f} ms")
        print(f"{'quick_flush.empty_database':<40}{quick:>8.0f} ms")


if __name__ == "__main__":
    main()
