"""One error shape under /api/: whatever went wrong, a partner's code reads `message`."""

import pytest
from django.test import Client

from portal.api import ENDPOINTS


def assert_api_error(response, status):
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"message"}, body
    assert body["message"]
    return body["message"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path", ["/api/v2/nope/", "/api/v2/alerts/1/extra/", "/api/v3/alerts/", "/api/"]
)
def test_an_unknown_path_is_a_json_404_readable_across_origins(client, home_km, path):
    response = client.get(path, HTTP_ORIGIN="https://ngo.example")
    message = assert_api_error(response, 404)
    assert path in message and "/api/v2/schema/" in message
    assert response["Access-Control-Allow-Origin"] == "*"
    assert b"<html" not in response.content


@pytest.mark.django_db
@pytest.mark.parametrize("name", list(ENDPOINTS))
@pytest.mark.parametrize("method", ["post", "put", "delete", "patch"])
def test_a_wrong_method_is_a_json_405_with_allow(home_km, name, method):
    # CSRF checks on, as a partner's POST meets them in production (the test client skips them).
    client = Client(enforce_csrf_checks=True)
    response = getattr(client, method)(f"/api/v2/{name}/")
    message = assert_api_error(response, 405)
    assert method.upper() in message
    assert "GET" in response["Allow"]


@pytest.mark.django_db
def test_the_schema_and_docs_refuse_writes_the_same_way(home_km):
    client = Client(enforce_csrf_checks=True)
    for path in ("/api/v2/schema/", "/api/v2/docs/", "/api/v2/statistics/thailand/"):
        assert_api_error(client.post(path), 405)


@pytest.mark.django_db
def test_errors_outside_the_api_keep_the_readers_page(client, home_km):
    response = client.get("/km/nope/")
    assert response.status_code == 404
    assert response["Content-Type"].startswith("text/html")
