"""Reads. Every rule about who may see which complaint lives in complaints_for_officer():
the admin list, the case page, attachment downloads, the dashboard panel and the SLA
emails all go through it."""

import logging
from collections import defaultdict
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q
from django.http import Http404
from django.utils import timezone

from orientation.core.languages import staff_language
from orientation.core.permissions import HANDLE, SEE_ALL

from .models import (
    Complaint,
    ComplaintAttachment,
    Notification,
    OfficerProfile,
    Status,
)
from .secret_codes import code_matches, decoy_hash

logger = logging.getLogger(__name__)


def complaints_for_officer(user):
    """The complaints this user may see: all for supervisors, their destinations' for
    officers, none for anyone else (editors included)."""
    return Complaint.objects.visible_to(user).select_related("destination", "assigned_to")


def complaint_for_officer(user, complaint_id):
    """One complaint, or a 404 that is the same whether it does not exist or is not yours
    (so nothing tells an officer which complaints exist), with the attempt logged."""
    try:
        return complaints_for_officer(user).get(pk=complaint_id)
    except (Complaint.DoesNotExist, ValueError, TypeError):
        logger.warning(
            "complaint access refused: user_id=%s complaint_id=%s", user.pk, complaint_id
        )
        refused = (
            Complaint.objects.filter(pk=complaint_id).first()
            if str(complaint_id).isdigit()
            else None
        )
        if refused is not None:
            from wagtail.log_actions import log

            log(refused, "complaints.access_refused", user=user)
        raise Http404 from None


def attachment_for_officer(user, complaint, attachment_id):
    try:
        return complaint.attachments.get(pk=attachment_id)
    except (ComplaintAttachment.DoesNotExist, ValueError):
        raise Http404 from None


def complaint_by_reference_and_code(reference: str, code: str):
    """The complaint if both match, else None; the same work is done either way."""
    reference = normalise_reference(reference)
    complaint = (
        Complaint.objects.select_related("destination").filter(reference=reference).first()
        if reference
        else None
    )
    encoded = complaint.code_hash if complaint else decoy_hash()
    matches = code_matches(normalise_code(code), encoded)
    if complaint is None or not matches or not complaint.code_hash:
        return None
    return complaint


def normalise_reference(reference: str) -> str:
    cleaned = "".join(ch for ch in (reference or "").upper() if ch.isalnum())
    if cleaned.startswith("KH"):
        cleaned = cleaned[2:]
    return f"KH-{cleaned}" if cleaned else ""


def normalise_code(code: str) -> str:
    return "".join(ch for ch in (code or "").upper() if ch.isalnum())


def worker_visible_events(complaint):
    from .models import CaseEvent

    return complaint.events.filter(
        kind__in=[CaseEvent.Kind.REPLY, CaseEvent.Kind.WORKER_UPDATE, CaseEvent.Kind.STATUS]
    ).order_by("created_at", "pk")


def dashboard_counts(user):
    now = timezone.now()
    visible = complaints_for_officer(user)
    return {
        "new": visible.filter(status=Status.RECEIVED).count(),
        "due_soon": visible.due_within(12, now).count(),
        "overdue": visible.overdue(now).count(),
        "in_danger": visible.open().filter(in_danger=True).count(),
        "new_information": visible.filter(new_information_at__isnull=False).count(),
    }


def users_holding(codename):
    """Active users who hold a complaints permission, through a group, directly, or as
    superusers: the query form of `user.has_perm("complaints.<codename>")`, so that who sees
    a case, who is told of it and who can be assigned it are one rule."""
    permission = Permission.objects.filter(content_type__app_label="complaints", codename=codename)
    return (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(
            Q(is_superuser=True)
            | Q(groups__permissions__in=permission)
            | Q(user_permissions__in=permission)
        )
    )


def supervisor_users():
    """Everyone who handles every destination's complaints (superusers included)."""
    return users_holding(SEE_ALL).distinct()


