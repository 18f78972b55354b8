import itertools
import json

import pytest
from django.test import Client, TestCase

from tests.complaints.conftest import verified_thailand_guide  # noqa: F401 (used by the flows)
from tests.telegram.standin import BOT_USERNAME, TOKEN, BotApiStandIn

SECRET = "test-webhook-secret"
update_ids = itertools.count(1000)


@pytest.fixture
def bot_api(settings):
    """The bot switched on, talking to a local stand-in of the Bot API."""
    stand_in = BotApiStandIn().start()
    settings.TELEGRAM_BOT_TOKEN = TOKEN
    settings.TELEGRAM_WEBHOOK_SECRET = SECRET
    settings.TELEGRAM_BOT_USERNAME = BOT_USERNAME
    settings.TELEGRAM_API_BASE = stand_in.base
    settings.TELEGRAM_MESSAGES_PER_SECOND = 1000
    yield stand_in
    stand_in.stop()


def message_update(chat_id, text, language_code="km", update_id=None, chat_type="private"):
    """A message update as Telegram sends it."""
    return {
        "update_id": update_id if update_id is not None else next(update_ids),
        "message": {
            "message_id": 1,
            "date": 1764500000,
            "chat": {"id": chat_id, "type": chat_type, "first_name": "Sokha"},
            "from": {
                "id": chat_id,
                "is_bot": False,
                "first_name": "Sokha",
                "language_code": language_code,
            },
            "text": text,
        },
    }


def button_update(chat_id, data, language_code="km"):
    """A tap on an inline button, as Telegram sends it."""
    return {
        "update_id": next(update_ids),
        "callback_query": {
            "id": f"query-{next(update_ids)}",
            "chat_instance": "1",
            "data": data,
            "from": {
                "id": chat_id,
                "is_bot": False,
                "first_name": "Sokha",
                "language_code": language_code,
            },
            "message": {
                "message_id": 2,
                "date": 1764500000,
                "chat": {"id": chat_id, "type": "private"},
                "text": "menu",
            },
        },
    }


def deliver(update, secret=SECRET, client=None):
    """POST an update to the webhook as Telegram does. The task it enqueues after the commit
    runs at once (the test settings' immediate task backend)."""
    with TestCase.captureOnCommitCallbacks(execute=True):
        return (client or Client()).post(
            "/telegram/webhook/",
            data=json.dumps(update),
            content_type="application/json",
            headers={"X-Telegram-Bot-Api-Secret-Token": secret},
        )
