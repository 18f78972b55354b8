"""'Get updates on Telegram' for a complaint: a one-time token in a deep link (never the
reference or the code) links a chat to the complaint; each reply or status change then sends
"your complaint has an update" with a link to the tracking page, never what it says."""

import hashlib
import secrets
from datetime import timedelta
from urllib.parse import quote

from django.db import IntegrityError, transaction
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from orientation.core.links import public_url
from orientation.telegram import conf
from orientation.telegram.models import ComplaintLink, ComplaintUpdates
from orientation.telegram.sender import Button, Outgoing

TOKEN_PREFIX = "c_"  # noqa: S105 (a marker of the start argument, not a secret)
TOKEN_HOURS = 24
# What an officer does at once (a reply, and the status it sets) makes one notice.
QUIET_SECONDS = 60


def token_hash(token):
    return hashlib.sha256(token.encode()).hexdigest()


def deep_link(complaint):
    """A new one-time link to the bot that links the chat that opens it to ``complaint``, or
    "" when the bot is off."""
    if not (conf.enabled() and conf.bot_username()):
        return ""
    token = TOKEN_PREFIX + secrets.token_urlsafe(24)
    ComplaintLink.objects.create(token_hash=token_hash(token), complaint=complaint)
    return f"https://t.me/{conf.bot_username()}?start={quote(token)}"


def link_chat(chat, token):
    """/start c_...: the complaint of an unused, recent token, now linked to the chat (the
    token is spent); None for a wrong, used or old token."""
    fresh = timezone.now() - timedelta(hours=TOKEN_HOURS)
    with transaction.atomic():
        link = (
            ComplaintLink.objects.select_for_update()
            .filter(token_hash=token_hash(token), used_at__isnull=True, created_at__gte=fresh)
            .select_related("complaint")
            .first()
        )
        if link is None:
            return None
        link.used_at = timezone.now()
        link.save(update_fields=["used_at"])
        try:
            with transaction.atomic():
                ComplaintUpdates.objects.create(complaint=link.complaint, chat=chat)
        except IntegrityError:
            pass  # already linked: the same answer
    return link.complaint


def link_complaint_to_chat(complaint, chat):
    ComplaintUpdates.objects.get_or_create(complaint=complaint, chat=chat)


def linked(chat):
    return list(chat.complaints.select_related("complaint").order_by("created_at"))


def unlink(chat, link_id):
    return ComplaintUpdates.objects.filter(chat=chat, pk=link_id).delete()[0] > 0


def track_url(language):
    with translation.override(language):
        return public_url(reverse("complaints:track"))


def update_notices(complaint):
    """One message per chat linked to the complaint: that there is an update, and where to
    read it (with the reference and code the worker keeps). Nothing of the update itself."""
    now = timezone.now()
    due = complaint.telegram_updates.filter(
        Q(notified_at__isnull=True) | Q(notified_at__lt=now - timedelta(seconds=QUIET_SECONDS))
    ).select_related("chat")
    links = list(due)
    ComplaintUpdates.objects.filter(pk__in=[link.pk for link in links]).update(notified_at=now)
    notices = []
    for link in links:
        chat = link.chat
        with translation.override(chat.language):
            notices.append(
                Outgoing(
                    chat.telegram_id,
                    _(
                        "Your complaint has an update: open the tracking page and enter your "
                        "reference and secret code to read it."
                    ),
                    [[Button(_("Open the tracking page"), url=track_url(chat.language))]],
                )
            )
    return notices
