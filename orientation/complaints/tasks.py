"""Background work run by `manage.py db_worker` (django-tasks database backend)."""

import logging

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from orientation.core.languages import staff_language

from .models import Notification
from .selectors import supervisor_addresses_by_language

logger = logging.getLogger(__name__)

# The database worker takes the highest priority first (django-tasks-db orders ready tasks
# by priority, then age): a notice to an officer never waits behind the thousands of
# search-index tasks (priority 0) that an import or a bulk publish enqueues.
NOTIFICATION_PRIORITY = 50


def notification_subject(kind, destination, reference):
    subjects = {
        Notification.Kind.NEW: _("A new complaint for %(destination)s, reference %(reference)s"),
        Notification.Kind.DANGER: _(
            "URGENT: a worker in danger now, %(destination)s, reference %(reference)s"
        ),
        Notification.Kind.REMINDER: _(
            "Reminder: complaint %(reference)s (%(destination)s) is due within 12 hours"
        ),
        Notification.Kind.OVERDUE: _(
            "Overdue: complaint %(reference)s (%(destination)s) passed its 48 hours"
        ),
        Notification.Kind.FOLLOW_UP: _(
            "New information from the worker on complaint %(reference)s (%(destination)s)"
        ),
    }
    return subjects[kind] % {"destination": destination, "reference": reference}


def notification_message(notification):
    """Subject and body with no personal data: destination, reference, a link; in the
    recipient's language (the fallback address reads the site's default)."""
    complaint = notification.complaint
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "complaints_admin:case", args=[complaint.pk]
    )
    with override(staff_language(notification.recipient)):
        subject = notification_subject(
            notification.kind, complaint.destination.name, complaint.reference
        )
        body = "\n\n".join(
            [
                _("%(subject)s.") % {"subject": subject},
                _("Open it in the admin (you need to sign in):") + f"\n{link}",
                _("The details are only in the admin; this email never contains them."),
            ]
        )
    return subject, body


@task(priority=NOTIFICATION_PRIORITY)
def deliver_notification(notification_id):
    notification = (
        Notification.objects.select_related(
            "complaint__destination", "recipient__wagtail_userprofile"
        )
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


def staff_alert_message(kind, details):
    """An unusual rate on the public complaint path (throttling.py), in the active language.
    No address or reference beyond what supervisors need."""
    if kind == "complaints":
        subject = _("Unusual number of complaints from one network")
        body = _(
            "%(count)s complaints came from one network within %(minutes)s minutes. They were "
            "all stored; check them in the admin for spam or for a group of workers filing "
            "together."
        ) % {"count": details.get("count"), "minutes": int(details.get("seconds", 3600)) // 60}
    else:
        subject = _("Many wrong tracking codes for complaint %(reference)s") % {
            "reference": details.get("reference")
        }
        body = _(
            "Someone tried many wrong secret codes for this complaint's tracking page within "
            "15 minutes. The worker's own access is not blocked by it."
        )
    return subject, body


@task()
def deliver_staff_alert(kind, details):
    """A notice about the complaint path itself to the supervisors, or to the fallback
    address when there are none: one email per language. Nothing personal is in it."""
    groups = supervisor_addresses_by_language()
    if not groups:
        logger.critical("staff alert reaches nobody: %s", kind)
        return "nobody"
    for language, addresses in groups.items():
        with override(language):
            subject, body = staff_alert_message(kind, details)
        send_mail(subject, body, None, addresses, fail_silently=False)
    return "sent"
