"""How long putting the test database back takes after a transactional (browser) test: the
snapshot tables of tests/quick_flush.py against building the starting rows again after the
rows are deleted (what quick_flush did before), and against Django's own `flush`.

    .venv/bin/python bench/test_database_reset.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal \
        .venv/bin/python bench/test_database_reset.py

In a throwaway test database: the starting rows (data migrations, editorial roles, home
pages, settings rows) are built and their snapshot taken, as the suite's django_db_setup
does; before every round a browser test's content is added (the demo Thailand guide in
every language), then each way puts the starting rows back. Prints the best of five rounds,
in milliseconds. Prints figures only; asserts nothing.
"""

import sys
import time
from importlib import import_module
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


def rows_of_the_data_migrations():
    from django.apps import apps

    for module, function in [
        ("home.migrations.0002_locales_and_roles", "create_locales_and_groups"),
        ("orientation.destinations.migrations.0002_nine_destinations", "create_destinations"),
    ]:
        getattr(import_module(module), function)(apps, None)


def main():
    with throwaway_database():
        from django.contrib.contenttypes.models import ContentType
        from django.core.management import call_command
        from django.db import connection

        from orientation.core.demo import synchronise_all_locales
        from orientation.destinations.demo import build
        from orientation.editorial.roles import ensure_editorial_setup
        from tests.quick_flush import (
            SNAPSHOTS,
            Snapshots,
            empty_database,
            ensure_starting_content,
        )

        ensure_starting_content()
        SNAPSHOTS.push()

        def a_browser_tests_content():
            build(slugs=["thailand"])
            synchronise_all_locales()

        def delete_then_build_again():
            Snapshots().restore()  # a stack without a snapshot: every row deleted, none back
            rows_of_the_data_migrations()
            ensure_editorial_setup()
            ensure_starting_content()

        def djangos_flush_then_build_again():
            call_command("flush", interactive=False, verbosity=0)
            ContentType.objects.clear_cache()  # flush recreated them with new ids
            rows_of_the_data_migrations()
            ensure_editorial_setup()
            ensure_starting_content()

        snapshot = best_of(ROUNDS, a_browser_tests_content, lambda: empty_database("default"))
        rebuilt = best_of(ROUNDS, a_browser_tests_content, delete_then_build_again)
        flushed = best_of(ROUNDS, a_browser_tests_content, djangos_flush_then_build_again)
        print(f"database: {connection.vendor}, best of {ROUNDS}")
        print(f"{'Django flush, starting rows built again':<45}{flushed:>8.0f} ms")
        print(f"{'rows deleted, starting rows built again':<45}{rebuilt:>8.0f} ms")
        print(f"{'rows deleted, snapshot copied back':<45}{snapshot:>8.0f} ms")


if __name__ == "__main__":
    main()
