"""The public interface catalogues and the drafted translations in them (issue 18).

Khmer and English are the source catalogues: every message either of them holds is one a
reader can meet. The other content languages translate those messages in their own
catalogue beside them; a translation not yet checked by a native speaker carries the
translator comment DRAFT_MARK (not `fuzzy`: fuzzy entries are not compiled, and the reader
would see English instead). docs/editorial.md, "Interface translations", says how to review.

The .po files are read with Babel when asked for, and kept per process until the file
changes (its modification time), so the admin report reads each file once.
"""

import re
import threading
from dataclasses import dataclass
from pathlib import Path

from babel.messages.pofile import read_po
from django.conf import settings
from django.utils.translation import to_locale

from .languages import lang_attrs, native_name

# The catalogues whose text readers of the public site see. Not the admin's (portal/locale)
# nor those of the editorial, staff and operations areas.
PUBLIC_CATALOGUES = (
    "locale",
    "orientation/alerts/locale",
    "orientation/complaints/locale",
    "orientation/destinations/locale",
    "orientation/lessons/locale",
    "orientation/resources/locale",
    "orientation/rights/locale",
    "orientation/scams/locale",
    "orientation/search/locale",
)
SOURCE_LANGUAGES = ("km", "en")
DRAFT_MARK = "draft: needs review by a native speaker"
# %(name)s / %(name)d, {name}, and HTML tags: what a translation must keep as it is.
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|\{\w*\}|</?[a-zA-Z][^>]*>")

_read = {}
_lock = threading.Lock()


@dataclass(frozen=True)
class Entry:
    catalogue: str
    language: str
    msgid: str
    msgstr: str
    context: str | None
    drafted: bool

    @property
    def language_name(self):
        return native_name(self.language)

    @property
    def lang_attrs(self):
        """' lang="…" dir="…"' for showing the translation inside an admin page."""
        return lang_attrs(self.language)


def translated_languages():
    """The content languages translated from the source catalogues."""
    return [code for code, _name in settings.LANGUAGES if code not in SOURCE_LANGUAGES]


def catalogue_path(folder, language):
    return Path(settings.BASE_DIR) / folder / to_locale(language) / "LC_MESSAGES" / "django.po"


def read_catalogue(folder, language):
    """The Babel catalogue of `folder` in `language`, or None when there is none."""
    path = catalogue_path(folder, language)
    try:
        changed = path.stat().st_mtime_ns
    except FileNotFoundError:
        return None
    with _lock:
        cached = _read.get(path)
    if cached and cached[0] == changed:
        return cached[1]
    with path.open("rb") as handle:
        catalogue = read_po(handle, locale=to_locale(language))
    with _lock:
        _read[path] = (changed, catalogue)
    return catalogue


def source_messages(folder):
    """Every message of the folder's Khmer and English catalogues, by (id, context)."""
    found = {}
    for language in SOURCE_LANGUAGES:
        for message in read_catalogue(folder, language) or ():
            if message.id:
                found.setdefault((message.id, message.context), message)
    return found


def forms(value):
    """A message's id or string as a tuple of its singular and plural forms."""
    return tuple(value) if isinstance(value, list | tuple) else (value,)


def placeholders(text):
    return sorted(PLACEHOLDER.findall(text or ""))


def is_drafted(message):
    return any(comment.strip() == DRAFT_MARK for comment in message.user_comments)


def entries(language, folders=PUBLIC_CATALOGUES):
    """Each message of the language's public catalogues that the source catalogues hold."""
    found = []
    for folder in folders:
        catalogue = read_catalogue(folder, language)
        if catalogue is None:
            continue
        for key in source_messages(folder):
            message = catalogue.get(*key)
            if message is None:
                continue
            found.append(
                Entry(
                    catalogue=folder,
                    language=language,
                    msgid=forms(message.id)[0],
                    msgstr=" | ".join(form for form in forms(message.string) if form),
                    context=message.context,
                    drafted=is_drafted(message),
                )
            )
    return found


def drafted_entries(languages=None):
    """The translations awaiting a native speaker's review, language by language."""
    return [
        entry
        for language in languages or translated_languages()
        for entry in entries(language)
        if entry.drafted
    ]


def problems(language, folders=PUBLIC_CATALOGUES):
    """What keeps the language's public catalogues from being complete: each message with no
    translation (or only a fuzzy one), the wrong number of plural forms, or placeholders and
    HTML tags that do not match the source's. Empty when complete."""
    from babel.messages.plurals import get_plural

    plural_forms = get_plural(to_locale(language)).num_plurals
    found = []
    for folder in folders:
        catalogue = read_catalogue(folder, language)
        for key, source in source_messages(folder).items():
            message = catalogue.get(*key) if catalogue is not None else None
            label = f"{folder} [{language}] {forms(source.id)[0]!r}"
            strings = forms(message.string) if message is not None else ()
            if message is None or message.fuzzy or not all(strings) or not strings:
                found.append(f"{label}: not translated")
                continue
            ids = forms(source.id)
            if len(ids) > 1 and len(strings) != plural_forms:
                found.append(f"{label}: {len(strings)} plural forms, {plural_forms} expected")
            allowed = {mark for text in ids for mark in placeholders(text)}
            for string in strings:
                if not set(placeholders(string)) <= allowed:
                    found.append(f"{label}: {string!r} has placeholders the source has not")
            # The general (last) form keeps every placeholder of the general source form.
            if placeholders(strings[-1]) != placeholders(ids[-1]):
                found.append(f"{label}: {strings[-1]!r} does not keep {placeholders(ids[-1])}")
    return found
