import json

import pytest


@pytest.mark.django_db
def test_manifest_has_khmer_name_icons_and_right_type(client):
    response = client.get("/manifest.webmanifest")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/manifest+json"
    data = json.loads(response.content)
    assert data["name"] == "ធ្វើការនៅបរទេសដោយសុវត្ថិភាព"
    assert data["lang"] == "km"
    assert data["scope"] == "/"
    assert {icon["sizes"] for icon in data["icons"]} == {"192x192", "512x512"}
    for icon in data["icons"]:
        assert client.get(icon["src"]).status_code == 200


@pytest.mark.django_db
def test_service_worker_is_served_from_root_with_no_long_cache(client):
    response = client.get("/sw.js")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert response["Service-Worker-Allowed"] == "/"
    assert "no-cache" in response["Cache-Control"] and "max-age=0" in response["Cache-Control"]
    body = response.content.decode()
    assert '"/km/offline/"' in body and '"/en/offline/"' in body
    assert "/static/css/portal" in body
    # A phone with a Khmer font of its own downloads none of ours, not even for offline use.
    assert "/static/fonts/" not in body


@pytest.mark.django_db
def test_service_worker_version_changes_with_precached_files():
    from portal.pwa import service_worker_version

    assert service_worker_version(["/static/a.1.css"]) != service_worker_version(
        ["/static/a.2.css"]
    )


@pytest.mark.django_db
@pytest.mark.parametrize(("code", "text"), [("km", "អ្នកមិនមានអ៊ីនធឺណិតទេ"), ("en", "You are offline")])
def test_offline_page_in_readers_language(client, home_km, code, text):
    response = client.get(f"/{code}/offline/")
    assert response.status_code == 200
    assert text in response.content.decode()
    assert "data-saved-list" in response.content.decode()


@pytest.mark.django_db
def test_every_page_links_manifest_and_registers_worker_script(client, home_km):
    html = client.get("/km/").content.decode()
    assert '<link rel="manifest" href="/manifest.webmanifest">' in html
    assert "js/offline.js" in html and "defer" in html
