"""The webhook (issue 21): Telegram's secret header, one handling per update_id, fast answers,
private chats only, and off without a token."""

import logging

import pytest

from orientation.telegram.models import ProcessedUpdate, TelegramChat
from tests.telegram.conftest import deliver, message_update

pytestmark = pytest.mark.django_db


def test_start_answers_with_the_menu_in_khmer(bot_api):
    response = deliver(message_update(111, "/start"))
    assert response.status_code == 200
    texts = bot_api.texts(111)
    assert len(texts) == 2
    assert "សូមស្វាគមន៍" in texts[0]
    labels = [button["text"] for button in bot_api.buttons(bot_api.sent(111)[1])]
    assert "ពិនិត្យភ្នាក់ងារជ្រើសរើស" in labels
    assert "ភាសា / Language" in labels


def test_an_english_phone_gets_english(bot_api):
    deliver(message_update(112, "/start", language_code="en"))
    assert bot_api.texts(112)[0].startswith("Welcome to Safe work abroad")


def test_a_wrong_secret_is_refused_and_nothing_is_done(bot_api):
    response = deliver(message_update(113, "/start"), secret="guess")
    assert response.status_code == 403
    assert bot_api.sent() == []
    assert not TelegramChat.objects.exists()


def test_an_update_delivered_twice_is_handled_once(bot_api):
    update = message_update(114, "/start", update_id=777)
    assert deliver(update).status_code == 200
    assert deliver(update).status_code == 200
    assert len(bot_api.texts(114)) == 2
    assert ProcessedUpdate.objects.filter(update_id=777).count() == 1


@pytest.mark.parametrize("body", ["not json", "{}", '{"update_id": "x"}'])
def test_a_malformed_update_is_a_400_not_a_500(bot_api, client, body):
    response = client.post(
        "/telegram/webhook/",
        data=body,
        content_type="application/json",
        headers={"X-Telegram-Bot-Api-Secret-Token": "test-webhook-secret"},
    )
    assert response.status_code == 400


def test_an_oversized_or_odd_length_is_a_400(bot_api, client):
    headers = {"X-Telegram-Bot-Api-Secret-Token": "test-webhook-secret"}
    big = '{"update_id": 1, "pad": "' + "x" * 300_000 + '"}'
    assert (
        client.post("/telegram/webhook/", big, "application/json", headers=headers).status_code
        == 400
    )
    odd = client.post(
        "/telegram/webhook/", "{}", "application/json", headers=headers, CONTENT_LENGTH="many"
    )
    assert odd.status_code == 400


def test_a_group_chat_gets_no_answer(bot_api):
    deliver(message_update(-1001, "/start", chat_type="group"))
    assert bot_api.sent() == []
    assert not TelegramChat.objects.exists()


def test_without_a_token_the_webhook_is_not_there(settings, client):
    settings.TELEGRAM_BOT_TOKEN = ""
    response = deliver(message_update(115, "/start"))
    assert response.status_code == 404


def test_a_chat_id_is_stored_encrypted_and_never_logged(bot_api, caplog):
    from django.db import connection

    caplog.set_level(logging.DEBUG)
    deliver(message_update(987654321, "/start"))
    with connection.cursor() as cursor:
        cursor.execute("SELECT key, chat_id FROM telegram_telegramchat")
        ((key, stored),) = cursor.fetchall()
    assert "987654321" not in stored and "987654321" not in key
    assert TelegramChat.objects.get().telegram_id == 987654321
    assert "987654321" not in caplog.text


def test_stop_erases_the_chat(bot_api):
    deliver(message_update(116, "/start"))
    assert TelegramChat.objects.count() == 1
    deliver(message_update(116, "/stop"))
    assert not TelegramChat.objects.exists()
    assert "លុប" in bot_api.texts(116)[-1]


def test_the_stop_button_erases_the_chat_too(bot_api):
    from tests.telegram.conftest import button_update

    deliver(message_update(117, "/start", "en"))
    deliver(button_update(117, "alerts", "en"))
    labels = [button["text"] for button in bot_api.buttons(bot_api.sent(117)[-1])]
    assert "Stop the bot and erase this chat" in labels
    deliver(button_update(117, "stop", "en"))
    assert not TelegramChat.objects.exists()
    assert bot_api.texts(117)[-1].startswith("Done: this chat is erased")


def test_set_webhook_registers_the_public_address_with_the_secret(bot_api, settings):
    from django.core.management import call_command

    settings.PUBLIC_BASE_URL = "https://portal.example.gov.kh"
    call_command("telegram_set_webhook", stdout=open("/dev/null", "w"))  # noqa: SIM115
    (params,) = [params for method, params, _at in bot_api.calls if method == "setWebhook"]
    assert params["url"] == "https://portal.example.gov.kh/telegram/webhook/"
    assert params["secret_token"] == "test-webhook-secret"


def test_retention_erases_silent_chats_and_old_update_ids(bot_api):
    from datetime import timedelta

    from django.core.management import call_command
    from django.utils import timezone

    deliver(message_update(118, "/start"))
    deliver(message_update(119, "/start"))
    TelegramChat.objects.filter(pk=TelegramChat.objects.first().pk).update(
        last_seen_at=timezone.now() - timedelta(days=400)
    )
    ProcessedUpdate.objects.update(received_at=timezone.now() - timedelta(days=8))
    call_command("telegram_retention", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert TelegramChat.objects.count() == 1
    assert not ProcessedUpdate.objects.exists()
