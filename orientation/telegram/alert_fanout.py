"""An alert an editor publishes reaches every chat subscribed to one of its destinations (all
subscribed chats when it names none), once per chat whatever the number of runs: a delivery
row is claimed before the message is sent."""

import logging

from django.db import IntegrityError, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from wagtail.models import Locale

from orientation.alerts.models import Alert
from orientation.alerts.selectors import alert_link
from orientation.core.reader_language import in_reader_locale
from orientation.telegram.chats import erase_chat
from orientation.telegram.models import AlertDelivery, TelegramChat
from orientation.telegram.sender import BLOCKED, SENT, Outgoing, send

logger = logging.getLogger(__name__)
SHORT_LINE = 200


def subscribed_chats(alert):
    destinations = list(alert.destinations.values_list("pk", flat=True))
    chats = TelegramChat.objects.filter(destinations__isnull=False)
    if destinations:
        chats = chats.filter(destinations__in=destinations)
    return chats.distinct()


def in_language(alert, language):
    """The alert as a reader of ``language`` sees it (the reader's-language fallback)."""
    locale = Locale.objects.filter(language_code=language).first()
    shown = in_reader_locale(Alert.objects.filter(translation_key=alert.translation_key), locale)
    return shown.first() or alert


def message(alert, chat):
    with translation.override(chat.language):
        shown = in_language(alert, chat.language)
        line = (
            shown.message if len(shown.message) <= SHORT_LINE else shown.message[:SHORT_LINE] + "…"
        )
        text = "\n".join([f"⚠ {shown.title}", line, alert_link(shown)])
        return Outgoing(chat.telegram_id, text)


def claim(alert, chats):
    """The chats this run sends to: those with no delivery of this alert yet."""
    claimed = []
    for chat in chats:
        try:
            with transaction.atomic():
                AlertDelivery.objects.create(alert_key=alert.translation_key, chat=chat)
        except IntegrityError:
            continue  # sent, or being sent, by another run
        claimed.append(chat)
    return claimed


def fan_out(alert, rate=None):
    """Send the alert to the subscribed chats that have not had it. Returns how many sent."""
    if not alert.live or (alert.expires_at and alert.expires_at <= timezone.now()):
        return 0
    chats = claim(
        alert, subscribed_chats(alert).exclude(deliveries__alert_key=alert.translation_key)
    )
    outcomes = send([message(alert, chat) for chat in chats], rate=rate)
    sent = [chat.pk for chat, outcome in zip(chats, outcomes, strict=True) if outcome == SENT]
    AlertDelivery.objects.filter(alert_key=alert.translation_key, chat_id__in=sent).update(
        sent_at=timezone.now()
    )
    for chat, outcome in zip(chats, outcomes, strict=True):
        if outcome == BLOCKED:
            erase_chat(chat)
    # A message this run could not send is given back, for a later run to try again.
    failed = [chat.pk for chat, outcome in zip(chats, outcomes, strict=True) if outcome != SENT]
    AlertDelivery.objects.filter(
        alert_key=alert.translation_key, chat_id__in=failed, sent_at__isnull=True
    ).delete()
    logger.info("telegram: alert sent to %s of %s chats", len(sent), len(chats))
    return len(sent)


def subscription_text(chat):
    names = ", ".join(destination.name for destination in chat.destinations.all())
    if not names:
        return _("You get no alerts yet. Choose the countries whose alerts you want:")
    return _("You get the alerts for: %(countries)s. Tap a country to add or remove it.") % {
        "countries": names
    }
