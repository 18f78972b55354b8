"""Issue 20, leave quickly and leave no trace: a "leave this page" link (data-quick-exit) on
the complaint form, the receipt, the tracking page and the rights pages, in the reader's
language, to a neutral page that says nothing of this site and is kept offline; and the
tracking page says when the case was last opened with its code."""

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache

from orientation.complaints.models import Complaint
from tests.rights.factories import RightsIndexPageFactory, RightsPageFactory

from .factories import KNOWN_CODE, ComplaintFactory
from .helpers import valid_post

pytestmark = pytest.mark.django_db

LABELS = {"km": "ចាកចេញពីទំព័រនេះ", "en": "Leave this page", "ar": "غادر هذه الصفحة"}


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def quick_exits(response):
    page = BeautifulSoup(response.content.decode(), "html.parser")
    return page.select("a[data-quick-exit]")


def assert_one_quick_exit(response, language):
    assert response.status_code == 200
    (link,) = quick_exits(response)
    assert link["href"] == "/leave/"
    assert link.get_text(strip=True) == LABELS[language]
    assert link.get("rel") == ["noreferrer"]


@pytest.mark.parametrize("language", ["km", "en", "ar"])
def test_complaint_form_receipt_and_tracking_page_have_the_quick_exit(client, language):
    assert_one_quick_exit(client.get(f"/{language}/complaints/"), language)
    assert_one_quick_exit(client.get(f"/{language}/complaints/urgent/"), language)
    receipt = client.post(f"/{language}/complaints/", valid_post())
    assert_one_quick_exit(receipt, language)
    assert_one_quick_exit(client.get(f"/{language}/complaints/track/"), language)


def test_rights_pages_have_the_quick_exit(client, home_km):
    index = RightsIndexPageFactory(parent=home_km)
    explainer = RightsPageFactory(parent=index)
    assert_one_quick_exit(client.get(index.url), "km")
    assert_one_quick_exit(client.get(explainer.url), "km")


def test_pages_that_are_not_about_complaints_or_rights_have_none(client, home_km):
    assert quick_exits(client.get("/km/")) == []


def test_the_neutral_page_says_nothing_of_this_site_and_is_kept_offline(client):
    response = client.get("/leave/")
    assert response.status_code == 200
    assert response["Referrer-Policy"] == "no-referrer"
    html = response.content.decode().lower()
    for telltale in ["complaint", "portal", "safe work", "<script", "stylesheet", "បណ្តឹង"]:
        assert telltale not in html
    worker = client.get("/sw.js").content.decode()
    assert '"/leave/"' in worker  # precached: leaving works with no connection


def test_tracking_says_when_the_case_was_last_opened_with_its_code(client):
    complaint = ComplaintFactory()
    with time_machine.travel("2026-06-01 09:15 +0700", tick=False):
        first = client.post(
            "/en/complaints/track/", {"reference": complaint.reference, "code": KNOWN_CODE}
        )
    page = BeautifulSoup(first.content.decode(), "html.parser")
    assert "first time" in page.select_one("[data-last-opened]").get_text()
    with time_machine.travel("2026-06-03 18:00 +0700", tick=False):
        second = client.post(
            "/en/complaints/track/", {"reference": complaint.reference, "code": KNOWN_CODE}
        )
    notice = BeautifulSoup(second.content.decode(), "html.parser").select_one("[data-last-opened]")
    assert "1 June 2026, 09:15" in notice.get_text()
    # A wrong code is not a visit.
    client.post("/en/complaints/track/", {"reference": complaint.reference, "code": "WRONG-CODE"})
    complaint.refresh_from_db()
    assert complaint.worker_opened_at.isoformat().startswith("2026-06-03T11:00")
    assert Complaint.objects.count() == 1
