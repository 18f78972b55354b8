import datetime

import pytest
from django.utils import timezone

from orientation.destinations.models import Destination
from orientation.scams.models import AgencyStatus
from tests.scams.factories import AgencyFactory

pytestmark = pytest.mark.django_db

URL = "/api/v2/agencies/"


@pytest.fixture
def register(db):
    today = timezone.localdate()
    thailand = Destination.objects.get(slug="thailand")
    qatar = Destination.objects.get(slug="qatar")
    return {
        "licensed": AgencyFactory(
            licence_number="DEMO-0001", destinations=[thailand], phone="012 000 000"
        ),
        "suspended": AgencyFactory(
            licence_number="DEMO-0002", status=AgencyStatus.SUSPENDED, destinations=[qatar]
        ),
        "lapsed": AgencyFactory(
            licence_number="DEMO-0003",
            valid_until=today - datetime.timedelta(days=1),
            destinations=[thailand, qatar],
        ),
    }


def licence_numbers(response):
    assert response.status_code == 200, response.content
    return sorted(item["licence_number"] for item in response.json()["items"])


def test_listing_gives_public_fields_only(client, register):
    response = client.get(URL, {"fields": "*"})
    item = next(i for i in response.json()["items"] if i["licence_number"] == "DEMO-0001")
    assert item["destinations"] == ["thailand"]
    assert item["status"] == "licensed"
    assert item["phone"] == ""  # not verified: never published
    assert item["page_url"] == "/en/agencies/DEMO-0001/" or item["page_url"].endswith(
        "/agencies/DEMO-0001/"
    )
    for private in (
        "licence_key",
        "search_name",
        "phone_source",
        "phone_verified",
        "status_changes",
    ):
        assert private not in item


@pytest.mark.parametrize("typed", ["DEMO-0001", "demo 0001", "demo0001", "Demo-0001"])
def test_filter_by_licence_number_in_any_spelling(client, register, typed):
    assert licence_numbers(client.get(URL, {"licence_number": typed})) == ["DEMO-0001"]


def test_filter_by_status_as_readers_see_it(client, register):
    assert licence_numbers(client.get(URL, {"status": "licensed"})) == ["DEMO-0001"]
    assert licence_numbers(client.get(URL, {"status": "suspended"})) == ["DEMO-0002"]
    assert licence_numbers(client.get(URL, {"status": "expired"})) == ["DEMO-0003"]


def test_filter_by_destination_slug(client, register):
    assert licence_numbers(client.get(URL, {"destination": "qatar"})) == ["DEMO-0002", "DEMO-0003"]
    assert licence_numbers(client.get(URL, {"destination": "qatar", "status": "suspended"})) == [
        "DEMO-0002"
    ]


def test_detail_view(client, register):
    agency = register["suspended"]
    response = client.get(f"{URL}{agency.pk}/")
    assert response.status_code == 200
    assert response.json()["status"] == "suspended"


@pytest.mark.parametrize(
    "query",
    [
        {"status": "closed"},
        {"destination": "atlantis"},
        {"licence_number": "  - "},
        {"colour": "red"},
        {"licence_key": "DEMO0001"},
        {"search_name": "demo"},
        {"limit": "abc"},
        {"limit": "-1"},
        {"limit": "100000"},
        {"offset": "99999999999999999999999"},
        {"fields": "search_name"},
        {"fields": "phone_source"},
        {"order": "name_latin"},
        {"format": "xml"},
        {"status": "x" * 2000},
    ],
)
def test_bad_queries_answer_400_json(client, register, query):
    response = client.get(URL, query)
    assert response.status_code == 400, response.content
    assert "message" in response.json()


def test_listing_query_count_does_not_grow(client, register, django_assert_max_num_queries):
    for _number in range(20):
        AgencyFactory(destinations=list(Destination.objects.all()[:2]))
    with django_assert_max_num_queries(4):
        assert client.get(URL, {"limit": "20"}).status_code == 200


@pytest.mark.parametrize("typed", ["DEMO-0001", "demo 0001", "Demo Recruitment Agency"])
def test_search_reads_a_licence_number_or_a_name_like_the_agency_check(client, register, typed):
    response = client.get(URL, {"search": typed, "status": "licensed"})
    assert licence_numbers(response) == ["DEMO-0001"]
    assert response.json()["close_matches"] == []


@pytest.mark.parametrize(
    ("parameter", "typed"),
    [
        ("search", "0001"),  # digits only, prefix missing
        ("licence_number", "DMO-0001"),  # a wrong prefix
        ("search", "demo recruitmnt agency 1OO"),  # a misspelt name
    ],
)
def test_no_exact_match_lists_the_closest_agencies_instead(client, register, parameter, typed):
    response = client.get(URL, {parameter: typed})
    body = response.json()
    assert response.status_code == 200 and body["items"] == []
    close = [item["licence_number"] for item in body["close_matches"]]
    assert close and close[0] in {"DEMO-0001", "DEMO-0002", "DEMO-0003"}
    # The same fields as the listing's items, and nothing private.
    assert set(body["close_matches"][0]) >= {"id", "licence_number", "name_latin", "status"}
    assert "phone" not in body["close_matches"][0]


def test_an_unknown_agency_gets_an_empty_list_not_a_claim(client, register):
    body = client.get(URL, {"search": "Nothing Like It Whatsoever Ltd"}).json()
    assert body["items"] == [] and body["close_matches"] == []


def test_a_listing_without_a_search_has_no_close_matches_key(client, register):
    assert "close_matches" not in client.get(URL).json()


@pytest.mark.parametrize("query", [{"search": "   "}, {"search": "x" * 2000}])
def test_a_bad_search_answers_400_json(client, register, query):
    response = client.get(URL, query)
    assert response.status_code == 400 and "message" in response.json()
