"""The bot's background work (manage.py db_worker). An update reaches the task queue sealed
with the data key (the queue's table would otherwise hold chat ids and what people typed)."""

import json
import logging

from django_tasks import task

from orientation.complaints.crypto import decrypt_text
from orientation.telegram.chats import erase_chat, find_chat
from orientation.telegram.sender import BLOCKED, answer_callback, send

logger = logging.getLogger(__name__)

# Above the search index's tasks (0), like the officers' notices: a person is waiting.
BOT_PRIORITY = 40


@task(priority=BOT_PRIORITY)
def handle_update(sealed_update):
    from orientation.telegram.conversation import handle

    replies, callback_id = handle(json.loads(decrypt_text(sealed_update)))
    if callback_id:
        answer_callback(callback_id)
    erase_blocked(replies, send(replies))


@task(priority=BOT_PRIORITY)
def send_alert(alert_pk):
    from orientation.alerts.models import Alert
    from orientation.telegram.alert_fanout import fan_out

    alert = Alert.objects.filter(pk=alert_pk).first()
    if alert is not None:
        fan_out(alert)


@task(priority=BOT_PRIORITY)
def send_complaint_update(complaint_pk):
    from orientation.complaints.models import Complaint
    from orientation.telegram.complaint_updates import update_notices

    complaint = Complaint.objects.filter(pk=complaint_pk).first()
    if complaint is not None:
        notices = update_notices(complaint)
        erase_blocked(notices, send(notices))


def erase_blocked(messages, outcomes):
    for message, outcome in zip(messages, outcomes, strict=True):
        if outcome == BLOCKED:
            chat = find_chat(message.chat_id)
            if chat is not None:
                erase_chat(chat)
