"""Writes to the agency register. Every status change goes through here, whoever makes it
(an editor in the admin, the ministry's CSV import), so the history is never incomplete."""

from django.db import transaction
from wagtail.log_actions import log

from .models import Agency, AgencyStatusChange

STATUS_CHANGE_ACTION = "scams.agency_status_change"


def record_status_change(agency, *, from_status, user=None, reason="", source="admin"):
    """Keep one history row and one audit log entry when the status really changed.

    from_status is "" for an agency that has just entered the register. Returns the new
    AgencyStatusChange, or None when the status is what it was.
    """
    to_status = agency.status
    if (from_status or "") == to_status:
        return None
    change = AgencyStatusChange.objects.create(
        agency=agency,
        from_status=from_status or "",
        to_status=to_status,
        changed_by=user if user is not None and user.is_authenticated else None,
        reason=(reason or "")[:500],
        source=source,
    )
    log(
        agency,
        STATUS_CHANGE_ACTION,
        user=change.changed_by,
        data={
            "licence_number": agency.licence_number,
            "from": change.from_status,
            "to": change.to_status,
            "reason": change.reason,
            "source": source,
        },
    )
    return change


@transaction.atomic
def agency_save(agency, *, user=None, reason="", source="admin", destinations=None):
    """Create or update an agency and record its status change, if any."""
    previous_status = ""
    if agency.pk:
        previous_status = (
            Agency.objects.filter(pk=agency.pk).values_list("status", flat=True).first() or ""
        )
    agency.save()
    if destinations is not None:
        agency.destinations.set(destinations)
    record_status_change(
        agency, from_status=previous_status, user=user, reason=reason, source=source
    )
    return agency


@transaction.atomic
def agency_set_status(agency, status, *, user=None, reason="", source="admin"):
    previous_status = agency.status
    agency.status = status
    agency.save(update_fields=["status", "updated_at"])
    return record_status_change(
        agency, from_status=previous_status, user=user, reason=reason, source=source
    )


def mark_register_checked(licence_keys, checked_at):
    """Stamp the agencies a register file lists, changed or not, with the import's time.
    Called by the import inside each batch's transaction (a few hundred keys at a time)."""
    return Agency.objects.filter(licence_key__in=list(licence_keys)).update(
        register_checked_at=checked_at
    )
