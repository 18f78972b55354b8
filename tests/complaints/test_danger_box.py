"""The complaint form's danger box names the verified numbers of the chosen destination
(issue 18); an unverified number is never offered."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from .helpers import valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def danger_box(response):
    return BeautifulSoup(response.content.decode(), "html.parser").select_one("[data-danger-box]")


def test_a_link_naming_the_destination_shows_its_verified_numbers(client, verified_thailand_guide):
    box = danger_box(client.get("/en/complaints/?destination=thailand"))
    calls = [a["href"] for a in box.select("a[href^='tel:']")]
    assert calls == ["tel:191"]
    assert "Thailand" in box.get_text()


def test_a_refused_complaint_keeps_showing_the_chosen_destinations_numbers(
    client, verified_thailand_guide
):
    response = client.post("/en/complaints/", valid_post(description=""))
    assert response.status_code == 400
    assert [a["href"] for a in danger_box(response).select("a")] == ["tel:191"]


def test_without_a_destination_the_box_gives_the_general_advice(client, verified_thailand_guide):
    box = danger_box(client.get("/en/complaints/"))
    assert box.select("a[href^='tel:']") == []
    assert "local emergency number or your embassy" in box.get_text()


def test_a_destination_without_verified_numbers_says_they_are_to_be_confirmed(client, home_km):
    box = danger_box(client.get("/km/complaints/?destination=malaysia"))
    assert box.select("a[href^='tel:']") == []
    assert box.select_one(".to-be-confirmed") is not None
