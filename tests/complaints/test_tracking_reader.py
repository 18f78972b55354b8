"""Tracking as a worker meets it (issue 18): the receipt's link fills in the reference (never
the code), times say their zone, and Khmer dates are written the Khmer way."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from .factories import KNOWN_CODE, ComplaintFactory
from .helpers import valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_the_receipt_links_to_tracking_with_the_reference_and_never_the_code(client):
    page = BeautifulSoup(client.post("/en/complaints/", valid_post()).content, "html.parser")
    reference = page.select_one("[data-complaint-reference]").get_text(strip=True)
    code = page.select_one("[data-complaint-code]").get_text(strip=True)
    link = page.select_one(".receipt-actions a")["href"]
    assert link == f"/en/complaints/track/?reference={reference}"
    assert code not in link

    track = BeautifulSoup(client.get(link).content, "html.parser")
    assert track.find(id="id_reference")["value"] == reference
    assert track.find(id="id_code").has_attr("autofocus")
    assert not track.find(id="id_code").has_attr("value")


def test_tracking_without_a_reference_is_empty(client):
    page = BeautifulSoup(client.get("/en/complaints/track/").content, "html.parser")
    assert not page.find(id="id_reference").has_attr("value")
    assert not page.find(id="id_code").has_attr("autofocus")


def received_and_due(client, language):
    complaint = ComplaintFactory()
    complaint.created_at = datetime.datetime(2026, 3, 5, 2, 30, tzinfo=datetime.UTC)
    complaint.due_at = complaint.created_at + datetime.timedelta(hours=48)
    complaint.save(update_fields=["created_at", "due_at"])
    data = {"reference": complaint.reference, "code": KNOWN_CODE}
    page = BeautifulSoup(client.post(f"/{language}/complaints/track/", data).content, "html.parser")
    return [element.get_text() for element in page.select(".case-summary time")]


def test_times_say_their_zone(client, settings):
    assert settings.TIME_ZONE == "Asia/Phnom_Penh"
    received, due = received_and_due(client, "en")
    assert received == "5 March 2026, 09:30 (Cambodia time, UTC+7)"
    assert due == "7 March 2026, 09:30 (Cambodia time, UTC+7)"


def test_khmer_dates_are_day_month_year_with_khmer_month_names(client):
    received, _due = received_and_due(client, "km")
    assert received == "ថ្ងៃទី 5 ខែមីនា ឆ្នាំ 2026, 09:30 (ម៉ោងកម្ពុជា, UTC+7)"


def test_the_saved_on_this_phone_link_opens_a_page_that_does_not_say_offline(client):
    page = BeautifulSoup(client.get("/en/offline/?saved").content, "html.parser")
    assert page.find("h1").get_text() == "Saved on this phone"
    assert "offline" not in page.title.get_text().lower()
    assert page.select_one("[data-saved-list]") is not None
    # The service worker's fallback, for a page that is not saved, still says so.
    fallback = BeautifulSoup(client.get("/en/offline/").content, "html.parser")
    assert fallback.find("h1").get_text() == "You are offline"
