"""compile_catalogues: languages without a translated interface get English, never Khmer,
for the strings they lack (Django would fall back to LANGUAGE_CODE, Khmer)."""

import gettext

from babel.messages.mofile import write_mo

from portal.management.commands.compile_catalogues import compile_plan

ENGLISH = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

msgid "Report a problem"
msgstr ""

msgid "Check an agency"
msgstr ""

msgid "Call now"
msgstr ""

msgid "%(n)s page"
msgid_plural "%(n)s pages"
msgstr[0] ""
msgstr[1] ""
"""

THAI = """msgid ""
msgstr ""
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=1; plural=0;\\n"

msgid "Report a problem"
msgstr "แจ้งปัญหา"

#, fuzzy
msgid "Check an agency"
msgstr "ตรวจสอบ"
"""


def write(path, text):
    path.parent.mkdir(parents=True)
    path.write_text(text, encoding="utf-8")


def compiled(folder):
    """Write every planned .mo and return them as gettext catalogues by language folder."""
    catalogues = {}
    for mo_path, _sources, build in compile_plan(folder):
        mo_path.parent.mkdir(parents=True, exist_ok=True)
        with mo_path.open("wb") as handle:
            write_mo(handle, build())
        with mo_path.open("rb") as handle:
            catalogues[mo_path.parent.parent.name] = gettext.GNUTranslations(handle)
    return catalogues


def test_a_language_without_a_catalogue_reads_english(tmp_path, settings):
    settings.LANGUAGES = [("km", "Khmer"), ("en", "English"), ("ko", "Korean")]
    write(tmp_path / "en/LC_MESSAGES/django.po", ENGLISH)
    korean = compiled(tmp_path)["ko"]
    assert korean.gettext("Report a problem") == "Report a problem"
    assert korean.ngettext("%(n)s page", "%(n)s pages", 3) == "%(n)s pages"


def test_a_partial_catalogue_keeps_its_translations_and_fills_the_rest(tmp_path, settings):
    settings.LANGUAGES = [("km", "Khmer"), ("en", "English"), ("th", "Thai")]
    write(tmp_path / "en/LC_MESSAGES/django.po", ENGLISH)
    write(tmp_path / "th/LC_MESSAGES/django.po", THAI)
    catalogues = compiled(tmp_path)
    assert set(catalogues) == {"en", "th"}
    thai = catalogues["th"]
    assert thai.gettext("Report a problem") == "แจ้งปัญหา"
    # A fuzzy guess is not a translation: English, as for a missing one.
    assert thai.gettext("Check an agency") == "Check an agency"
    assert thai.gettext("Call now") == "Call now"


def test_khmer_is_compiled_as_written(tmp_path, settings):
    settings.LANGUAGES = [("km", "Khmer"), ("en", "English")]
    write(tmp_path / "en/LC_MESSAGES/django.po", ENGLISH)
    write(tmp_path / "km/LC_MESSAGES/django.po", THAI.replace("แจ้งปัญหา", "ដាក់បណ្តឹង"))
    khmer = compiled(tmp_path)["km"]
    assert khmer.gettext("Report a problem") == "ដាក់បណ្តឹង"
    # Khmer keeps Django's own rule: nothing is filled in for it.
    assert khmer.gettext("Call now") == "Call now"
    assert "Call now" not in khmer._catalog


def test_javascript_catalogues_are_compiled_too(tmp_path, settings):
    """The admin's scripts (page editor, wagtail-localize's editor) read djangojs: a Khmer
    djangojs.po kept in the project must reach them (issue 17 item 9)."""
    settings.LANGUAGES = [("km", "Khmer"), ("en", "English")]
    write(tmp_path / "km/LC_MESSAGES/djangojs.po", THAI.replace("แจ้งปัญหา", "ដាក់បណ្តឹង"))
    planned = [mo_path for mo_path, _sources, _build in compile_plan(tmp_path)]
    assert planned == [tmp_path / "km/LC_MESSAGES/djangojs.mo"]
    assert compiled(tmp_path)["km"].gettext("Report a problem") == "ដាក់បណ្តឹង"
