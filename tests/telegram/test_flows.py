"""What a worker can do in the bot (issue 21), driven through the webhook with Telegram's
JSON, answered through the stand-in Bot API: agency check, alerts, emergency numbers, filing a
complaint, language. Each answer is checked in the words the worker reads."""

import pytest
from django.utils import translation

from orientation.complaints.models import Complaint
from orientation.scams.models import AgencyStatus
from orientation.telegram.models import TelegramChat
from tests.scams.factories import AgencyFactory
from tests.telegram.conftest import button_update, deliver, message_update

pytestmark = pytest.mark.django_db
CHAT = 5550001


def tap(chat_id, data, language_code="km"):
    deliver(button_update(chat_id, data, language_code))


def say(chat_id, text, language_code="km"):
    deliver(message_update(chat_id, text, language_code))


def last_text(bot_api, chat_id=CHAT):
    return bot_api.texts(chat_id)[-1]


def labels(bot_api, chat_id=CHAT):
    return [button["text"] for button in bot_api.buttons(bot_api.sent(chat_id)[-1])]


def test_a_licence_number_typed_any_way_gets_the_webs_status_in_khmer(bot_api):
    AgencyFactory(licence_number="DEMO-0457", name_latin="Golden Star Manpower", name_km="")
    tap(CHAT, "agency")
    assert "លេខអាជ្ញាប័ណ្ណ" in last_text(bot_api)
    say(CHAT, "demo 0457")
    answer = last_text(bot_api)
    assert "Golden Star Manpower" in answer and "DEMO-0457" in answer
    with translation.override("km"):
        from django.utils.translation import gettext

        assert gettext("Licensed now") in answer
    assert answer.splitlines()[-1] == "http://testserver/km/agencies/DEMO-0457/"


def test_a_suspended_agency_is_said_so(bot_api):
    AgencyFactory(
        licence_number="DEMO-0999", name_latin="Bad Agency", status=AgencyStatus.SUSPENDED
    )
    say(CHAT, "DEMO-0999", language_code="en")
    answer = last_text(bot_api)
    assert "Licence suspended" in answer
    assert "Do not pay it any money" in answer


def test_a_close_name_gets_the_webs_caution_never_not_in_the_register(bot_api):
    AgencyFactory(licence_number="DEMO-0457", name_latin="Golden Star Manpower")
    tap(CHAT, "agency", "en")
    say(CHAT, "goldn star manpower", "en")
    answer = last_text(bot_api)
    assert "exactly" in answer and "Golden Star Manpower" in answer
    assert "Not in the register" not in answer


def test_an_unknown_agency_gets_the_webs_warning_and_no_stronger_claim(bot_api):
    AgencyFactory(licence_number="DEMO-0457", name_latin="Golden Star Manpower")
    tap(CHAT, "agency", "en")
    say(CHAT, "Quick Jobs Overseas", "en")
    answer = last_text(bot_api)
    assert "Nothing in the register matches “Quick Jobs Overseas”." in answer
    assert "Do not pay it and do not give it your passport." in answer
    assert "fake" not in answer.lower() and "illegal" not in answer.lower()
    # The web's "report" button keeps its address in the chat.
    assert "Report an agency or a recruiter: http://testserver/en/complaints/" in answer


def test_alert_subscriptions_toggle_by_country(bot_api):
    tap(CHAT, "alerts", "en")
    assert "no alerts yet" in last_text(bot_api)
    tap(CHAT, "alert:thailand", "en")
    assert "Thailand" in last_text(bot_api)
    assert "✓ Thailand" in labels(bot_api)
    tap(CHAT, "alert:malaysia", "en")
    chat = TelegramChat.objects.get()
    assert set(chat.destinations.values_list("slug", flat=True)) == {"thailand", "malaysia"}
    tap(CHAT, "alert:thailand", "en")
    assert set(chat.destinations.values_list("slug", flat=True)) == {"malaysia"}


