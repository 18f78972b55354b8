"""Issue 18, facts that stay true: the demo's wording says what the sources say, in plain
Khmer (docs/glossary.md, orientation/editorial/plain_language.py)."""

import re

import pytest
from django.utils import translation

from orientation.core.demo_loader import _read, demo_dir
from orientation.editorial.plain_language import long_sentences

AREAS = sorted(path.stem for path in demo_dir().glob("*.yaml"))
# The longest value a placeholder can take, so that a sentence fits whatever fills it in.
LONGEST = {"name": "ប្រទេសអារ៉ាប៊ីសាអូឌីត", "route": "", "route_item": ""}
PLACEHOLDER = re.compile(r"\{(\w+)\}")
JARGON = ("លិខិតុបករណ៍", "សច្ចាប័ន")


def texts(value, language):
    """Every text of one language in a demo file's data (pairs {km, en}; Khmer also where a
    list holds Khmer only, as the "show this" sentences do)."""
    if isinstance(value, dict):
        if set(value) == {"km", "en"}:
            yield value[language]
            return
        for child in value.values():
            yield from texts(child, language)
    elif isinstance(value, list):
        for child in value:
            yield from texts(child, language)


def filled(text):
    return PLACEHOLDER.sub(lambda match: LONGEST.get(match.group(1), "x" * 12), text)


def records(area):
    """(where, Khmer text of one record) for each item of the file's top-level lists."""
    for key, value in _read(demo_dir() / f"{area}.yaml").items():
        if isinstance(value, list):
            for index, item in enumerate(value):
                yield f"{area}.{key}[{index}]", " ".join(texts(item, "km"))


@pytest.mark.parametrize("area", AREAS)
def test_no_khmer_sentence_is_over_the_projects_limit(area):
    data = _read(demo_dir() / f"{area}.yaml")
    too_long = [s for text in texts(data, "km") for s in long_sentences(filled(str(text)))]
    assert too_long == []


@pytest.mark.parametrize("area", AREAS)
def test_the_48_hours_are_to_receive_and_address_complaints_not_to_resolve_them(area):
    for text in texts(_read(demo_dir() / f"{area}.yaml"), "km"):
        if "៤៨ ម៉ោង" in text:
            assert "ដោះស្រាយ" not in text
            assert "ទទួល និងចាត់ការ" in text


@pytest.mark.parametrize("area", AREAS)
def test_demo_records_are_examples_not_trials(area):
    for text in texts(_read(demo_dir() / f"{area}.yaml"), "km"):
        assert "សាកល្បង" not in text


@pytest.mark.parametrize("area", AREAS)
def test_legal_jargon_is_explained_where_a_record_first_uses_it(area):
    for where, text in records(area):
        for word in JARGON:
            if word in text:
                end = text.index(word) + len(word)
                # "លិខិតុបករណ៍អន្តរជាតិ (ឯកសារច្បាប់...)": the explanation follows the phrase.
                assert "(" in text[end : end + 12], f"{where}: {word} is not explained"


@pytest.mark.parametrize("area", AREAS)
def test_no_text_says_a_work_permit_comes_before_departure(area):
    """On some routes the permit is issued after arrival; no source says when, so the demo
    never makes the lack of a permit before leaving a sign of a scam."""
    for text in texts(_read(demo_dir() / f"{area}.yaml"), "en"):
        for sentence in re.split(r"(?<=[.!?])\s+", str(text)):
            if "work permit" in sentence and "before you leave" in sentence:
                assert "after you arrive" in sentence, sentence


def test_when_the_permit_is_issued_is_to_be_confirmed_on_the_rights_page():
    explainers = _read(demo_dir() / "rights.yaml")["explainers"]
    passport = next(e for e in explainers if e["slug"] == "keep-your-passport")
    assert "work permit" in passport["unconfirmed"]["en"]
    assert "លិខិតអនុញ្ញាតការងារ" in passport["unconfirmed"]["km"]


@pytest.mark.parametrize(
    ("msgid", "khmer", "wrong"),
    [
        ("Traditional Chinese", "ចិន (អក្សរពេញ)", "ចិនបុរាណ"),
        ("Destination", "ប្រទេសគោលដៅ", "ទិសដៅ"),
        ("All destinations", "គ្រប់ប្រទេសគោលដៅ", "គ្រប់ទិសដៅ"),
    ],
)
def test_interface_uses_the_glossarys_words(msgid, khmer, wrong):
    with translation.override("km"):
        assert translation.gettext(msgid) == khmer
        assert translation.gettext(msgid) != wrong
