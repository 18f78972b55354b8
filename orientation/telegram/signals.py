"""Other areas' events the bot acts on, connected here so that no area imports the bot: an
alert published, an officer's reply or a status change on a complaint."""

import logging

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.signals import published

from orientation.telegram import conf

logger = logging.getLogger(__name__)


def connect():
    from orientation.alerts.models import Alert
    from orientation.complaints.models import CaseEvent

    published.connect(alert_published, sender=Alert, dispatch_uid="telegram-alert-published")
    post_save.connect(case_event_saved, sender=CaseEvent, dispatch_uid="telegram-case-event")


def alert_published(sender, instance, **kwargs):
    if not conf.enabled():
        return
    from orientation.telegram.tasks import send_alert

    alert_pk = instance.pk
    starts_at = instance.starts_at

    def enqueue():
        try:
            if starts_at and starts_at > timezone.now():
                send_alert.using(run_after=starts_at).enqueue(alert_pk)
            else:
                send_alert.enqueue(alert_pk)
        except Exception:  # the alert is published whatever happens to the bot
            logger.exception("telegram: could not enqueue an alert")

    transaction.on_commit(enqueue)


def case_event_saved(sender, instance, created, **kwargs):
    from orientation.complaints.models import CaseEvent

    if not (created and conf.enabled()):
        return
    if instance.kind not in {CaseEvent.Kind.REPLY, CaseEvent.Kind.STATUS}:
        return
    if not instance.complaint.telegram_updates.exists():
        return
    from orientation.telegram.tasks import send_complaint_update

    complaint_pk = instance.complaint_id

    def enqueue():
        try:
            send_complaint_update.enqueue(complaint_pk)
        except Exception:  # the officer's reply is saved whatever happens to the bot
            logger.exception("telegram: could not enqueue a complaint update")

    transaction.on_commit(enqueue)