def test_emergency_numbers_are_the_verified_ones_only(bot_api, verified_thailand_guide):
    tap(CHAT, "emergency", "en")
    assert "Thailand" in labels(bot_api)
    tap(CHAT, "emergency:thailand", "en")
    answer = last_text(bot_api)
    assert "191" in answer
    assert "1111" not in answer  # not verified


def test_emergency_numbers_not_verified_yet_say_so(bot_api):
    tap(CHAT, "emergency:japan", "en")
    assert "to be confirmed by editors" in last_text(bot_api)


def test_the_language_button_switches_to_english_and_back(bot_api):
    say(CHAT, "/start")
    tap(CHAT, "language")
    tap(CHAT, "lang:en")
    assert last_text(bot_api) == "What do you need? Choose below."
    tap(CHAT, "lang:km")
    assert "ជ្រើសរើស" in last_text(bot_api)
    assert TelegramChat.objects.get().language == "km"


def file_a_complaint(bot_api, danger="no", language="en", contact="none"):
    tap(CHAT, "file", language)
    tap(CHAT, "file:thailand", language)
    tap(CHAT, "cat:unpaid-wages", language)
    say(CHAT, "My employer has not paid me for two months and keeps my passport.", language)
    tap(CHAT, f"danger:{danger}", language)
    if contact == "phone":
        tap(CHAT, "contact:phone", language)
        say(CHAT, "+66 81 234 5678", language)
    else:
        tap(CHAT, "contact:none", language)
    tap(CHAT, "consent:yes", language)


def test_filing_a_complaint_stores_it_on_the_48_hour_clock_and_gives_reference_and_code(
    bot_api,
):
    file_a_complaint(bot_api)
    complaint = Complaint.objects.get()
    assert complaint.destination.slug == "thailand"
    assert complaint.categories == ",unpaid-wages,"
    assert "two months" in complaint.description
    assert not complaint.in_danger
    hours = (complaint.due_at - complaint.created_at).total_seconds() / 3600
    assert round(hours) == 48
    receipt = last_text(bot_api)
    assert complaint.reference in receipt
    assert "Secret code:" in receipt and "keep them safe" in receipt
    # The chat gets the updates of its own complaint.
    assert complaint.telegram_updates.count() == 1


def test_in_danger_shows_the_numbers_at_once_and_the_case_is_urgent(
    bot_api, verified_thailand_guide
):
    tap(CHAT, "file", "en")
    tap(CHAT, "file:thailand", "en")
    tap(CHAT, "cat:violence", "en")
    say(CHAT, "They lock us in at night and took our phones.", "en")
    tap(CHAT, "danger:yes", "en")
    texts = bot_api.texts(CHAT)
    assert "191" in texts[-2]  # the numbers come before the next question
    tap(CHAT, "contact:phone", "en")
    say(CHAT, "+66 81 234 5678", "en")
    tap(CHAT, "consent:yes", "en")
    complaint = Complaint.objects.get()
    assert complaint.in_danger
    assert complaint.contact_method == "phone" and complaint.contact_detail == "+66 81 234 5678"
    assert (complaint.due_at - complaint.created_at).total_seconds() <= 2 * 3600


def test_a_description_the_form_refuses_gets_the_forms_message_and_the_question_again(
    bot_api,
):
    tap(CHAT, "file", "en")
    tap(CHAT, "file:thailand", "en")
    tap(CHAT, "cat:other", "en")
    say(CHAT, "x" * 6000, "en")
    assert "characters" in last_text(bot_api)
    say(CHAT, "My agency took a fee that is not in my contract.", "en")
    assert last_text(bot_api) == "Are you in danger now?"


def test_a_button_out_of_turn_is_answered_not_stored(bot_api):
    tap(CHAT, "consent:yes", "en")
    assert not Complaint.objects.exists()
    assert "choose one of the buttons" in last_text(bot_api)


def test_the_complaint_conversation_is_in_khmer_for_a_khmer_chat(bot_api):
    file_a_complaint(bot_api, language="km")
    receipt = last_text(bot_api)
    assert "លេខយោង" in receipt and "លេខកូដសម្ងាត់" in receipt
    assert Complaint.objects.get().language == "km"
