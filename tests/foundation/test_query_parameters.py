"""Query parameters typed or forged by anyone: a NUL byte (which PostgreSQL refuses in a
string literal) or another control character gives the normal page or a clear 400, never a
500, on every public view, feed and API that reads a GET parameter. Runs on the database of
the suite: run it with DATABASE_URL=postgres://... too (.ci/run does)."""

import pytest
from django.core.cache import cache

pytestmark = pytest.mark.django_db

PUBLIC_URLS_WITH_PARAMETERS = [
    "/km/complaints/?destination=%00",
    "/en/complaints/?destination=thai%00land",
    "/km/feeds/alerts.xml?destination=%00",
    "/en/feeds/alerts.xml?destination=x%00",
    "/en/agencies/?q=%00",
    "/en/search/?q=a%00b",
    "/en/resources/?destination=%00&service=%00",
    "/en/resources/?destination=thailand%00",
    "/api/v2/alerts/?destination=%00",
    "/api/v2/agencies/?licence_number=%00",
    "/api/v2/resources/?destination=%00",
    "/api/v2/pages/?locale=%00",
    "/en/?%00=1",
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.mark.parametrize("url", PUBLIC_URLS_WITH_PARAMETERS)
def test_nul_byte_in_a_query_parameter_is_never_a_server_error(client, home_km, url):
    response = client.get(url)
    assert response.status_code in {200, 400, 404}, (url, response.status_code)


def test_a_page_ignores_the_broken_value_and_shows_the_normal_page(client, home_km):
    response = client.get("/en/complaints/?destination=thai%00land")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<option value="" selected>' in html
    assert '<option value="thailand" selected>' not in html


def test_the_partner_api_gets_its_json_400(client, home_km):
    response = client.get("/api/v2/alerts/?destination=%00")
    assert response.status_code == 400
    assert "null characters" in response.json()["message"]


def test_a_valid_destination_is_still_preselected(client, home_km):
    response = client.get("/en/complaints/?destination=malaysia")
    assert '<option value="malaysia" selected>' in response.content.decode()


def test_other_bad_requests_get_a_page_in_the_readers_language(client, home_km, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    query = "&".join(f"p{n}=1" for n in range(20))
    response = client.get(f"/km/resources/?{query}")
    assert response.status_code == 400
    assert "មិនអាចប្រើសំណើនេះបានទេ" in response.content.decode()
    assert 'href="/km/"' in response.content.decode()
