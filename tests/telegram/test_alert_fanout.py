"""Alerts reach the chats subscribed to their destinations (issue 21): through the task queue
when an editor publishes, within the rate limit, once per chat whatever the number of runs,
and a person who blocked the bot is erased."""

from collections import Counter

import pytest
from django.test import TestCase

from orientation.destinations.models import Destination
from orientation.telegram.alert_fanout import fan_out
from orientation.telegram.models import AlertDelivery, TelegramChat, chat_key
from tests.alerts.factories import AlertFactory

pytestmark = pytest.mark.django_db


def subscribe(chat_ids, slugs=("thailand",), language="km"):
    chats = TelegramChat.objects.bulk_create(
        TelegramChat(key=chat_key(chat_id), chat_id=str(chat_id), language=language)
        for chat_id in chat_ids
    )
    through = TelegramChat.destinations.through
    destinations = list(Destination.objects.filter(slug__in=slugs))
    through.objects.bulk_create(
        through(telegramchat_id=chat.pk, destination_id=destination.pk)
        for chat in chats
        for destination in destinations
    )
    return chats


def test_publishing_an_alert_sends_it_to_the_chats_of_its_destination_only(bot_api):
    subscribe([1, 2], ("thailand",))
    subscribe([3], ("malaysia",))
    subscribe([4], ("malaysia",), language="en")
    alert = AlertFactory(destinations=["malaysia"], title="ទឹកជំនន់", message="សូមប្រយ័ត្ន")
    alert.live = False
    alert.save()
    with TestCase.captureOnCommitCallbacks(execute=True):
        alert.save_revision().publish()
    assert sorted(params["chat_id"] for params in bot_api.sent()) == ["3", "4"]
    text = bot_api.texts(3)[0]
    assert "ទឹកជំនន់" in text and "សូមប្រយ័ត្ន" in text and "#alert-" in text
    # The English chat gets the Khmer alert while it is not translated (never nothing).
    assert "ទឹកជំនន់" in bot_api.texts(4)[0]


def test_an_alert_for_every_destination_reaches_every_subscribed_chat(bot_api):
    subscribe([1], ("thailand",))
    subscribe([2], ("japan",))
    TelegramChat.objects.create(key=chat_key(9), chat_id="9")  # no subscription
    fan_out(AlertFactory())
    assert sorted(params["chat_id"] for params in bot_api.sent()) == ["1", "2"]


def test_a_second_run_sends_no_second_copy(bot_api):
    subscribe(range(1, 21))
    alert = AlertFactory(destinations=["thailand"])
    assert fan_out(alert) == 20
    assert fan_out(alert) == 0
    assert len(bot_api.sent()) == 20
    assert AlertDelivery.objects.filter(sent_at__isnull=False).count() == 20


def test_a_thousand_chats_within_the_rate_limits(bot_api, settings):
    subscribe(range(1, 1001))
    alert = AlertFactory(destinations=["thailand"])
    rate = 250  # per second: the test's own limit, so that it runs in seconds
    assert fan_out(alert, rate=rate) == 1000
    times = sorted(bot_api.send_times())
    per_second = Counter(int((at - times[0]) // 1) for at in times)
    assert max(per_second.values()) <= rate + 1
    per_chat = Counter(params["chat_id"] for params in bot_api.sent())
    assert set(per_chat.values()) == {1}


def test_telegrams_retry_after_is_obeyed_and_the_message_still_arrives(bot_api):
    subscribe([1, 2])
    bot_api.retry_once.add("2")
    assert fan_out(AlertFactory(destinations=["thailand"])) == 2
    assert sorted(params["chat_id"] for params in bot_api.sent()) == ["1", "2"]


def test_a_chat_that_blocked_the_bot_is_erased(bot_api):
    subscribe([1, 2])
    bot_api.blocked.add("2")
    assert fan_out(AlertFactory(destinations=["thailand"])) == 1
    assert list(TelegramChat.objects.values_list("key", flat=True)) == [chat_key(1)]


def test_an_expired_alert_is_not_sent(bot_api):
    from datetime import timedelta

    from django.utils import timezone

    subscribe([1])
    alert = AlertFactory(expires_at=timezone.now() - timedelta(minutes=1))
    assert fan_out(alert) == 0
    assert bot_api.sent() == []
