"""The complaint outbox (static/js/offline.js) has no texts of its own: every page carries
them, translated, in data attributes (the CSP allows no inline script to hold them)."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db

OUTBOX_TEXTS = {
    "data-show-code-text": "បង្ហាញលេខកូដ",
    "data-clear-text": "ខ្ញុំបានកត់ទុកហើយ — លុបវាចេញ",
    "data-refused-text": "បណ្តឹងរបស់អ្នកមិនទាន់បានផ្ញើទេ៖",
    "data-open-text": "បើកវាដើម្បីបញ្ចប់",
    "data-delete-text": "លុបវាចេញពីទូរស័ព្ទនេះ",
    "data-draft-text": "វាមិនទាន់បានបញ្ចប់ទេ។",
}


def test_every_page_carries_the_outbox_texts_in_khmer(client, home_km):
    page = BeautifulSoup(client.get("/km/").content, "html.parser")
    texts = page.select_one("template[data-outbox-texts]")
    for attribute, khmer in OUTBOX_TEXTS.items():
        assert texts[attribute] == khmer, attribute
    # Strings that live in the complaints catalogue are found from the site-wide template too.
    assert texts["data-waiting-text"].startswith("កំពុងរង់ចាំអ៊ីនធឺណិត")
    assert texts["data-no-code-text"] != "" and "secret code" not in texts["data-no-code-text"]


def test_the_complaint_form_says_in_khmer_that_a_reopened_complaint_was_not_sent(client):
    page = BeautifulSoup(client.get("/km/complaints/").content, "html.parser")
    form = page.select_one("form[data-offline-queue]")
    assert "មិនទាន់បានផ្ញើទេ" in form["data-reopened-text"]
    # No inline script but the Khmer font's probe, which the policy allows by its hash.
    assert page.select_one("script:not([src]):not([data-font])") is None
