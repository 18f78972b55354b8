"""The Telegram bot: one channel onto the services the web uses (docs/telegram.md)."""

import os

# python-telegram-bot's next major release gives durations as timedelta; opting in now keeps
# its deprecation warning out of the logs (orientation.telegram.sender reads either).
os.environ.setdefault("PTB_TIMEDELTA", "1")
