"""Background work run by `manage.py db_worker` (django-tasks database backend)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from .models import Notification
from .selectors import supervisors

logger = logging.getLogger(__name__)

# The database worker takes the highest priority first (django-tasks-db orders ready tasks
# by priority, then age): a notice to an officer never waits behind the thousands of
# search-index tasks (priority 0) that an import or a bulk publish enqueues.
NOTIFICATION_PRIORITY = 50


def notification_message(notification):
    """Subject and body with no personal data: destination, reference, a link."""
    complaint = notification.complaint
    destination = complaint.destination.name_en
    reference = complaint.reference
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "complaints_admin:case", args=[complaint.pk]
    )
    with override("en"):
        subjects = {
            Notification.Kind.NEW: f"A new complaint for {destination}, reference {reference}",
            Notification.Kind.DANGER: (
                f"URGENT: a worker in danger now, {destination}, reference {reference}"
            ),
            Notification.Kind.REMINDER: (
                f"Reminder: complaint {reference} ({destination}) is due within 12 hours"
            ),
            Notification.Kind.OVERDUE: (
                f"Overdue: complaint {reference} ({destination}) passed its 48 hours"
            ),
            Notification.Kind.FOLLOW_UP: (
                f"New information from the worker on complaint {reference} ({destination})"
            ),
        }
        subject = subjects[notification.kind]
        body = "\n\n".join(
            [
                subject + ".",
                _("Open it in the admin (you need to sign in):") + f"\n{link}",
                "The details are only in the admin; this email never contains them.",
            ]
        )
    return subject, body


@task(priority=NOTIFICATION_PRIORITY)
def deliver_notification(notification_id):
    notification = (
        Notification.objects.select_related("complaint__destination", "recipient")
        .filter(pk=notification_id)
        .first()
    )
    if notification is None or notification.state == Notification.State.SENT:
        return "skipped"
    subject, body = notification_message(notification)
    notification.attempts += 1
    try:
        send_mail(subject, body, None, [notification.address], fail_silently=False)
    except Exception as error:  # any mail failure is recorded and retried, never raised
        notification.state = Notification.State.FAILED
        notification.last_error = f"{type(error).__name__}: {error}"[:200]
        notification.save(update_fields=["state", "attempts", "last_error"])
        logger.warning(
            "complaint notification %s failed (attempt %s): %s",
            notification.pk,
            notification.attempts,
            type(error).__name__,
        )
        return "failed"
    notification.state = Notification.State.SENT
    notification.sent_at = timezone.now()
    notification.last_error = ""
    notification.save(update_fields=["state", "attempts", "last_error", "sent_at"])
    return "sent"


@task()
def deliver_staff_alert(subject, body):
    """A notice about the complaint path itself (an unusual rate, say) to the supervisors,
    or to the fallback address when there are none. Nothing personal is in it."""
    addresses = sorted({user.email for user in supervisors()})
    if not addresses and settings.COMPLAINT_FALLBACK_EMAIL:
        addresses = [settings.COMPLAINT_FALLBACK_EMAIL]
    if not addresses:
        logger.critical("staff alert reaches nobody: %s", subject)
        return "nobody"
    send_mail(subject, body, None, addresses, fail_silently=False)
    return "sent"
