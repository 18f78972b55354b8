import datetime

import pytest
import time_machine

from orientation.core.api import MAX_LIMIT
from portal.api import api_router
from tests.alerts.factories import AlertFactory

ENDPOINTS = ["pages", "alerts", "resources"]


def get_json(client, url, status=200, **headers):
    response = client.get(url, **headers)
    assert response.status_code == status, (url, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return response.json()


@pytest.mark.django_db
def test_pages_endpoint_answers_in_every_locale(client, partner_content):
    for locale in partner_content["locales"]:
        code = locale.language_code
        data = get_json(client, f"/api/v2/pages/?locale={code}&limit={MAX_LIMIT}")
        assert data["meta"]["total_count"] >= 1
        assert {item["meta"]["locale"] for item in data["items"]} == {code}
        for item in data["items"]:
            assert f"/{code}/" in item["meta"]["html_url"]


@pytest.mark.django_db
def test_pages_endpoint_gives_guide_sections(client, partner_content):
    if partner_content["guide"] is None:
        pytest.skip("the destinations area has no guide page type yet")
    data = get_json(
        client,
        "/api/v2/pages/?type=destinations.DestinationGuidePage&locale=en&fields=body,summary",
    )
    [guide] = data["items"]
    assert guide["meta"]["slug"] == "thailand"
    assert guide["body"][0]["type"] == "section"
    assert guide["body"][0]["value"]["heading"] == "Before you leave"
    km = get_json(client, f"/api/v2/pages/{partner_content['guide'].pk}/")
    assert km["body"][0]["value"]["heading"] == "មុនពេលចេញដំណើរ"
    assert km["meta"]["locale"] == "km"


@pytest.mark.django_db
def test_api_is_open_to_other_sites_and_cacheable(client, partner_content):
    for endpoint in ENDPOINTS:
        response = client.get(f"/api/v2/{endpoint}/", HTTP_ORIGIN="https://ngo.example.org")
        assert response.status_code == 200
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "public" in response["Cache-Control"]
        assert "max-age=300" in response["Cache-Control"]
    preflight = client.options(
        "/api/v2/alerts/",
        HTTP_ORIGIN="https://ngo.example.org",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight["Access-Control-Allow-Origin"] == "*"
    # Only reading: the API accepts no writes.
    assert client.post("/api/v2/alerts/", {}).status_code == 405


@pytest.mark.django_db
def test_resources_endpoint_fields_and_truth_rule(client, partner_content):
    data = get_json(client, "/api/v2/resources/?locale=km")
    names = [item["name"] for item in data["items"]]
    assert "ទីជម្រកសាកល្បង" in names
    assert "Demo hidden draft" not in names
    shelter = next(item for item in data["items"] if item["name"] == "ទីជម្រកសាកល្បង")
    # A listing stays short: the description, address and website come with the detail only.
    assert {"description", "address", "website"}.isdisjoint(shelter)
    assert set(shelter["meta"]) == {"type", "detail_url", "locale", "translation_key"}
    assert shelter["services"] == ["shelter"]
    assert shelter["destinations"] == ["malaysia"]
    assert shelter["languages"] == ["km", "ms"]
    verified, unverified = shelter["phone_numbers"]
    assert verified == {
        "label": "Office",
        "number": "+855 23 216 532",
        "verified": True,
        "source": "Press release, 2007",
        "status": "verified",
    }
    # A number nobody vouched for is never handed to a bot.
    assert unverified["number"] is None
    assert unverified["status"] == "to be confirmed by editors"
    assert "099 999 999" not in str(data)
    detail = get_json(client, shelter["meta"]["detail_url"].replace("http://testserver", ""))
    assert detail["address"] == {
        "text": None,
        "source": None,
        "status": "to be confirmed by editors",
    }
    assert "description" in detail and "last_reviewed" in detail and "website" in detail


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("locale=en", {"Demo shelter", "Demo legal aid"} - {"Demo legal aid"}),
        ("destination=thailand", {"Demo legal aid"}),
        ("service=shelter", {"ទីជម្រកសាកល្បង", "Demo shelter"}),
        ("service=shelter&locale=km", {"ទីជម្រកសាកល្បង"}),
        ("language=ms&destination=malaysia&locale=en", {"Demo shelter"}),
        ("kind=legal-aid", {"Demo legal aid"}),
        ("kind=legal-aid&destination=malaysia", set()),
    ],
)
def test_resources_endpoint_filters(client, partner_content, query, expected):
    data = get_json(client, f"/api/v2/resources/?{query}")
    assert {item["name"] for item in data["items"]} == expected
    assert data["meta"]["total_count"] == len(expected)


