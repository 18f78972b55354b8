"""Writes to the agency register. Every agency is created and updated through agency_save,
whoever does it (an editor in the admin, the ministry's CSV import, the demo loader), so a
status change always leaves its history row and audit log entry."""

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.log_actions import log

from .models import Agency, AgencyStatusChange, AgencyStatusProposal

STATUS_CHANGE_ACTION = "scams.agency_status_change"
STATUS_PROPOSAL_ACTION = "scams.agency_status_proposal"
APPROVE_PERMISSION = "scams.approve_status_change"
# The "from" status of a proposal that an agency enter the public register.
ENTRY = ""


class ProposalRefused(Exception):
    """An approval that may not happen (own proposal, already decided, status moved on)."""


def record_status_change(
    agency, *, from_status, user=None, reason="", source="admin", proposed_by=None
):
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
        proposed_by=proposed_by,
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
def agency_set_status(agency, status, *, user=None, reason="", source="admin", proposed_by=None):
    previous_status = agency.status
    agency.status = status
    agency.save(update_fields=["status", "updated_at"])
    return record_status_change(
        agency,
        from_status=previous_status,
        user=user,
        reason=reason,
        source=source,
        proposed_by=proposed_by,
    )


@transaction.atomic
def agency_save_for_review(agency, *, user, reason="", write):
    """An admin save: everything but the status is stored at once; a status change becomes a
    proposal that another person must approve (the status tells workers whether to pay). A
    new agency is kept out of the public register until another person approves its entry
    with its status. Returns (agency, proposal or None)."""
    proposal = None
    if agency.pk is None or not agency.in_register:
        agency.in_register = False
        write()
        proposal = propose_status_change(
            agency, agency.status, user=user, reason=reason, from_status=ENTRY
        )
        return agency, proposal
    if agency.pk:
        stored = Agency.objects.filter(pk=agency.pk).values_list("status", flat=True).first()
        if stored and agency.status != stored:
            proposal = propose_status_change(
                agency, agency.status, user=user, reason=reason, from_status=stored
            )
            agency.status = stored
    agency_save(agency, user=user, reason=reason, source="admin", write=write)
    return agency, proposal


def propose_status_change(agency, to_status, *, user, reason="", from_status=None):
    """One pending proposal per agency: a newer one replaces the one still waiting."""
    from_status = agency.status if from_status is None else from_status
    AgencyStatusProposal.objects.filter(
        agency=agency, state=AgencyStatusProposal.State.PENDING
    ).update(state=AgencyStatusProposal.State.OUTDATED, decided_at=timezone.now())
    proposal = AgencyStatusProposal.objects.create(
        agency=agency,
        from_status=from_status,
        to_status=to_status,
        reason=(reason or "")[:500],
        proposed_by=user,
    )
    log(
        agency,
        STATUS_PROPOSAL_ACTION,
        user=user,
        data={"from": from_status, "to": to_status, "reason": proposal.reason},
    )
    return proposal


def can_decide(user, proposal):
    """A second person: holds the approval right and did not propose it."""
    return bool(
        user.is_authenticated
        and user.is_active
        and user.has_perm(APPROVE_PERMISSION)
        and proposal.proposed_by_id != user.pk
    )


@transaction.atomic
def decide_status_proposal(proposal, *, user, approve):
    """Approve (the public status changes, with its history row) or reject a proposal."""
    proposal = AgencyStatusProposal.objects.select_for_update().get(pk=proposal.pk)
    if not user.has_perm(APPROVE_PERMISSION):
        raise PermissionDenied
    if proposal.proposed_by_id == user.pk:
        raise ProposalRefused(
            _("A status change needs a second person: not the one who proposed it.")
        )
    if proposal.state != AgencyStatusProposal.State.PENDING:
        raise ProposalRefused(_("This change was already decided."))
    agency = Agency.objects.select_for_update().get(pk=proposal.agency_id)
    proposal.decided_by = user
    proposal.decided_at = timezone.now()
    entry = proposal.from_status == ENTRY
    # Out of date: the status moved on, or the register file listed the agency meanwhile.
    moved_on = agency.in_register if entry else agency.status != proposal.from_status
    if approve and moved_on:
        proposal.state = AgencyStatusProposal.State.OUTDATED
        proposal.save(update_fields=["state", "decided_by", "decided_at"])
        # Returned, not raised: the outdated mark must be kept. The caller says so.
        return proposal
    proposal.state = (
        AgencyStatusProposal.State.APPROVED if approve else AgencyStatusProposal.State.REJECTED
    )
    proposal.save(update_fields=["state", "decided_by", "decided_at"])
    if approve and entry:
        agency.in_register = True
        agency.status = proposal.to_status
        agency.save(update_fields=["in_register", "status", "updated_at"])
        record_status_change(
            agency,
            from_status=ENTRY,
            user=user,
            reason=proposal.reason,
            source="admin",
            proposed_by=proposal.proposed_by,
        )
    elif approve:
        agency_set_status(
            agency,
            proposal.to_status,
            user=user,
            reason=proposal.reason,
            source="admin",
            proposed_by=proposal.proposed_by,
        )
    return proposal


def mark_register_checked(licence_keys, checked_at):
    """Stamp the agencies a register file lists, changed or not, with the import's time; the
    ministry's own file listing an agency puts it in the public register.
    Called by the import inside each batch's transaction (a few hundred keys at a time)."""
    return Agency.objects.filter(licence_key__in=list(licence_keys)).update(
        register_checked_at=checked_at, in_register=True
    )
