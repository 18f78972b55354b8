"""Fill msgstr entries of a gettext catalogue from a {msgid: msgstr} table in a Python file.

Used by developers after `makemessages --no-wrap`: `python scripts/fill_catalogue.py
locale/km/LC_MESSAGES/django.po scripts/translations_km.py`. Existing translations are kept
unless the table gives a new one; fuzzy flags on filled entries are removed.
"""

import ast
import re
import sys
from pathlib import Path

ENTRY = re.compile(r'((?:#[^\n]*\n)*)msgid "((?:[^"\\]|\\.)*)"\nmsgstr "((?:[^"\\]|\\.)*)"\n')


def escape(text):
    return text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")


def unescape(text):
    return text.encode("utf-8").decode("unicode_escape").encode("latin-1").decode("utf-8")


def fill(po_path, table):
    source = Path(po_path).read_text(encoding="utf-8")
    missing = []

    def replace(match):
        comments, msgid, msgstr = match.groups()
        if not msgid:
            return match.group(0)
        key = unescape(msgid)
        if key in table:
            comments = comments.replace("#, fuzzy\n", "")
            comments = re.sub(r"#, fuzzy, ", "#, ", comments)
            comments = re.sub(r"#\| [^\n]*\n", "", comments)
            return f'{comments}msgid "{msgid}"\nmsgstr "{escape(table[key])}"\n'
        if not msgstr:
            missing.append(key)
        return match.group(0)

    source = source.replace('#, fuzzy\nmsgid ""\nmsgstr ""', 'msgid ""\nmsgstr ""', 1)
    language = Path(po_path).parts[-3]
    source = source.replace('"Language: \\n"', f'"Language: {language}\\n"', 1)
    Path(po_path).write_text(ENTRY.sub(replace, source), encoding="utf-8")
    return missing


if __name__ == "__main__":
    po, table_file = sys.argv[1], sys.argv[2]
    table = ast.literal_eval(Path(table_file).read_text(encoding="utf-8"))
    for msgid in fill(po, table):
        print("untranslated:", msgid)
