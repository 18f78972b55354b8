"""No personal data through the partner surfaces: every API endpoint (listing with every
field, every detail), the feeds, the sitemap and robots.txt are walked and searched for a
canary planted in a user and, when the complaints area exists, in a complaint."""

import json

import pytest
from django.urls import NoReverseMatch, reverse
from django.utils import translation

from portal.api import api_router
from tests.factories import UserFactory

CANARY = "canary7319"
# Keys that would mean a person's record leaked, whatever its value.
PERSONAL_KEYS = {
    "email",
    "password",
    "username",
    "owner",
    "user",
    "locked_by",
    "latest_revision_created_at",
    "contact_detail",
    "description_encrypted",
    "employer",
    "code_hash",
    "reference",
    "complaint",
    "complaints",
    "filer_kind",
}


def plant_canaries(home):
    user = UserFactory(
        username=f"{CANARY}-editor",
        email=f"{CANARY}@example.org",
        first_name=CANARY,
        last_name=CANARY,
    )
    # An editor owns the page partners read: the owner must not show through.
    home.owner = user
    home.save(update_fields=["owner"])
    try:
        from orientation.complaints.services import complaint_submit
    except ImportError:
        return
    from orientation.destinations.models import Destination

    complaint_submit(
        destination=Destination.objects.get(slug="thailand"),
        description=f"{CANARY} my wages were not paid",
        employer=f"{CANARY} employer",
        location=f"{CANARY} place",
        contact_method="phone",
        contact_detail=f"+855 12 {CANARY}",
        agency_name=f"{CANARY} agency",
        consent=True,
    )


def keys_in(value):
    if isinstance(value, dict):
        for key, item in value.items():
            yield key
            yield from keys_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from keys_in(item)


def assert_clean(url, body):
    assert CANARY not in body, url


def api_urls(client):
    """Every listing (with every field) and every detail of every registered endpoint."""
    for name in api_router._endpoints:
        listing = f"/api/v2/{name}/"
        for query in ["", "?fields=*", "?fields=_,id"]:
            yield listing + query
        response = client.get(listing + "?limit=50")
        assert response.status_code == 200, (listing, response.content[:200])
        for item in response.json()["items"]:
            yield f"/api/v2/{name}/{item['id']}/"
            yield f"/api/v2/{name}/{item['id']}/?fields=*"


@pytest.mark.django_db
def test_no_complaint_or_user_data_in_api_feeds_or_sitemap(client, partner_content, home_km):
    plant_canaries(home_km)
    walked = 0
    for url in api_urls(client):
        response = client.get(url)
        assert response.status_code == 200, (url, response.content[:200])
        body = response.content.decode()
        assert_clean(url, body)
        leaked = set(keys_in(json.loads(body))) & PERSONAL_KEYS
        assert not leaked, (url, leaked)
        walked += 1
    assert walked > 10
    # The complaints model is not a page type partners can ask for.
    assert client.get("/api/v2/pages/?type=complaints.Complaint").status_code == 400
    feed_routes = ["alerts:feed", "scams:feed"]
    for code in ["km", "en"]:
        for route in feed_routes:
            with translation.override(code):
                try:
                    url = reverse(route)
                except NoReverseMatch:
                    continue
            response = client.get(url)
            assert response.status_code == 200, url
            assert_clean(url, response.content.decode())
    for url in ["/sitemap.xml", "/robots.txt"]:
        response = client.get(url)
        assert response.status_code == 200
        body = response.content.decode()
        assert_clean(url, body)
        if url == "/sitemap.xml":
            assert "/complaints/" not in body
