"""What the bot keeps. A chat id is personal data: it is stored encrypted (like complaint
fields) with a keyed hash to find it again, erased when the worker unsubscribes or the chat
falls silent for the retention period, and never logged or shown to officers."""

import hashlib
import hmac

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from orientation.complaints.crypto import EncryptedTextField


def chat_key(chat_id):
    """The keyed hash a chat is found by: the same chat always gives the same key, and the
    key alone does not give the chat id back."""
    secret = hashlib.sha256(f"telegram-chat:{settings.SECRET_KEY}".encode()).digest()
    return hmac.new(secret, str(int(chat_id)).encode(), hashlib.sha256).hexdigest()


class TelegramChat(models.Model):
    class Language(models.TextChoices):
        KHMER = "km", "ខ្មែរ"
        ENGLISH = "en", "English"

    key = models.CharField(max_length=64, unique=True)
    chat_id = EncryptedTextField()
    language = models.CharField(max_length=5, choices=Language.choices, default=Language.KHMER)
    # The conversation in progress (what the bot asked, the answers so far), JSON, encrypted:
    # a complaint's description passes through it.
    state = EncryptedTextField(blank=True)
    destinations = models.ManyToManyField(
        "destinations.Destination", blank=True, related_name="telegram_chats"
    )
    created_at = models.DateTimeField(default=timezone.now)
    last_seen_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("Telegram chat")

    def __str__(self):
        return f"Telegram chat {self.pk}"  # never the chat id

    @property
    def telegram_id(self):
        return int(self.chat_id)


class ProcessedUpdate(models.Model):
    """Telegram delivers an update again when it got no answer in time: each update_id is
    handled once. Kept a week (``telegram_retention``)."""

    update_id = models.BigIntegerField(unique=True)
    received_at = models.DateTimeField(default=timezone.now, db_index=True)

    def __str__(self):
        return f"update {self.update_id}"


class ComplaintLink(models.Model):
    """A one-time token behind "Get updates on Telegram": the deep link carries the token,
    never the complaint's reference or code. Only its hash is kept."""

    token_hash = models.CharField(max_length=64, unique=True)
    complaint = models.ForeignKey(
        "complaints.Complaint", on_delete=models.CASCADE, related_name="telegram_links"
    )
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self):
        return f"link to complaint {self.complaint_id}"


class ComplaintUpdates(models.Model):
    """This chat is told when this complaint has an update (never what the update says)."""

    complaint = models.ForeignKey(
        "complaints.Complaint", on_delete=models.CASCADE, related_name="telegram_updates"
    )
    chat = models.ForeignKey(TelegramChat, on_delete=models.CASCADE, related_name="complaints")
    created_at = models.DateTimeField(default=timezone.now)
    # One notice for what an officer does at once (a reply also changes the status).
    notified_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["complaint", "chat"], name="one_link_per_chat")
        ]

    def __str__(self):
        return f"updates of complaint {self.complaint_id}"


class AlertDelivery(models.Model):
    """An alert (all its translations: one translation key) sent to a chat, at most once."""

    alert_key = models.UUIDField()
    chat = models.ForeignKey(TelegramChat, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["alert_key", "chat"], name="one_delivery_per_chat")
        ]

    def __str__(self):
        return f"alert {self.alert_key} to chat {self.chat_id}"
