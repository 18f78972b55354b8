"""Compile every gettext catalogue of the project (.po -> .mo) with Babel.

Django's `compilemessages` calls GNU gettext's `msgfmt`, a system package a fresh machine
may not have; Babel is pure Python and installs from a wheel, so `make run` needs nothing
but Python. Like msgfmt, fuzzy entries are left out and a .mo is rewritten only when its .po
is newer.

Interface strings a language lacks must read in English, not in Khmer (docs/design.md), but
Django falls back to LANGUAGE_CODE, which is Khmer here. So for every content language other
than Khmer and English, each folder gets a compiled catalogue that holds the language's own
translations where it has them and the English text everywhere else: Django then finds every
project string in the reader's catalogue and never reaches the Khmer fallback. This holds for
languages whose catalogues are complete (orientation.core.languages.INTERFACE_LANGUAGES) too:
a string added later and not yet translated reads in English there, not in Khmer."""

from functools import partial
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import to_locale

from orientation.core.languages import INTERFACE_FALLBACK

FALLBACK_LANGUAGE = INTERFACE_FALLBACK


def catalogue_folders():
    """The locale folders of LOCALE_PATHS and of the project's own apps (not installed
    packages, whose catalogues ship compiled)."""
    root = Path(settings.BASE_DIR).resolve()
    folders = [Path(path) for path in settings.LOCALE_PATHS]
    for config in apps.get_app_configs():
        path = Path(config.path).resolve()
        if path.is_relative_to(root) and ".venv" not in path.parts:
            folders.append(path / "locale")
    return [folder for folder in dict.fromkeys(folders) if folder.is_dir()]


def languages_with_english_fallback():
    own = {settings.LANGUAGE_CODE, FALLBACK_LANGUAGE}
    return [code for code, _name in settings.LANGUAGES if code not in own]


def read_catalogue(po_path, locale):
    try:
        with po_path.open("rb") as handle:
            return read_po(handle, locale=locale.replace("-", "_"), abort_invalid=True)
    except Exception as error:
        raise CommandError(f"{po_path}: {error}") from error


def has_translation(message):
    strings = message.string if isinstance(message.string, tuple | list) else (message.string,)
    return not message.fuzzy and all(strings)


def english_text(message):
    """What an English reader sees: the English catalogue's msgstr, else the msgid itself
    (the source strings are English, so the English catalogue leaves most msgstr empty)."""
    if has_translation(message):
        return message.string
    return tuple(message.id) if message.pluralizable else message.id


def with_english_fallback(english, own=None):
    """The language's own catalogue (or, when it has none, the English one) with the English
    text for every message it does not translate."""
    for message in english:
        if message.id:  # not the header
            message.string = english_text(message)
            message.flags.discard("fuzzy")
    if own is None:
        return english
    for message in english:
        if not message.id:
            continue
        current = own.get(message.id, message.context)
        if current is None or not has_translation(current):
            if current is not None:
                own.delete(message.id, message.context)
            own.add(message.id, message.string, context=message.context)
    return own


def compile_plan(folder):
    """Each .mo of the folder with the .po files it is built from and how to build it."""
    english_po = folder / to_locale(FALLBACK_LANGUAGE) / "LC_MESSAGES" / "django.po"
    with_fallback = set()
    if english_po.exists():
        with_fallback = {to_locale(code) for code in languages_with_english_fallback()}
    for po_path in sorted(folder.glob("*/LC_MESSAGES/django.po")):
        locale = po_path.parent.parent.name
        if locale not in with_fallback:
            yield po_path.with_suffix(".mo"), [po_path], partial(read_catalogue, po_path, locale)
    for po_path in sorted(folder.glob("*/LC_MESSAGES/djangojs.po")):
        locale = po_path.parent.parent.name
        yield po_path.with_suffix(".mo"), [po_path], partial(read_catalogue, po_path, locale)
    for locale in sorted(with_fallback):
        own_po = folder / locale / "LC_MESSAGES" / "django.po"
        sources = [english_po, own_po] if own_po.exists() else [english_po]
        build = partial(fallback_catalogue, english_po, own_po, locale)
        yield own_po.with_suffix(".mo"), sources, build


def fallback_catalogue(english_po, own_po, locale):
    english = read_catalogue(english_po, FALLBACK_LANGUAGE)
    own = read_catalogue(own_po, locale) if own_po.exists() else None
    return with_english_fallback(english, own)


class Command(BaseCommand):
    help = "Compile the project's gettext catalogues (.po -> .mo) without GNU gettext."

    def add_arguments(self, parser):
        parser.add_argument("--force", action="store_true", help="rewrite every .mo")

    def handle(self, force=False, **options):
        compiled = 0
        for folder in catalogue_folders():
            for mo_path, sources, build in compile_plan(folder):
                newest_source = max(source.stat().st_mtime for source in sources)
                up_to_date = mo_path.exists() and mo_path.stat().st_mtime >= newest_source
                if up_to_date and not force:
                    continue
                catalogue = build()
                mo_path.parent.mkdir(parents=True, exist_ok=True)
                with mo_path.open("wb") as handle:
                    write_mo(handle, catalogue, use_fuzzy=False)
                compiled += 1
        if options["verbosity"] >= 1:
            self.stdout.write(f"Compiled {compiled} catalogue(s).")
