"""What the benchmarks that request pages in-process share: Django under the test settings,
a throwaway test database, and the demo site.

A script puts the repository on sys.path, then imports this module (which sets up Django
with portal.settings.test, page cache off) before importing anything from Django's models.
"""

import contextlib
import os

os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"

import django

django.setup()

from django.test.utils import (  # noqa: E402
    setup_databases,
    setup_test_environment,
    teardown_databases,
)


@contextlib.contextmanager
def throwaway_database():
    """A test database created for the run and dropped afterwards, whatever happens."""
    setup_test_environment()
    old_config = setup_databases(verbosity=0, interactive=False)
    try:
        yield
    finally:
        teardown_databases(old_config, verbosity=0)


def build_demo():
    """The whole demo site; if another area's demo fails, home and the destination guides
    alone. Returns what was built, for the report."""
    from django.core.management import call_command

    try:
        call_command("load_demo_content", verbosity=0)
        return "load_demo_content (every area)"
    except Exception as error:  # another area's demo may be unfinished: measure the rest
        print(f"load_demo_content failed ({error!r}); building home + destinations only")
        from home.demo import build as build_home
        from orientation.core.demo import synchronise_all_locales
        from orientation.destinations.demo import build as build_guides

        build_home()
        build_guides()
        synchronise_all_locales()
        return "home + destinations demo"
