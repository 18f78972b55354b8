import datetime

import pytest
from django.utils import timezone

from orientation.destinations.models import Destination
from orientation.scams.models import AgencyStatus
from orientation.scams.normalise import licence_key, search_key
from orientation.scams.selectors import search_agencies
from tests.scams.factories import AgencyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(home_km):
    thailand = Destination.objects.get(slug="thailand")
    japan = Destination.objects.get(slug="japan")
    today = timezone.localdate()
    return {
        "licensed": AgencyFactory(
            name_latin="Demo Recruitment Agency 1",
            name_km="ភ្នាក់ងារជ្រើសរើសសាកល្បង ១",
            licence_number="DEMO-0001",
            valid_until=datetime.date(2031, 5, 31),
            destinations=[thailand, japan],
        ),
        "suspended": AgencyFactory(
            name_latin="Demo Recruitment Agency 2",
            name_km="ភ្នាក់ងារជ្រើសរើសសាកល្បង ២",
            licence_number="DEMO-0002",
            status=AgencyStatus.SUSPENDED,
        ),
        "revoked": AgencyFactory(
            name_latin="Demo Recruitment Agency 3",
            name_km="ភ្នាក់ងារជ្រើសរើសសាកល្បង ៣",
            licence_number="DEMO-0003",
            status=AgencyStatus.REVOKED,
        ),
        "expired": AgencyFactory(
            name_latin="Demo Recruitment Agency 4",
            name_km="ភ្នាក់ងារជ្រើសរើសសាកល្បង ៤",
            licence_number="DEMO-0004",
            status=AgencyStatus.EXPIRED,
            valid_until=today - datetime.timedelta(days=10),
        ),
        "lapsed": AgencyFactory(
            name_latin="Demo Overseas Manpower 5",
            name_km="ភ្នាក់ងារសាកល្បង ៥",
            licence_number="DEMO 55/2020",
            status=AgencyStatus.LICENSED,
            valid_until=today - datetime.timedelta(days=1),
        ),
    }


def test_keys_ignore_case_spaces_dashes_and_invisible_characters():
    assert licence_key(" demo \u2013 0001 ") == licence_key("DEMO-0001") == "DEMO0001"
    assert licence_key("de\u200bmo_0001") == "DEMO0001"
    assert search_key("DEMO  Recruitment\u200b") == "demo recruitment"


@pytest.mark.parametrize(
    "query",
    ["DEMO-0001", "demo-0001", "demo 0001", "DEMO0001", " Demo \u2013 0001 ", "demo\u200b-0001"],
)
def test_licence_number_variants_find_the_agency_first(register, query):
    search = search_agencies(query)
    assert search.results[0] == register["licensed"]


@pytest.mark.parametrize("query", ["recruitment agency 1", "RECRUITMENT", "agen", "demo recr"])
def test_partial_latin_name_in_any_case(register, query):
    assert register["licensed"] in search_agencies(query).results


@pytest.mark.parametrize("query", ["សាកល្បង ១", "ជ្រើសរើស", "ភ្នាក់ងារជ្រើសរើសសាកល្បង ២"])
def test_partial_khmer_name(register, query):
    results = search_agencies(query).results
    assert results
    assert all("ជ្រើសរើស" in agency.name_km or "សាកល្បង" in agency.name_km for agency in results)


def test_khmer_name_with_zero_width_spaces_still_matches(register):
    assert search_agencies("ភ្នាក់ងារ\u200bជ្រើសរើស\u200bសាកល្បង ១").results[0] == register["licensed"]


def test_search_uses_a_fixed_number_of_queries(register, django_assert_max_num_queries):
    for _number in range(30):
        AgencyFactory(destinations=list(Destination.objects.all()[:3]))
    with django_assert_max_num_queries(2):
        search = search_agencies("demo")
        for agency in search.results:
            list(agency.destinations.all())
    assert search.truncated


