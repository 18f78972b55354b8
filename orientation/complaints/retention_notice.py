"""The notice supervisors get before complaints that were never closed lose their personal
data at the maximum retention (services.apply_max_retention). One email to every supervisor
(or, with none, COMPLAINT_FALLBACK_EMAIL) listing the references and links: no personal
data. The complaints are marked as noticed only once the email is sent, so a mail failure
retries on the next daily run and postpones the erasure."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import override
from django_tasks import task

from .models import Complaint
from .selectors import supervisors

logger = logging.getLogger(__name__)


def notice_recipients():
    emails = sorted({user.email for user in supervisors()})
    fallback = getattr(settings, "COMPLAINT_FALLBACK_EMAIL", "")
    return emails or ([fallback] if fallback else [])


def erasure_notice_message(complaints, erase_on, max_days):
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        f"- {complaint.reference} ({complaint.destination.name_en}, filed "
        f"{complaint.created_at:%Y-%m-%d}, {complaint.get_status_display()}): "
        f"{base}{reverse('complaints_admin:case', args=[complaint.pk])}"
        for complaint in complaints
    ]
    with override("en"):
        subject = (
            f"{len(lines)} complaint(s) never closed lose their personal data on "
            f"{erase_on:%Y-%m-%d}"
        )
        body = "\n\n".join(
            [
                f"These complaints were filed almost {max_days} days ago (the maximum "
                f"retention) and were never closed. On or after {erase_on:%Y-%m-%d} their "
                f"personal data (contact details, description, notes, attachments) will be "
                f"erased, as for closed complaints; the anonymous statistics stay.",
                "Finish what must be done before then (the details are only in the admin; "
                "this email never contains them):",
                "\n".join(lines),
            ]
        )
    return subject, body


@task()
def send_erasure_notice(complaint_ids, max_days, notice_days):
    complaints = list(
        Complaint.objects.filter(
            pk__in=complaint_ids,
            erasure_notice_sent_at__isnull=True,
            personal_data_erased_at__isnull=True,
        )
        .select_related("destination")
        .order_by("created_at")
    )
    if not complaints:
        return "skipped"
    recipients = notice_recipients()
    if not recipients:
        logger.error(
            "erasure notice for %s complaint(s) not sent: no supervisor with an email and no "
            "COMPLAINT_FALLBACK_EMAIL; their erasure waits",
            len(complaints),
        )
        return "no recipient"
    erase_on = timezone.localdate() + timedelta(days=notice_days)
    subject, body = erasure_notice_message(complaints, erase_on, max_days)
    try:
        send_mail(subject, body, None, recipients, fail_silently=False)
    except Exception as error:  # retried by the next daily run; the erasure waits
        logger.warning("erasure notice not sent: %s", type(error).__name__)
        return "failed"
    Complaint.objects.filter(pk__in=[complaint.pk for complaint in complaints]).update(
        erasure_notice_sent_at=timezone.now()
    )
    return "sent"
