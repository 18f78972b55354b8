"""'Get updates on Telegram' (issue 21): the receipt and tracking pages offer a one-time deep
link (never the reference or the code), the bot links the chat, and each officer reply or
status change sends a notice with no word of the complaint, the reply or any personal field."""

import logging
import re
from datetime import timedelta

import pytest
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from orientation.complaints.models import Status
from orientation.complaints.services import case_reply, case_set_status
from orientation.telegram.models import ComplaintLink, ComplaintUpdates
from tests.complaints.factories import KNOWN_CODE, ComplaintFactory, OfficerFactory
from tests.complaints.helpers import valid_post
from tests.telegram.conftest import button_update, deliver, message_update
from tests.telegram.standin import BOT_USERNAME

pytestmark = pytest.mark.django_db
CHAT = 7770001
DEEP_LINK = re.compile(rf"https://t\.me/{BOT_USERNAME}\?start=(c_[A-Za-z0-9_-]+)")


def tracking_page(client, complaint):
    return client.post(
        "/en/complaints/track/", {"reference": complaint.reference, "code": KNOWN_CODE}
    ).content.decode()


def token_from(html):
    match = DEEP_LINK.search(html)
    assert match, "no deep link on the page"
    return match.group(1)


def test_the_tracking_page_offers_a_one_time_link_without_reference_or_code(bot_api, client):
    complaint = ComplaintFactory()
    html = tracking_page(client, complaint)
    token = token_from(html)
    assert complaint.reference not in token and KNOWN_CODE.replace("-", "") not in token
    assert ComplaintLink.objects.filter(complaint=complaint).count() == 1
    assert token not in str(list(ComplaintLink.objects.values_list("token_hash", flat=True)))


def test_without_the_bot_no_page_offers_telegram(settings, client):
    settings.TELEGRAM_BOT_TOKEN = ""
    html = tracking_page(client, ComplaintFactory())
    assert "t.me/" not in html and "data-telegram-updates" not in html


def test_the_receipt_offers_the_link_too(bot_api, client):
    response = client.post("/en/complaints/", valid_post())
    assert response.status_code == 200
    assert DEEP_LINK.search(response.content.decode())


def test_the_link_links_the_chat_once_and_a_reply_sends_a_notice_with_no_content(
    bot_api, client, caplog
):
    caplog.set_level(logging.INFO)
    complaint = ComplaintFactory(description="My employer Mr Somchai beat me.")
    token = token_from(tracking_page(client, complaint))
    deliver(message_update(CHAT, f"/start {token}", "en"))
    assert "you will get a message here" in bot_api.texts(CHAT)[-1]
    assert ComplaintUpdates.objects.filter(complaint=complaint).count() == 1

    # The same link again (a forwarded message, a second phone): refused.
    deliver(message_update(CHAT + 1, f"/start {token}", "en"))
    assert "expired or was already used" in bot_api.texts(CHAT + 1)[-1]

    officer = OfficerFactory(destinations=["thailand"])
    with TestCase.captureOnCommitCallbacks(execute=True):
        case_reply(complaint=complaint, user=officer, body="We called Mr Somchai's company.")
    notice = bot_api.sent(CHAT)[-1]
    assert notice["text"].startswith("Your complaint has an update")
    for secret in ("Somchai", complaint.reference, "beat", "company"):
        assert secret not in notice["text"]
    assert bot_api.buttons(notice)[0]["url"].endswith("/en/complaints/track/")

    # The reply also set the status: one notice for both.
    notices = [t for t in bot_api.texts(CHAT) if t.startswith("Your complaint has an update")]
    assert len(notices) == 1
    ComplaintUpdates.objects.update(notified_at=timezone.now() - timedelta(minutes=5))
    with TestCase.captureOnCommitCallbacks(execute=True):
        case_set_status(complaint=complaint, user=officer, status=Status.CLOSED)
    notices = [t for t in bot_api.texts(CHAT) if t.startswith("Your complaint has an update")]
    assert len(notices) == 2
    assert str(CHAT) not in caplog.text and "Somchai" not in caplog.text


def test_an_internal_note_sends_nothing(bot_api, client):
    from orientation.complaints.services import case_add_note

    complaint = ComplaintFactory()
    deliver(message_update(CHAT, f"/start {token_from(tracking_page(client, complaint))}", "en"))
    before = len(bot_api.sent(CHAT))
    with TestCase.captureOnCommitCallbacks(execute=True):
        case_add_note(complaint=complaint, user=OfficerFactory(), body="internal")
    assert len(bot_api.sent(CHAT)) == before


def test_an_old_link_is_refused(bot_api, client):
    complaint = ComplaintFactory()
    token = token_from(tracking_page(client, complaint))
    ComplaintLink.objects.update(created_at=timezone.now() - timedelta(days=2))
    deliver(message_update(CHAT, f"/start {token}", "en"))
    assert not ComplaintUpdates.objects.exists()


def test_the_worker_sees_the_link_and_stops_the_updates(bot_api, client):
    complaint = ComplaintFactory()
    deliver(message_update(CHAT, f"/start {token_from(tracking_page(client, complaint))}", "en"))
    deliver(button_update(CHAT, "mine", "en"))
    stop = [b for b in bot_api.buttons(bot_api.sent(CHAT)[-1]) if "Stop updates" in b["text"]]
    assert len(stop) == 1
    deliver(button_update(CHAT, stop[0]["callback_data"], "en"))
    assert not ComplaintUpdates.objects.exists()
    assert "no more updates" in bot_api.texts(CHAT)[-1]


def test_officers_see_that_updates_are_on_never_the_chat(bot_api, client):
    from tests.factories import verify_second_factor

    complaint = ComplaintFactory()
    deliver(message_update(CHAT, f"/start {token_from(tracking_page(client, complaint))}", "en"))
    officer = OfficerFactory(destinations=["thailand"])
    client.force_login(officer)
    verify_second_factor(client, officer)
    html = client.get(reverse("complaints_admin:case", args=[complaint.pk])).content.decode()
    assert "data-telegram-updates-on" in html
    assert str(CHAT) not in html


def test_a_person_who_blocked_the_bot_is_erased_on_the_next_notice(bot_api, client):
    from orientation.telegram.models import TelegramChat

    complaint = ComplaintFactory()
    deliver(message_update(CHAT, f"/start {token_from(tracking_page(client, complaint))}", "en"))
    bot_api.blocked.add(str(CHAT))
    with TestCase.captureOnCommitCallbacks(execute=True):
        case_reply(complaint=complaint, user=OfficerFactory(), body="Answer")
    assert not TelegramChat.objects.exists()
