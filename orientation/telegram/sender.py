"""Messages out, through python-telegram-bot's Bot (the Bot API client), at most
``messages_per_second`` over all chats, with retries. Nothing here logs a chat id or a text.

The project runs synchronously (gunicorn, db_worker), so a batch of messages is sent in one
asyncio loop: starts are spaced by the rate limit, a few requests are in flight at once, and
Telegram's "retry after" is obeyed.
"""

import asyncio
import contextlib
import logging
import time
from dataclasses import dataclass, field

from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.request import HTTPXRequest

from orientation.telegram import conf

logger = logging.getLogger(__name__)

IN_FLIGHT = 8
# Telegram's limit for one message's text.
MAX_TEXT = 4096
ATTEMPTS = 4


@dataclass(frozen=True)
class Button:
    label: str
    data: str = ""  # callback data (at most 64 bytes)
    url: str = ""


@dataclass
class Outgoing:
    chat_id: int
    text: str
    buttons: list = field(default_factory=list)  # rows of Button

    def markup(self):
        if not self.buttons:
            return None
        return InlineKeyboardMarkup(
            [
                [
                    # str(): a label may be a lazy translation (a model's choices).
                    InlineKeyboardButton(str(button.label), url=button.url)
                    if button.url
                    else InlineKeyboardButton(str(button.label), callback_data=button.data)
                    for button in row
                ]
                for row in self.buttons
            ]
        )


SENT, BLOCKED, FAILED = "sent", "blocked", "failed"


def new_bot():
    base = conf.api_base()
    return Bot(
        conf.token(),
        base_url=f"{base}/bot",
        base_file_url=f"{base}/file/bot",
        request=HTTPXRequest(connection_pool_size=IN_FLIGHT + 2),
    )


def send(messages, rate=None):
    """Send each message; returns one outcome per message: SENT, BLOCKED (the person blocked
    the bot or deleted the chat: the caller erases it) or FAILED."""
    messages = list(messages)
    if not messages or not conf.enabled():
        return [FAILED] * len(messages)
    return asyncio.run(_send_all(messages, rate or conf.messages_per_second()))


def answer_callback(callback_query_id):
    """Stop the spinner on the button the person pressed."""
    if conf.enabled():
        asyncio.run(_answer(callback_query_id))


async def _answer(callback_query_id):
    async with new_bot() as bot:
        # An expired query: nothing for the person to see.
        with contextlib.suppress(BadRequest, NetworkError):
            await bot.answer_callback_query(callback_query_id)


async def _send_all(messages, rate):
    outcomes = [FAILED] * len(messages)
    interval = 1.0 / rate
    in_flight = asyncio.Semaphore(IN_FLIGHT)
    # Messages to one chat arrive in the order given: each waits for the one before.
    chat_locks = {message.chat_id: asyncio.Lock() for message in messages}
    async with new_bot() as bot:
        next_start = time.monotonic()
        tasks = []
        for index, message in enumerate(messages):
            delay = next_start - time.monotonic()
            if delay > 0:
                await asyncio.sleep(delay)
            next_start = max(next_start, time.monotonic()) + interval
            await in_flight.acquire()
            tasks.append(
                asyncio.create_task(
                    _send_one(bot, message, outcomes, index, in_flight, chat_locks[message.chat_id])
                )
            )
        await asyncio.gather(*tasks)
    failed = outcomes.count(FAILED)
    if failed:
        logger.warning("telegram: %s of %s messages could not be sent", failed, len(messages))
    return outcomes


async def _send_one(bot, message, outcomes, index, in_flight, chat_lock):
    try:
        async with chat_lock:
            await _deliver(bot, message, outcomes, index)
    finally:
        in_flight.release()


async def _deliver(bot, message, outcomes, index):
    for attempt in range(ATTEMPTS):
        try:
            await bot.send_message(
                chat_id=message.chat_id,
                text=str(message.text)[:MAX_TEXT],
                reply_markup=message.markup(),
            )
            outcomes[index] = SENT
            return
        except RetryAfter as error:
            await asyncio.sleep(retry_seconds(error))
        except Forbidden:
            outcomes[index] = BLOCKED
            return
        except BadRequest:
            return
        except NetworkError:
            await asyncio.sleep(2**attempt * 0.5)


def retry_seconds(error):
    """How long Telegram asked to wait (a timedelta: PTB_TIMEDELTA is on, see __init__)."""
    wait = error.retry_after
    return wait.total_seconds() if hasattr(wait, "total_seconds") else wait
