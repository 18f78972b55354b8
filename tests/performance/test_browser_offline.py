"""Offline, as a worker abroad lives it: save a guide, lose the connection, still read it and
its "show this" card; write a complaint offline and see it sent when the connection returns."""

import pytest

from tests.conftest import BROWSER_TEST

# They read and write offline: the site's service worker runs (tests/conftest.py browser_page).
pytestmark = [*BROWSER_TEST, pytest.mark.service_worker]

CONTROLLED = "() => navigator.serviceWorker.controller !== null"


def open_controlled(phone, url):
    """Open a page and wait until the service worker controls it (first visit installs it)."""
    phone.goto(url)
    phone.wait_for_function(CONTROLLED, timeout=15000)


def test_saved_guide_and_its_show_this_card_are_readable_offline(phone, thailand_guide):
    open_controlled(phone, thailand_guide)
    phone.get_by_role("button", name="Save this guide for offline").click()
    status = phone.locator(".save-offline__status")
    status.filter(has_text="Saved for offline").wait_for(timeout=15000)
    assert "KB" in status.inner_text()

    phone.context.set_offline(True)
    phone.goto(thailand_guide)
    assert phone.locator("h1").inner_text()
    # The card and the sections open in place offline too (<details>, nothing to fetch).
    phone.locator(".guide-show-this > summary").click()
    assert phone.locator(".show-this").first.is_visible()
    section = phone.locator(".guide-menu > details").first
    section.locator("summary").click()
    assert section.locator("ul[data-checklist]").is_visible()

    # Issue 20: the guide's urgent check was saved with it; offline, a "yes" still shows
    # whom to call (the numbers are in the page; nothing needs the network).
    phone.get_by_role("link", name="Are you in danger now?").click()
    phone.wait_for_url("**/complaints/urgent/?destination=thailand")
    assert not phone.locator("[data-urgent-help]").is_visible()
    phone.locator("[data-danger-questions] fieldset").first.get_by_text("Yes", exact=True).click()
    assert phone.locator("[data-urgent-help] a[href^='tel:']").first.is_visible()

    # A page never opened: the friendly offline page, listing what is saved, with a delete.
    phone.goto(phone.base_url + "/en/rights/")
    assert phone.locator("h1").inner_text() == "You are offline"
    saved = phone.locator(".saved-list li")
    saved.first.wait_for(timeout=10000)
    assert saved.count() == 1
    assert "/en/destinations/thailand/" in saved.first.locator("a").get_attribute("href")
    saved.first.get_by_role("button", name="Delete").click()
    phone.get_by_text("Nothing saved yet").wait_for(timeout=10000)


def test_complaint_written_offline_is_sent_when_back_online(phone, home_km):
    from orientation.complaints.models import Complaint

    form_url = phone.base_url + "/en/complaints/?destination=thailand"
    open_controlled(phone, phone.base_url + "/en/offline/")
    phone.goto(form_url)  # now kept by the service worker for offline use

    phone.context.set_offline(True)
    phone.goto(form_url)
    phone.fill("#id_description", "Offline complaint: wages not paid for two months.")
    phone.get_by_label("Unpaid wages").check()
    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Send the complaint").click()
    phone.locator("[data-outbox-status]").filter(has_text="Waiting for connection").wait_for()
    assert Complaint.objects.count() == 0

    phone.context.set_offline(False)
    sent = phone.locator("[data-outbox-status]").filter(has_text="Your complaint was sent")
    sent.wait_for(timeout=20000)
    assert Complaint.objects.count() == 1
    reference = Complaint.objects.get().reference
    assert reference in sent.inner_text()
