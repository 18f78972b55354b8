"""Reads the demo content files (demo/<area>.yaml at the top of the repository).

Each file holds the text of one area, Khmer and English side by side: any mapping whose keys
are exactly `km` and `en` is one text in the two languages. The areas' demo.py modules
turn that data into pages and records through their usual services; this module only reads
and checks it, so a mistake in a file is reported with the file and the key (for example
`demo/scams.yaml: warnings[2].title: missing "en"`) rather than as a KeyError.
"""

from functools import cache
from pathlib import Path

import yaml
from django.conf import settings

LANGUAGES = ("km", "en")
# A safe loader (plain data only), the C one when PyYAML has it: several times faster.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class DemoContentError(ValueError):
    """A demo content file that cannot be used as it is."""


def demo_dir():
    return Path(settings.BASE_DIR) / "demo"


@cache
def _read(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.load(handle, Loader=SAFE_LOADER)  # noqa: S506 (a safe loader)
    except FileNotFoundError:
        raise DemoContentError(f"{path}: the demo content file is missing") from None
    except yaml.YAMLError as error:
        raise DemoContentError(f"{path}: not valid YAML: {error}") from None
    if not isinstance(data, dict):
        raise DemoContentError(f"{path}: expected a mapping at the top of the file")
    return data


def load(area):
    """The content of demo/<area>.yaml, as an Entry that reports mistakes by file and key."""
    path = demo_dir() / f"{area}.yaml"
    return Entry(_read(path), f"demo/{area}.yaml", "")


def is_pair(value):
    return isinstance(value, dict) and set(value) == set(LANGUAGES)


class Entry:
    """One mapping of a demo file, with the path of keys that led to it (for error messages)."""

    def __init__(self, data, file, path):
        self.data, self.file, self.path = data, file, path

    def _where(self, key):
        if key is None:
            return self.path or "(top)"
        return f"{self.path}.{key}" if self.path else str(key)

    def error(self, key, message):
        """An error naming the file and the key (key None: this entry itself)."""
        return DemoContentError(f"{self.file}: {self._where(key)}: {message}")

    def _wrap(self, value, where):
        if isinstance(value, dict) and not is_pair(value):
            return Entry(value, self.file, where)
        if isinstance(value, list):
            return [self._wrap(item, f"{where}[{index}]") for index, item in enumerate(value)]
        return value

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        if key not in self.data:
            raise self.error(key, "missing")
        return self._wrap(self.data[key], self._where(key))

    def get(self, key, default=None):
        return self[key] if key in self.data else default

    def keys(self):
        return self.data.keys()

    def items(self):
        return [(key, self[key]) for key in self.data]

    def entries(self, key):
        """A list of mappings."""
        value = self[key]
        if not isinstance(value, list) or not all(isinstance(item, Entry) for item in value):
            raise self.error(key, "expected a list of mappings")
        return value

    def strings(self, key):
        """A list of plain strings (slugs, codes)."""
        value = self.get(key, [])
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            raise self.error(key, "expected a list of names")
        return value

    def text(self, key, language=None):
        """A text in Khmer and English ({km: ..., en: ...}); one language if language is given."""
        value = self.data.get(key)
        self.check_pair(key, value)
        return value if language is None else value[language]

    def check_pair(self, key, value):
        if not isinstance(value, dict):
            raise self.error(key, "expected a text in Khmer and English ({km: ..., en: ...})")
        for language in LANGUAGES:
            if not isinstance(value.get(language), str):
                raise self.error(key, f'missing "{language}"')
        extra = set(value) - set(LANGUAGES)
        if extra:
            raise self.error(key, f"unexpected keys {sorted(extra)}: only km and en")

    def both(self, key):
        """A text as the pair (Khmer, English)."""
        value = self.text(key)
        return value["km"], value["en"]

    def texts(self, key, language=None):
        """A list of texts in Khmer and English."""
        value = self[key]
        if not isinstance(value, list):
            raise self.error(key, "expected a list of texts in Khmer and English")
        for index, item in enumerate(value):
            self.check_pair(f"{key}[{index}]", item)
        return value if language is None else [item[language] for item in value]

    def fields(self, language, *keys):
        """The named texts in one language, as model fields ({key: text})."""
        return {key: self.text(key, language) for key in keys}