def officer_users(destination_id):
    """Officers of one destination: they handle complaints and have it on their profile."""
    return users_holding(HANDLE).filter(officer_profile__destinations=destination_id).distinct()


def assignable_users(complaint):
    return (
        (supervisor_users() | officer_users(complaint.destination_id))
        .distinct()
        .order_by("username")
    )


def destinations_for_officer(user):
    """The destinations whose complaints this user sees, mirroring visible_to (all for
    supervisors, those on an officer's profile, none for others): what the list's
    destination filter and the bulk assignment offer."""
    from orientation.core.permissions import is_complaint_handler, is_complaint_supervisor
    from orientation.destinations.models import Destination

    if is_complaint_supervisor(user):
        return Destination.objects.all()
    if not is_complaint_handler(user):
        return Destination.objects.none()
    return Destination.objects.filter(officers__user=user).distinct()


def users_assignable_by(user):
    """Whom the bulk assignment offers: supervisors and the officers of the user's
    destinations. Each case is still checked against assignable_users() before it changes."""
    destinations = destinations_for_officer(user).values("pk")
    officers = users_holding(HANDLE).filter(officer_profile__destinations__in=destinations)
    return (users_holding(SEE_ALL) | officers).distinct().order_by("username")


def officers_for_destination(destination_id):
    """Officers of the destination who can be emailed."""
    return officer_users(destination_id).exclude(email="")


def supervisors():
    """Supervisors who can be emailed."""
    return supervisor_users().exclude(email="")


def supervisor_addresses_by_language():
    """Who hears of the complaint path itself, as {language: [addresses]} so that each group
    gets one email in its own language: the supervisors, or, with none,
    COMPLAINT_FALLBACK_EMAIL (read in the site's default language). Empty: nobody."""
    groups = defaultdict(set)
    for user in supervisors().select_related("wagtail_userprofile"):
        groups[staff_language(user)].add(user.email)
    fallback = getattr(settings, "COMPLAINT_FALLBACK_EMAIL", "")
    if not groups and fallback:
        groups[staff_language(None)].add(fallback)
    return {language: sorted(addresses) for language, addresses in sorted(groups.items())}


@dataclass(frozen=True)
class Recipient:
    user: object  # None for the fallback address
    email: str


# Kinds that go to supervisors as well as the destination's officers.
KINDS_FOR_EVERYONE = (Notification.Kind.DANGER, Notification.Kind.OVERDUE)


def notification_recipients(destination_id, kind):
    """Who must hear of a complaint: the one routing rule for new, urgent, reminder and
    overdue notices. Urgent and overdue notices go to the destination's officers and to the
    supervisors; the others to the officers. With nobody to tell, supervisors stand in for
    missing officers, and the configured fallback address (COMPLAINT_FALLBACK_EMAIL) for
    everyone: a complaint never reaches nobody while that address is set."""
    officers = list(officers_for_destination(destination_id))
    if kind in KINDS_FOR_EVERYONE or not officers:
        people = {user.pk: user for user in officers}
        people.update({user.pk: user for user in supervisors()})
        people = list(people.values())
    else:
        people = officers
    if people:
        return [Recipient(user, user.email) for user in people]
    fallback = getattr(settings, "COMPLAINT_FALLBACK_EMAIL", "")
    if fallback:
        return [Recipient(None, fallback)]
    logger.critical(
        "complaint notice %s for destination %s reaches nobody: no officer, no supervisor "
        "and no COMPLAINT_FALLBACK_EMAIL",
        kind,
        destination_id,
    )
    return []


def destinations_without_active_officer():
    """Destinations whose complaints reach no officer of their own (supervisors and the
    fallback address stand in): the dashboard and `manage.py check` warn about them."""
    from orientation.destinations.models import Destination

    covered = OfficerProfile.objects.filter(
        user__in=users_holding(HANDLE).exclude(email=""), destinations__isnull=False
    ).values("destinations")
    return Destination.objects.exclude(pk__in=covered).order_by("sort_order", "slug")
