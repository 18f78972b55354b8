"""Writes to the agency register. Every agency is created and updated through agency_save,
whoever does it (an editor in the admin, the ministry's CSV import, the demo loader), so a
status change always leaves its history row and audit log entry."""

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
def agency_save(agency, *, user=None, reason="", source="admin", destinations=None, write=None):
    """Create or update an agency and record its status change, if any, in one transaction.

    `write` stores the row when the caller has its own way to: the admin passes Wagtail's
    save action, which also saves the form's relations and writes Wagtail's own audit entry.
    Otherwise the agency is saved here, with `destinations` when given.
    """
    previous_status = ""
    if agency.pk:
        # Read before the write: the row as it was, whatever the caller changed in memory.
        previous_status = (
            Agency.objects.filter(pk=agency.pk).values_list("status", flat=True).first() or ""
        )
    if write is not None:
        write()
    else:
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
