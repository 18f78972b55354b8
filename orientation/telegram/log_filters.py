"""The bot's token is in every Bot API address (https://api.telegram.org/bot<token>/...): a
library that logs an address or an error would write it to the logs. This filter, on the
console handler, writes "<telegram token>" instead, whatever logged it."""

import logging

from django.conf import settings

PLACEHOLDER = "<telegram token>"


class RedactTelegramToken(logging.Filter):
    def filter(self, record):
        token = getattr(settings, "TELEGRAM_BOT_TOKEN", "")
        if not token:
            return True
        message = record.getMessage()
        if token in message:
            record.msg, record.args = message.replace(token, PLACEHOLDER), ()
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text and token in record.exc_text:
            record.exc_text = record.exc_text.replace(token, PLACEHOLDER)
        return True
