"""Compile every gettext catalogue of the project (.po -> .mo) with Babel.

Django's `compilemessages` calls GNU gettext's `msgfmt`, a system package a fresh machine
may not have; Babel is pure Python and installs from a wheel, so `make run` needs nothing
but Python. Like msgfmt, fuzzy entries are left out and a .mo is rewritten only when its .po
is newer."""

from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def project_catalogues():
    """The django.po files of LOCALE_PATHS and of the project's own apps (not installed
    packages, whose catalogues ship compiled)."""
    root = Path(settings.BASE_DIR).resolve()
    folders = [Path(path) for path in settings.LOCALE_PATHS]
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(root) and ".venv" not in path.parts:
            folders.append(path / "locale")
    for folder in dict.fromkeys(folders):
        yield from sorted(folder.glob("*/LC_MESSAGES/django.po"))


class Command(BaseCommand):
    help = "Compile the project's gettext catalogues (.po -> .mo) without GNU gettext."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="rewrite every .mo")

    def handle(self, force=False, **options):
        compiled = 0
        for po_path in project_catalogues():
            mo_path = po_path.with_suffix(".mo")
            up_to_date = mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime
            if up_to_date and not force:
                continue
            locale = po_path.parent.parent.name
            try:
                with po_path.open("rb") as handle:
                    catalogue = read_po(handle, locale=locale.replace("-", "_"), abort_invalid=True)
            except Exception as error:
                raise CommandError(f"{po_path}: {error}") from error
            with mo_path.open("wb") as handle:
                write_mo(handle, catalogue, use_fuzzy=False)
            compiled += 1
        if options["verbosity"] >= 1:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")
