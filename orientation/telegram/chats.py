"""The chats the bot knows, and the conversation each is in."""

import json

from django.db import transaction
from django.utils import timezone

from orientation.telegram.models import TelegramChat, chat_key


def chat_for(chat_id, language_code=None):
    """The chat, created on its first message in the person's Telegram language (English
    if their app is in English, Khmer otherwise)."""
    chat, created = TelegramChat.objects.get_or_create(
        key=chat_key(chat_id),
        defaults={
            "chat_id": str(int(chat_id)),
            "language": "en" if (language_code or "").startswith("en") else "km",
        },
    )
    if not created:
        TelegramChat.objects.filter(pk=chat.pk).update(last_seen_at=timezone.now())
    return chat


def find_chat(chat_id):
    return TelegramChat.objects.filter(key=chat_key(chat_id)).first()


def conversation(chat):
    """{"flow": ..., "step": ..., "answers": {...}} or {} when none is in progress."""
    return json.loads(chat.state) if chat.state else {}


def set_conversation(chat, flow="", step="", **answers):
    chat.state = json.dumps({"flow": flow, "step": step, "answers": answers}) if flow else ""
    chat.save(update_fields=["state"])


def end_conversation(chat):
    set_conversation(chat)


def erase_chat(chat):
    """/stop, a blocked bot, or retention: the chat id and everything tied to it go."""
    with transaction.atomic():
        chat.delete()
