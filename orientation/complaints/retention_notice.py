"""The notice supervisors get before complaints that were never closed lose their personal
data at the maximum retention (services.apply_max_retention). One email to every supervisor
(or, with none, COMPLAINT_FALLBACK_EMAIL) listing the references and links: no personal
data, in each supervisor's language (one email per language). The complaints are marked as
noticed only once the emails are sent, so a mail failure retries on the next daily run and
postpones the erasure."""

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override
from django_tasks import task

from .models import Complaint
from .selectors import supervisor_addresses_by_language

logger = logging.getLogger(__name__)


def erasure_notice_message(complaints, erase_on, max_days):
    """Subject and body in the active language."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    lines = [
        "- "
        + _("%(reference)s (%(destination)s, filed %(filed)s, %(status)s): %(link)s")
        % {
            "reference": complaint.reference,
            "destination": complaint.destination.name,
            "filed": f"{complaint.created_at:%Y-%m-%d}",
            "status": complaint.get_status_display(),
            "link": f"{base}{reverse('complaints_admin:case', args=[complaint.pk])}",
        }
        for complaint in complaints
    ]
    erase_date = f"{erase_on:%Y-%m-%d}"
    subject = ngettext(
        "%(count)s complaint never closed loses its personal data on %(date)s",
        "%(count)s complaints never closed lose their personal data on %(date)s",
        len(lines),
    ) % {"count": len(lines), "date": erase_date}
    body = "\n\n".join(
        [
            _(
                "These complaints were filed almost %(days)s days ago (the maximum retention) "
                "and were never closed. On or after %(date)s their personal data (contact "
                "details, description, notes, attachments) will be erased, as for closed "
                "complaints; the anonymous statistics stay."
            )
            % {"days": max_days, "date": erase_date},
            _(
                "Finish what must be done before then (the details are only in the admin; "
                "this email never contains them):"
            ),
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
    groups = supervisor_addresses_by_language()
    if not groups:
        logger.error(
            "erasure notice for %s complaint(s) not sent: no supervisor with an email and no "
            "COMPLAINT_FALLBACK_EMAIL; their erasure waits",
            len(complaints),
        )
        return "no recipient"
    erase_on = timezone.localdate() + timedelta(days=notice_days)
    try:
        for language, addresses in groups.items():
            with override(language):
                subject, body = erasure_notice_message(complaints, erase_on, max_days)
            send_mail(subject, body, None, addresses, fail_silently=False)
    except Exception as error:  # retried by the next daily run; the erasure waits
        logger.warning("erasure notice not sent: %s", type(error).__name__)
        return "failed"
    Complaint.objects.filter(pk__in=[complaint.pk for complaint in complaints]).update(
        erasure_notice_sent_at=timezone.now()
    )
    return "sent"
