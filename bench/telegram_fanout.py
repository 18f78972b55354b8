"""How long an alert takes to reach 1,000 subscribed Telegram chats, through the bot's own
sender against a local stand-in of the Bot API (tests/telegram/standin.py), at the rate the
settings allow (TELEGRAM_MESSAGES_PER_SECOND, 25 by default: Telegram allows about 30 a second
over all chats).

    .venv/bin/python bench/telegram_fanout.py [--chats 1000] [--rate 25]

Prints the time, the messages in the busiest second and per chat. Figures only.
"""

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.conf import settings

from bench.harness import throwaway_database


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--chats", type=int, default=1000)
    parser.add_argument("--rate", type=float, default=settings.TELEGRAM_MESSAGES_PER_SECOND)
    arguments = parser.parse_args()

    from orientation.destinations.models import Destination
    from orientation.telegram.alert_fanout import fan_out
    from orientation.telegram.models import TelegramChat, chat_key
    from tests.alerts.factories import AlertFactory
    from tests.telegram.standin import BOT_USERNAME, TOKEN, BotApiStandIn

    stand_in = BotApiStandIn().start()
    settings.TELEGRAM_BOT_TOKEN = TOKEN
    settings.TELEGRAM_BOT_USERNAME = BOT_USERNAME
    settings.TELEGRAM_API_BASE = stand_in.base
    try:
        with throwaway_database():
            thailand = Destination.objects.get(slug="thailand")
            chats = TelegramChat.objects.bulk_create(
                TelegramChat(key=chat_key(number), chat_id=str(number))
                for number in range(1, arguments.chats + 1)
            )
            for chat in chats:
                chat.destinations.add(thailand)
            alert = AlertFactory(destinations=["thailand"])
            started = time.perf_counter()
            sent = fan_out(alert, rate=arguments.rate)
            elapsed = time.perf_counter() - started
            times = sorted(stand_in.send_times())
            busiest = max(Counter(int(at - times[0]) for at in times).values())
            per_chat = max(Counter(p["chat_id"] for p in stand_in.sent()).values())
            print(
                f"{sent} of {arguments.chats} chats in {elapsed:.1f} s at a limit of "
                f"{arguments.rate:g}/s; busiest second: {busiest} messages; "
                f"most to one chat: {per_chat}"
            )
    finally:
        stand_in.stop()


if __name__ == "__main__":
    main()