def test_licensed_agency_shows_destinations_and_end_date(client, register):
    response = client.get("/en/agencies/", {"q": "demo-0001"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-agency-status="licensed"' in html
    assert "Licensed now" in html
    assert "Thailand" in html and "Japan" in html
    assert "31 May 2031" in html


def test_khmer_page_shows_khmer_destination_names(client, register):
    html = client.get("/km/agencies/", {"q": "DEMO-0001"}).content.decode()
    assert "ប្រទេសថៃ" in html or "ថៃ" in html


@pytest.mark.parametrize(
    ("key", "verdict"),
    [
        ("suspended", "Licence suspended"),
        ("revoked", "Licence revoked"),
        ("expired", "Licence expired"),
        ("lapsed", "Licence expired"),
    ],
)
def test_unlicensed_statuses_are_shown_in_red_with_what_to_do(client, register, key, verdict):
    agency = register[key]
    html = client.get("/en/agencies/", {"q": agency.licence_number}).content.decode()
    status = "expired" if key == "lapsed" else key
    assert f'agency-status--{status} callout callout--danger" data-agency-status="{status}"' in html
    assert verdict in html
    assert "Do not pay" in html or "do not pay" in html


def test_not_found_is_kind_and_says_how_to_report(client, register):
    response = client.get("/en/agencies/", {"q": "Golden Job Express"})
    html = response.content.decode()
    assert response.status_code == 200
    assert 'data-agency-status="not-found"' in html
    assert "Not in the register" in html
    assert "may not recruit" in html
    assert 'href="/en/complaints/"' in html


def test_not_found_in_khmer(client, register):
    html = client.get("/km/agencies/", {"q": "xyz-9999"}).content.decode()
    assert 'data-agency-status="not-found"' in html
    assert 'href="/km/complaints/"' in html


def test_form_page_without_query_shows_no_result_section(client, register):
    response = client.get("/en/agencies/")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="q"' in html and 'method="get"' in html
    assert "agency-results" not in html


@pytest.mark.parametrize(
    "query",
    [
        "   ",
        "\u200b\u200b",
        "x" * 2000,
        "ក" * 2000,
        "' OR 1=1 --",
        "%'; DROP TABLE scams_agency; --",
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        "ភ្នាក់ងារ Demo ១ agency",
        "\x00\x01",
        "%%__",
        "\\",
    ],
)
def test_bad_queries_never_fail_and_are_never_reflected_unescaped(client, register, query):
    response = client.get("/en/agencies/", {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "<img src=x" not in html
    assert "agency-results" in html


@pytest.mark.parametrize("raw", ["%ED%A0%80", "%FF%FE", "%C0", "%00", "%E1%9E"])
def test_undecodable_bytes_in_the_query_string_never_fail(client, register, raw):
    response = client.get(f"/en/agencies/?q={raw}")
    assert response.status_code == 200


def test_only_spaces_asks_for_a_name(client, register):
    html = client.get("/en/agencies/", {"q": "   "}).content.decode()
    assert 'data-search-problem="empty"' in html


def test_a_very_long_query_gets_a_clear_message(client, register):
    html = client.get("/en/agencies/", {"q": "a" * 2000}).content.decode()
    assert 'data-search-problem="too-long"' in html


def test_sql_wildcards_are_matched_literally(register):
    assert search_agencies("%").results == []
    assert search_agencies("_").results == []


def test_mixed_khmer_and_latin_query_gives_an_answer(client, register):
    response = client.get("/en/agencies/", {"q": "ភ្នាក់ងារ Demo"})
    assert response.status_code == 200
    assert 'data-agency-status="not-found"' in response.content.decode()


def test_agency_page_shows_status_history_and_qr_code(client, register):
    from orientation.scams.services import agency_set_status

    agency = register["licensed"]
    agency_set_status(agency, AgencyStatus.SUSPENDED, reason="Inspection pending")
    response = client.get("/en/agencies/DEMO-0001/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Licence suspended" in html
    assert "Inspection pending" in html
    assert 'src="/en/agencies/DEMO-0001/qr.svg"' in html
    assert "http://testserver/en/agencies/DEMO-0001/" in html
    assert "to be confirmed by editors" in html  # no address, no verified phone


def test_agency_page_for_another_spelling_redirects_to_one_address(client, register):
    response = client.get("/en/agencies/demo0001/")
    assert response.status_code == 301
    assert response["Location"] == "/en/agencies/DEMO-0001/"


def test_licence_number_that_is_not_url_safe_uses_its_key(client, register):
    agency = register["lapsed"]
    assert agency.get_url() == "/en/agencies/DEMO552020/" or agency.get_url().endswith(
        "/agencies/DEMO552020/"
    )
    assert client.get(agency.get_url()).status_code == 200


def test_unknown_licence_page_is_a_kind_404(client, register):
    response = client.get("/en/agencies/NOPE-1234/")
    assert response.status_code == 404
    html = response.content.decode()
    assert "Not in the register" in html
    assert 'href="/en/complaints/"' in html


def test_qr_code_is_an_svg_pointing_to_the_absolute_page_url(client, register):
    import segno

    response = client.get("/en/agencies/DEMO-0001/qr.svg")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/svg+xml"
    svg = response.content.decode()
    assert svg.startswith("<svg") and "<path" in svg
    # Read the modules the SVG draws and compare them with the QR code of the page's URL:
    # a camera reading the picture opens that address.
    expected = segno.make("http://testserver/en/agencies/DEMO-0001/", error="m", micro=False)
    assert _dark_modules(svg, border=4) == {
        (x, y) for y, row in enumerate(expected.matrix) for x, dark in enumerate(row) if dark
    }


def _dark_modules(svg, border):
    """The dark cells of a one-unit-per-module SVG QR code drawn as horizontal strokes."""
    import re

    path = re.search(r'<path stroke="#000" d="([^"]+)"', svg).group(1)
    cells, x, y = set(), 0.0, 0.0
    for command, numbers in re.findall(r"([MmHh])([-\d. ]+)", path):
        values = [float(n) for n in numbers.split()]
        if command == "M":
            x, y = values
        elif command == "m":
            x, y = x + values[0], y + values[1]
        else:
            length = values[0] if command == "h" else values[0] - x
            cells |= {(int(x) + i - border, int(y) - border) for i in range(int(length))}
            x += length
    return cells


@pytest.mark.parametrize(
    ("key", "verdict"),
    [
        ("licensed", "មានអាជ្ញាប័ណ្ណឥឡូវនេះ"),
        ("suspended", "អាជ្ញាប័ណ្ណត្រូវបានផ្អាក"),
        ("revoked", "អាជ្ញាប័ណ្ណត្រូវបានដកហូត"),
        ("expired", "អាជ្ញាប័ណ្ណផុតសុពលភាព"),
    ],
)
def test_status_is_shown_in_khmer_to_khmer_readers(client, register, key, verdict):
    html = client.get("/km/agencies/", {"q": register[key].licence_number}).content.decode()
    assert verdict in html


def test_search_page_query_count_does_not_grow_with_results(
    client, register, django_assert_num_queries
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as few:
        client.get("/en/agencies/", {"q": "demo"})
    for _number in range(15):
        AgencyFactory(destinations=list(Destination.objects.all()[:3]))
    with CaptureQueriesContext(connection) as many:
        client.get("/en/agencies/", {"q": "demo"})
    assert len(many) <= len(few)
