"""The editors' list of equivalent words (issue 19): seeded, checked against the glossary,
kept in the admin by the editorial roles, and read by search at once."""

import re
from pathlib import Path

import pytest
from django.conf import settings

from orientation.editorial.roles import EDITORS, TRANSLATORS, ensure_editorial_setup
from orientation.search.equivalents import equivalent_phrases, phrase_key
from orientation.search.models import MAX_EQUIVALENT_WORDS, EquivalentWords
from orientation.search.segmentation import query_terms
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

GLOSSARY = Path(settings.BASE_DIR) / "docs" / "glossary.md"
# Glossary terms readers search for, whose everyday words the seed must cover.
SEARCHED_TERMS = [
    "passport",
    "work permit",
    "contract (employment contract)",
    "wages",
    "complaint",
    "licence",
    "scam, fraud",
    "human trafficking",
    "emergency",
    "help",
    "migrant worker",
    "worker",
    "embassy",
    "private recruitment agency",
    "employer",
    "Ministry of Labour and Vocational Training",
    "Cambodia",
]


def glossary():
    """{English: Khmer} from the glossary's tables (the Khmer spelling before any note)."""
    rows = re.findall(r"^\| ([^|]+?) \| ([^|]+?) \|", GLOSSARY.read_text(), flags=re.M)
    return {english: re.split(r" \(", khmer)[0] for english, khmer in rows}


def seeded_words():
    return [word for group in EquivalentWords.objects.all() for word in group.word_list()]


def test_the_seed_holds_at_least_sixty_pairs_in_groups():
    groups = list(EquivalentWords.objects.all())
    pairs = sum(len(group.word_list()) * (len(group.word_list()) - 1) // 2 for group in groups)
    assert len(groups) >= 60 and pairs >= 60
    assert all(len(group.word_list()) >= 2 for group in groups)


@pytest.mark.parametrize("english", SEARCHED_TERMS)
def test_each_searched_glossary_term_is_in_the_seed_with_its_glossary_spelling(english):
    khmer = glossary()[english]
    assert khmer in seeded_words(), f"{english}: {khmer} is not in any group"


def test_the_seed_never_uses_a_spelling_the_glossary_forbids():
    forbidden = re.findall(r"never (\S+?),", GLOSSARY.read_text())
    assert forbidden  # ទិសដៅ, សាកល្បង
    assert not set(forbidden) & set(seeded_words())


def test_the_issues_examples_are_seeded_as_equivalents():
    table = equivalent_phrases()
    for everyday, formal in [
        ("ពេទ្យ", "វេជ្ជបណ្ឌិត"),
        ("ប៉ូលិស", "នគរបាល"),
        ("ឡាន", "រថយន្ត"),
        ("ផ្ទះ", "កន្លែងស្នាក់នៅ"),
    ]:
        assert tuple(query_terms(formal)) in table[phrase_key(query_terms(everyday))]


def test_an_english_word_form_reaches_its_group():
    # "wages" and "wage" share a stem: the table is keyed by it.
    assert ("salary",) in equivalent_phrases()[phrase_key(["wages"])]


@pytest.fixture
def editor_client(client, home_km):
    ensure_editorial_setup()
    client.force_login(UserFactory(username="editor", groups=[EDITORS]))
    return client


def test_an_editor_adds_a_group_in_the_admin_and_search_reads_it(editor_client):
    response = editor_client.post(
        "/admin/snippets/search/equivalentwords/add/",
        {"words": "ជំរំ\r\n  អន្តេវាសិកដ្ឋាន \r\n\r\nជំរំ", "note": "camp, dormitory"},
    )
    assert response.status_code == 302
    group = EquivalentWords.objects.get(note="camp, dormitory")
    # Cleaned: one per line, no blank lines or repeats.
    assert group.words == "ជំរំ\nអន្តេវាសិកដ្ឋាន"
    assert tuple(query_terms("អន្តេវាសិកដ្ឋាន")) in equivalent_phrases()[phrase_key(["ជំរំ"])]
    listing = editor_client.get("/admin/snippets/search/equivalentwords/", {"q": "ជំរំ"})
    assert "ជំរំ / អន្តេវាសិកដ្ឋាន" in listing.content.decode()


@pytest.mark.parametrize(
    ("words", "message"),
    [
        ("ជំរំ", "សូមសរសេរពាក្យ ឬឃ្លាយ៉ាងតិចពីរ"),
        ("\n".join(f"word{n}" for n in range(MAX_EQUIVALENT_WORDS + 1)), "មិនត្រូវមានលើសពី"),
    ],
)
def test_a_group_too_small_or_too_large_is_refused_in_the_editors_language(
    editor_client, words, message
):
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(get_user_model().objects.get(username="editor"))
    profile.preferred_language = "km"
    profile.save()
    before = EquivalentWords.objects.count()
    response = editor_client.post(
        "/admin/snippets/search/equivalentwords/add/", {"words": words, "note": "kept"}
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "kept" in html  # what was typed is kept
    assert EquivalentWords.objects.count() == before


def test_a_translator_cannot_change_the_list(client, home_km):
    ensure_editorial_setup()
    client.force_login(UserFactory(username="translator", groups=[TRANSLATORS]))
    response = client.get("/admin/snippets/search/equivalentwords/add/")
    assert response.status_code in (302, 403)
