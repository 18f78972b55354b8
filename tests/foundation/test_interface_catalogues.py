"""The other languages' interface text is complete (issue 18): every message of every public
catalogue has a translation in each language of INTERFACE_LANGUAGES, with the source's
placeholders and HTML, and the right number of plural forms; drafts are marked for review."""

import pytest
from django.utils import translation

from orientation.core import catalogues
from orientation.core.languages import INTERFACE_LANGUAGES

TRANSLATED = sorted(INTERFACE_LANGUAGES - set(catalogues.SOURCE_LANGUAGES))


@pytest.mark.parametrize("language", TRANSLATED)
def test_every_public_message_is_translated_with_its_placeholders(language):
    assert catalogues.problems(language) == []


@pytest.mark.parametrize("language", TRANSLATED)
def test_the_compiled_catalogue_is_the_languages_own(language):
    # Neither the English source nor the Khmer fallback: the language's own words.
    with translation.override(language):
        for english in ["Report a problem", "Tell us what happened", "Check an agency"]:
            assert translation.gettext(english) != english
        with translation.override("km"):
            khmer = translation.gettext("Report a problem")
        assert translation.gettext("Report a problem") != khmer


@pytest.mark.parametrize("language", TRANSLATED)
def test_drafted_entries_are_listed_for_review(language):
    drafted = catalogues.drafted_entries([language])
    listed = {entry.catalogue for entry in drafted}
    assert listed <= set(catalogues.PUBLIC_CATALOGUES) and drafted
    assert all(entry.msgstr for entry in drafted)


EN = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"

msgid "Hello %(name)s"
msgstr ""

msgid "<strong>Stop</strong> now"
msgstr ""

msgid "%(n)s day"
msgid_plural "%(n)s days"
msgstr[0] ""
msgstr[1] ""

msgid "Only in the source"
msgstr ""
"""

AR = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=6; plural=(n == 0 ? 0 : n == 1 ? 1 : n == 2 ? 2 : n % 100 >= 3 && n % 100 <= 10 ? 3 : n % 100 >= 11 ? 4 : 5);\\n"

# draft: needs review by a native speaker
msgid "Hello %(nom)s"
msgstr "مرحبا %(nom)s"

# draft: needs review by a native speaker
msgid "Hello %(name)s"
msgstr "مرحبا %(nom)s"

#, fuzzy
msgid "<strong>Stop</strong> now"
msgstr "<strong>توقف</strong> الآن"

msgid "%(n)s day"
msgid_plural "%(n)s days"
msgstr[0] "%(n)s يوم"
msgstr[1] "يوم"
"""


def test_problems_name_each_kind_of_fault(tmp_path, settings):
    settings.BASE_DIR = tmp_path
    for folder, text in [("en", EN), ("km", EN), ("ar", AR)]:
        path = tmp_path / "area" / folder / "LC_MESSAGES" / "django.po"
        path.parent.mkdir(parents=True)
        path.write_text(text, encoding="utf-8")
    found = "\n".join(catalogues.problems("ar", folders=("area",)))
    assert "'Hello %(name)s': 'مرحبا %(nom)s' has placeholders" in found
    assert "'<strong>Stop</strong> now': not translated" in found  # fuzzy is not a translation
    assert "'%(n)s day': not translated" in found  # Babel leaves the missing forms empty
    assert "'Only in the source': not translated" in found
    # A message the source catalogues no longer hold is neither a problem nor listed.
    assert "nom" not in found.replace("'مرحبا %(nom)s'", "")
    listed = catalogues.entries("ar", folders=("area",))
    assert [(entry.msgid, entry.drafted) for entry in listed] == [
        ("Hello %(name)s", True),
        ("<strong>Stop</strong> now", False),
        ("%(n)s day", False),
    ]