@pytest.mark.django_db
def test_chat_bot_gets_todays_alerts_for_thailand_in_khmer(client, partner_content):
    """The example in docs/partners.md."""
    data = get_json(client, "/api/v2/alerts/?destination=thailand&locale=km")
    titles = [item["title"] for item in data["items"]]
    # Every-destination alerts and Thailand's, most serious first; not Malaysia's.
    assert titles == ["ការជូនដំណឹងទូទៅ", "ការជូនដំណឹងថៃ"]
    first, thailand = data["items"]
    # What a bot reads out: the message, how serious, where, and from when to when.
    assert first["message"] == thailand["message"] == "សារ"
    assert first["meta"]["locale"] == "km"
    assert (first["level"], thailand["level"]) == ("emergency", "warning")
    assert (first["destinations"], thailand["destinations"]) == ([], ["thailand"])
    assert first["starts_at"] < first["expires_at"]
    assert "translation_key" in first["meta"]
    english = get_json(client, "/api/v2/alerts/?destination=thailand&locale=en")
    assert [item["title"] for item in english["items"]] == ["Alert everywhere"]
    emergencies = get_json(client, "/api/v2/alerts/?level=emergency")
    assert {item["title"] for item in emergencies["items"]} == {"ការជូនដំណឹងទូទៅ", "Alert everywhere"}


@pytest.mark.django_db
def test_alerts_endpoint_follows_the_clock(client, home_km):
    noon = datetime.datetime(2026, 5, 1, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(noon, tick=False):
        AlertFactory(title="ខ្លី", expires_at=noon + datetime.timedelta(hours=1))
        AlertFactory(title="ក្រោយ", starts_at=noon + datetime.timedelta(hours=2), expires_at=None)
        assert [i["title"] for i in get_json(client, "/api/v2/alerts/")["items"]] == ["ខ្លី"]
    with time_machine.travel(noon + datetime.timedelta(hours=3), tick=False):
        assert [i["title"] for i in get_json(client, "/api/v2/alerts/")["items"]] == ["ក្រោយ"]


BAD_QUERIES = [
    "unknown_field=1",
    "fields=no_such_field",
    "fields=name(",
    "limit=100000",
    f"limit={MAX_LIMIT + 1}",
    "limit=-1",
    "limit=ten",
    "offset=-5",
    "offset=99999999999999999999999999",
    "limit=1&limit=2",
    "locale=xx",
    "locale=",
    "format=api",
    "format=xml",
    "destination=atlantis",
    "search=%00",
]
PAGES_BAD_QUERIES = [
    "type=nope.Page",
    "type=auth.User",
    "type=complaints.Complaint",
    "order=owner",
    "child_of=99999999999999999999999",
    "descendant_of=-1",
    "id=99999999999999999999999",
    "first_published_at=yesterday",
    "html_path=/x/",
    "site=no-such-site",
]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_input_gets_a_400_with_a_json_message(client, api_basics, endpoint, query):
    if endpoint == "pages" and query == "destination=atlantis":
        query = "type=destinations.Atlantis"
    data = get_json(client, f"/api/v2/{endpoint}/?{query}", status=400)
    assert data["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("query", PAGES_BAD_QUERIES)
def test_pages_bad_input_gets_a_400(client, api_basics, query):
    assert get_json(client, f"/api/v2/pages/?{query}", status=400)["message"]


@pytest.mark.django_db
@pytest.mark.parametrize("endpoint", ENDPOINTS)
def test_detail_views_refuse_unknown_ids_and_parameters(client, api_basics, endpoint):
    assert get_json(client, f"/api/v2/{endpoint}/99999999999999999999999/", status=404)["message"]
    assert get_json(client, f"/api/v2/{endpoint}/0/", status=404)["message"]
    first = get_json(client, f"/api/v2/{endpoint}/")["items"][0]
    assert get_json(client, f"/api/v2/{endpoint}/{first['id']}/?limit=1", status=400)
    assert get_json(client, f"/api/v2/{endpoint}/find/?id=abc", status=400)


@pytest.mark.django_db
def test_every_registered_endpoint_answers_400_to_bad_input(client, api_basics):
    """Including other areas' endpoints (agencies) when they are registered."""
    for name in api_router._endpoints:
        for query in ["unknown_field=1", "limit=100000", "offset=-1", "locale=xx&limit=-2"]:
            response = client.get(f"/api/v2/{name}/?{query}")
            assert response.status_code == 400, (name, query, response.content[:200])
            assert response.json()["message"]


@pytest.mark.django_db
def test_listing_query_count_is_bounded(client, api_basics, django_assert_max_num_queries):
    from tests.resources.factories import OrganisationFactory

    for endpoint in ["alerts", "resources"]:
        client.get(f"/api/v2/{endpoint}/")
        with django_assert_max_num_queries(15) as few:
            client.get(f"/api/v2/{endpoint}/")
        few_queries = len(few.captured_queries)  # read now: each request empties the log
        for _n in range(8):
            AlertFactory(destinations=["thailand", "japan"])
            OrganisationFactory(services=["shelter"], languages=["km", "en"])
        # What is kept until the content changes (the site) is looked up again once.
        client.get(f"/api/v2/{endpoint}/")
        with django_assert_max_num_queries(few_queries):
            client.get(f"/api/v2/{endpoint}/")
