"""The bot's settings, read in one place (their defaults are in portal/settings/base.py).
Without TELEGRAM_BOT_TOKEN the bot is off: the webhook answers 404, nothing is sent and no
page offers Telegram."""

from django.conf import settings


def enabled():
    return bool(token())


def token():
    return settings.TELEGRAM_BOT_TOKEN


def webhook_secret():
    return settings.TELEGRAM_WEBHOOK_SECRET


def api_base():
    return settings.TELEGRAM_API_BASE.rstrip("/")


def bot_username():
    return settings.TELEGRAM_BOT_USERNAME.lstrip("@")


def messages_per_second():
    return float(settings.TELEGRAM_MESSAGES_PER_SECOND)
