"""The bot's settings, read in one place. Without TELEGRAM_BOT_TOKEN the bot is off: the
webhook answers 404, nothing is sent and no page offers Telegram."""

from django.conf import settings

DEFAULT_API_BASE = "https://api.telegram.org"
# Telegram's limits: about 30 messages a second over all chats, one a second per chat.
DEFAULT_MESSAGES_PER_SECOND = 25


def enabled():
    return bool(token())


def token():
    return getattr(settings, "TELEGRAM_BOT_TOKEN", "") or ""


def webhook_secret():
    return getattr(settings, "TELEGRAM_WEBHOOK_SECRET", "") or ""


def api_base():
    return (getattr(settings, "TELEGRAM_API_BASE", "") or DEFAULT_API_BASE).rstrip("/")


def bot_username():
    return (getattr(settings, "TELEGRAM_BOT_USERNAME", "") or "").lstrip("@")


def messages_per_second():
    return float(getattr(settings, "TELEGRAM_MESSAGES_PER_SECOND", DEFAULT_MESSAGES_PER_SECOND))
