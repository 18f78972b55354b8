"""The agency register and site search clean text with one normaliser
(orientation/core/text.py): a variant a worker types finds the same thing in both."""

import unicodedata

import pytest

from orientation.core.text import normalise_text, text_key
from orientation.scams.normalise import search_key
from orientation.scams.selectors import search_agencies
from orientation.search.segmentation import normalised_query
from tests.scams.factories import AgencyFactory

# (as printed, as typed): each pair looks the same to a reader.
VARIANTS = [
    # look-alike Khmer vowels: េ + ា for ោ, េ + ី for ើ
    ("ជោគជ័យ", "ជ\u17c1\u17b6គជ\u17d0យ"),
    ("ដើមឈើ", "ដ\u17c1\u17b8មឈ\u17c1\u17b8"),
    # subscript DA for subscript TA, deprecated QAQ for QA, NIKAHIT typed before the vowel
    ("បណ្តឹង", "បណ\u17d2\u178aឹង"),
    ("អង្គរ", "\u17a3ង្គរ"),
    ("ជុំ", "ជ\u17c6\u17bb"),
    # invisible marks: zero-width space inside Khmer, direction marks and embeddings, BOM
    ("ជោគជ័យ", "ជោគ\u200bជ័យ"),
    ("ជោគជ័យ", "ជោគ\u200eជ័យ"),
    ("អង្គរ", "\u202bអង្គ\u200fរ\u202c"),
    ("golden star", "\u200egolden star\u200f"),
    ("golden star", "\ufeffgolden\u202a star\u202c\u200d"),
    # decomposed and composed accents, case, extra white space
    ("café lumière", unicodedata.normalize("NFD", "café lumière")),
    ("golden star", "GOLDEN Star"),
    ("golden star", "  golden \t  star\n"),
]


@pytest.mark.parametrize(("printed", "typed"), VARIANTS)
def test_variant_gives_the_same_key_in_register_and_site_search(printed, typed):
    assert search_key(typed) == search_key(printed) == text_key(printed)
    assert normalised_query(typed) == normalised_query(printed)
    assert normalised_query(typed)


def test_register_key_and_search_terms_come_from_the_same_text():
    """Site search adds only its own word cutting on top: its words are the key's words."""
    typed = "\u200eDemo  GOLDEN\u202a Star\u202c ជ\u17c1\u17b6គជ\u17d0យ"
    assert normalised_query(typed).split() == text_key(typed).split()


def test_normalise_text_keeps_case_and_single_spaces():
    assert normalise_text("  Demo\u00a0 Agency\u200e\x07 ") == "Demo Agency"
    assert normalise_text(None) == ""


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name_latin", "name_km", "typed"),
    [
        ("Demo Golden Star", "ភ្នាក់ងារជោគជ័យសាកល្បង", "ជ\u17c1\u17b6គជ\u17d0យ"),
        ("Demo Golden Star", "ភ្នាក់ងារជោគជ័យសាកល្បង", "\u200egolden\u202a STAR\u202c"),
        ("Demo Café Lumière", "ភ្នាក់ងារពន្លឺសាកល្បង", unicodedata.normalize("NFD", "CAFÉ")),
        ("Demo Angkor Works", "ភ្នាក់ងារអង្គរសាកល្បង", "\u17a3ង្គរ"),
    ],
)
def test_agency_typed_as_a_variant_is_found_by_both_searches(
    client, home_km, name_latin, name_km, typed
):
    agency = AgencyFactory(name_latin=name_latin, name_km=name_km)
    assert search_agencies(typed).results == [agency]
    body = client.get("/km/search/", {"q": typed}).content.decode()
    assert f"/km/agencies/{agency.licence_number}/" in body
