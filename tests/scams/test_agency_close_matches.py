"""Issue 19: the agency check forgives how people type. With no exact match, agencies close to
what was typed (a licence number without its prefix or with a wrong one, a misspelt name)
are offered, and "not in the register, do not pay" is said only when nothing is close."""

import pytest

from orientation.scams.models import AgencyStatus
from orientation.scams.selectors import search_agencies
from tests.scams.factories import AgencyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(home_km):
    return {
        "golden": AgencyFactory(
            name_latin="Golden Star Manpower Co., Ltd.",
            name_km="ក្រុមហ៊ុនផ្កាយមាស",
            licence_number="MOLVT-0457",
        ),
        "mekong": AgencyFactory(
            name_latin="Mekong Workers Services",
            name_km="សេវាកម្មពលករមេគង្គ",
            licence_number="MOLVT-0912",
        ),
        "revoked": AgencyFactory(
            name_latin="Angkor Overseas Jobs",
            name_km="ការងារក្រៅប្រទេសអង្គរ",
            licence_number="MOLVT-0333",
            status=AgencyStatus.REVOKED,
        ),
    }


def close_names(query):
    search = search_agencies(query)
    assert search.results == [], query
    return [agency.name_latin for agency in search.close_matches]


@pytest.mark.parametrize("typed", ["0457", "457", "molvt 457", "MOLT-0457", "m0lvt0457"])
def test_a_licence_number_typed_another_way_finds_the_agency(register, typed):
    assert close_names(typed)[:1] == ["Golden Star Manpower Co., Ltd."]


@pytest.mark.parametrize(
    "typed", ["Goldn Star", "golden str manpower", "GOLDEN STAR MANPOWR", "gloden star"]
)
def test_a_misspelt_name_finds_the_agency(register, typed):
    assert close_names(typed)[:1] == ["Golden Star Manpower Co., Ltd."]


def test_a_misspelt_khmer_name_finds_the_agency(register):
    # ផ្កាយមាស with the last letter wrong (ផ្កាយមាះ).
    assert close_names("ក្រុមហ៊ុនផ្កាយមាះ")[:1] == ["Golden Star Manpower Co., Ltd."]


def test_a_close_revoked_agency_is_offered_with_its_status(client, register):
    html = client.get("/en/agencies/", {"q": "Angkor Oversea Job"}).content.decode()
    assert 'data-agency-status="close-matches"' in html
    assert "Angkor Overseas Jobs" in html
    assert 'data-agency-status="revoked"' in html


def test_nothing_close_is_still_not_in_the_register(client, register):
    assert close_names("Sunrise Holdings") == []
    html = client.get("/en/agencies/", {"q": "Sunrise Holdings"}).content.decode()
    assert 'data-agency-status="not-found"' in html
    assert "close-matches" not in html


def test_close_matches_never_say_not_in_the_register(client, register):
    for language, message in [("en", "exactly"), ("km", "ទាំងស្រុង")]:
        html = client.get(f"/{language}/agencies/", {"q": "goldn star"}).content.decode()
        assert 'data-agency-status="close-matches"' in html
        assert message in html
        assert 'data-agency-status="not-found"' not in html
        assert "/agencies/MOLVT-0457/" in html


def test_an_exact_match_offers_nothing_else(register):
    search = search_agencies("MOLVT-0457")
    assert [agency.name_latin for agency in search.results] == ["Golden Star Manpower Co., Ltd."]
    assert search.close_matches == []


def test_close_matches_take_a_fixed_number_of_queries(register, django_assert_num_queries):
    for n in range(20):
        AgencyFactory(name_latin=f"Golden Sun Travel {n}", licence_number=f"GS-{n:04d}")
    # No exact match; the candidates' keys; the close ones; their destinations.
    with django_assert_num_queries(4):
        assert search_agencies("goldn star").close_matches
