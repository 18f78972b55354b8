"""Writes. Views, the admin and the commands call these; none of them touch models directly.

A complaint is committed first; notifications are recorded in the same transaction and sent
by the task queue only after it commits, so a mail server failure can neither lose nor delay
the complaint."""

import base64
import hashlib
import logging
import secrets
from dataclasses import dataclass
from datetime import timedelta

from cryptography.fernet import Fernet, InvalidToken
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from orientation.scams.selectors import registered_agency_named

from . import attachments as attachment_storage
from .models import (
    OPEN_STATUSES,
    REMINDER_HOURS,
    RESPONSE_HOURS,
    CaseEvent,
    Complaint,
    ComplaintAttachment,
    Notification,
    Status,
    due_from,
    join_codes,
)
from .secret_codes import hash_code
from .selectors import notification_recipients
from .triage import is_urgent

logger = logging.getLogger(__name__)

REFERENCE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I/L: read aloud safely
REFERENCE_LENGTH = 8
CODE_LENGTH = 12
REFERENCE_ATTEMPTS = 8
RECEIPT_SECONDS = 15 * 60


@dataclass
class Receipt:
    """What the worker must keep. The code exists in clear only here and, sealed with the
    form token, on the complaint row for RECEIPT_SECONDS so that a retried POST can show it
    again, whichever worker or host it lands on."""

    reference: str
    code: str
    repeated: bool = False
    in_danger: bool = False
    destination: object = None


def new_reference() -> str:
    return "KH-" + "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(REFERENCE_LENGTH))


def new_code() -> str:
    raw = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(CODE_LENGTH))
    return "-".join(raw[i : i + 4] for i in range(0, CODE_LENGTH, 4))


def form_token_digest(form_token: str) -> str | None:
    if not form_token:
        return None
    return hashlib.sha256(form_token.encode("utf-8", "replace")).hexdigest()


def _receipt_cipher(form_token: str) -> Fernet:
    # A different derivation from form_token_digest: the stored digest opens nothing.
    key = hashlib.sha256(b"complaint-receipt\0" + form_token.encode("utf-8", "replace"))
    return Fernet(base64.urlsafe_b64encode(key.digest()))


def seal_receipt_code(form_token: str, code: str) -> str:
    if not form_token:
        return ""
    return _receipt_cipher(form_token).encrypt(code.encode()).decode("ascii")


def open_receipt_code(form_token: str, sealed: str) -> str:
    if not (form_token and sealed):
        return ""
    try:
        return _receipt_cipher(form_token).decrypt(sealed.encode("ascii")).decode()
    except (InvalidToken, ValueError):
        return ""


def receipt_for_repeated_post(form_token: str) -> Receipt | None:
    """The receipt of a complaint already filed with this form token, if any: with its code
    while the receipt window lasts, after that without (the code is stored only hashed)."""
    token_digest = form_token_digest(form_token)
    if not token_digest:
        return None
    complaint = (
        Complaint.objects.filter(form_token_hash=token_digest)
        .select_related("destination")
        .only("reference", "receipt_sealed", "created_at", "in_danger", "destination")
        .first()
    )
    if complaint is None:
        return None
    code = ""
    if timezone.now() - complaint.created_at < timedelta(seconds=RECEIPT_SECONDS):
        code = open_receipt_code(form_token, complaint.receipt_sealed)
    return Receipt(
        complaint.reference,
        code,
        repeated=True,
        in_danger=complaint.in_danger,
        destination=complaint.destination,
    )


def forget_old_receipts(now=None):
    """Empty the sealed codes past their window (run by the SLA sweep)."""
    now = now or timezone.now()
    return (
        Complaint.objects.filter(created_at__lt=now - timedelta(seconds=RECEIPT_SECONDS))
        .exclude(receipt_sealed="")
        .update(receipt_sealed="")
    )


def record_attachments(complaint, stored_files, attachments, **flags):
    """One row per stored file of a complaint (the files themselves are already written,
    encrypted, under the names given)."""
    for stored_name, attachment in zip(stored_files, attachments, strict=True):
        ComplaintAttachment.objects.create(
            complaint=complaint,
            stored_name=stored_name,
            content_type=attachment.content_type,
            size=len(attachment.content),
            **flags,
        )


def complaint_submit(
    *,
    destination,
    description,
    filer_kind="worker",
    organisation_name="",
    categories=(),
    agency_name="",
    agency=None,
    employer="",
    location="",
    happened_when="",
    contact_method="none",
    contact_detail="",
    in_danger=False,
    danger_signs=(),
    consent=True,
    language="",
    attachments=(),
    form_token="",
) -> Receipt:
    """Store a complaint with its (already cleaned) attachments and return its receipt.
    A second call with the same form_token returns the first complaint's receipt. An agency
    typed by its licence number or whole name is linked to the register's record; what was
    typed is kept as typed either way."""
    token_digest = form_token_digest(form_token)
    if agency is None and agency_name:
        agency = registered_agency_named(agency_name)
    code = new_code()
    stored_files = [attachment_storage.store_encrypted(a.content) for a in attachments]
    fields = {
        "code_hash": hash_code(code.replace("-", "")),
        "form_token_hash": token_digest,
        "receipt_sealed": seal_receipt_code(form_token, code),
        "destination": destination,
        "filer_kind": filer_kind,
        "organisation_name": organisation_name if filer_kind == "organisation" else "",
        "categories": join_codes(categories),
        "agency_name": agency_name,
        "employer": employer,
        "location": location,
        "happened_when": happened_when,
        "description": description,
        "contact_method": contact_method,
        "contact_detail": "" if contact_method == "none" else contact_detail,
        "in_danger": is_urgent(danger_signs, in_danger),
        "danger_signs": join_codes(danger_signs),
        "consent": consent,
        "language": language,
        "agency": agency,
    }
    # Who must hear of it is read before the write: on SQLite the write transaction holds the
    # database's one write lock, which every other worker filing a complaint waits for.
    notice_kind = new_complaint_notice_kind(fields["in_danger"])
    recipients = notification_recipients(destination.pk, notice_kind)
    try:
        for _attempt in range(REFERENCE_ATTEMPTS):
            try:
                with transaction.atomic():
                    complaint = Complaint.objects.create(reference=new_reference(), **fields)
                    record_attachments(complaint, stored_files, attachments)
                    CaseEvent.objects.create(complaint=complaint, kind=CaseEvent.Kind.RECEIVED)
                    _record_notifications(complaint, notice_kind, recipients=recipients)
                    # In the same transaction: the record of its arrival cannot be missing,
                    # and SQLite's write lock is taken once per complaint, not twice.
                    log(complaint, "complaints.received", user=None)
                break
            except IntegrityError:
                if token_digest and Complaint.objects.filter(form_token_hash=token_digest).exists():
                    _discard_files(stored_files)
                    return receipt_for_repeated_post(form_token)
                # Otherwise the random reference was taken: draw another one.
                continue
        else:
            raise RuntimeError("No free complaint reference after several attempts.")
    except Exception:
        _discard_files(stored_files)
        raise
    receipt = Receipt(
        complaint.reference, code, in_danger=complaint.in_danger, destination=destination
    )
    logger.info(
        "complaint stored: reference=%s destination=%s", complaint.reference, destination.slug
    )
    complaint_id = complaint.pk
    transaction.on_commit(lambda: enqueue_pending_notifications(complaint_id))
    return receipt


def _discard_files(stored_files):
    for name in stored_files:
        attachment_storage.delete_stored(name)


def _record_notifications(complaint, kind, occasion=0, recipients=None):
    """Notification rows for everyone the routing rule names (idempotent per complaint, kind,
    occasion and person), written in the caller's transaction. `recipients`: the rule's
    answer when the caller asked it already."""
    if recipients is None:
        recipients = notification_recipients(complaint.destination_id, kind)
    rows = [
        Notification(
            complaint=complaint,
            kind=kind,
            occasion=occasion,
            recipient=recipient.user,
            recipient_email="" if recipient.user else recipient.email,
        )
        for recipient in recipients
    ]
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    return rows


def new_complaint_notice_kind(in_danger):
    # A worker in danger now: an urgent notice to the officers and the supervisors at once.
    return Notification.Kind.DANGER if in_danger else Notification.Kind.NEW


def alert_supervisors_of_unusual_activity(*, kind, **details):
    """An unusual rate on the public complaint path (throttling.py): supervisors decide, the
    site refuses nobody for it. No address or reference beyond what they need."""
    from .tasks import deliver_staff_alert

    logger.warning("unusual activity on the complaint path: %s", kind)
    try:
        deliver_staff_alert.enqueue(kind, details)
    except Exception:  # the queue being down must not break the worker's request
        logger.exception("could not enqueue a staff alert")


def enqueue_pending_notifications(complaint_id=None):
    """Hand queued notifications to the durable task queue (after commit)."""
    from .tasks import deliver_notification

    pending = Notification.objects.filter(state=Notification.State.QUEUED, attempts=0)
    if complaint_id is not None:
        pending = pending.filter(complaint_id=complaint_id)
    count = 0
    for notification_id in pending.values_list("pk", flat=True):
        try:
            deliver_notification.enqueue(notification_id)
            count += 1
        except Exception:  # the queue being down must not break the worker's request
            logger.exception("could not enqueue notification %s", notification_id)
    return count


MAX_ATTEMPTS = 6


def retry_failed_notifications():
    """Enqueue failed notifications again (called by complaints_sla, meant for cron)."""
    from .tasks import deliver_notification

    retried = 0
    for notification_id in Notification.objects.filter(
        state=Notification.State.FAILED, attempts__lt=MAX_ATTEMPTS
    ).values_list("pk", flat=True):
        deliver_notification.enqueue(notification_id)
        retried += 1
    # Queued ones never picked up (e.g. the process died between commit and enqueue).
    stale = timezone.now() - timedelta(minutes=10)
    for notification_id in Notification.objects.filter(
        state=Notification.State.QUEUED, created_at__lt=stale
    ).values_list("pk", flat=True):
        deliver_notification.enqueue(notification_id)
        retried += 1
    return retried


def sla_sweep(now=None):
    """Reminders 36 hours into the clock to the destination's officers; escalation to
    supervisors once the 48 hours (2 for an urgent case) are over. Both follow due_at
    (restarted by a worker's follow-up), and are sent once per complaint, kind, clock round
    and person. An urgent case gets no reminder: its officers had an urgent notice at once."""
    now = now or timezone.now()
    overdue = Complaint.objects.overdue(now)
    reminders = Complaint.objects.due_within(RESPONSE_HOURS - REMINDER_HOURS, now).filter(
        in_danger=False
    )
    due = [(complaint, Notification.Kind.REMINDER) for complaint in reminders] + [
        (complaint, Notification.Kind.OVERDUE) for complaint in overdue
    ]
    before = Notification.objects.count()
    for complaint, kind in due:
        _record_notifications(complaint, kind, occasion=complaint.clock_round)
    created = Notification.objects.count() - before
    enqueued = enqueue_pending_notifications()
    forget_old_receipts(now)
    return {"created": created, "enqueued": enqueued}


# --- Case handling (officers) ---------------------------------------------------------------


def case_add_note(*, complaint, user, body):
    event = CaseEvent.objects.create(
        complaint=complaint, kind=CaseEvent.Kind.NOTE, author=user, body=body
    )
    log(complaint, "complaints.note", user=user)
    return event


def case_reply(*, complaint, user, body):
    with transaction.atomic():
        event = CaseEvent.objects.create(
            complaint=complaint, kind=CaseEvent.Kind.REPLY, author=user, body=body
        )
        if complaint.first_response_at is None:
            complaint.first_response_at = timezone.now()
        # The worker's latest information has been answered.
        complaint.new_information_at = None
        update = ["first_response_at", "new_information_at"]
        if complaint.status in OPEN_STATUSES:
            _change_status(complaint, user, Status.RESPONDED)
            update += ["status"]
        complaint.save(update_fields=update)
    log(complaint, "complaints.reply", user=user)
    return event


def _change_status(complaint, user, new_status):
    old = complaint.status
    complaint.status = new_status
    if new_status == Status.CLOSED:
        complaint.closed_at = timezone.now()
    CaseEvent.objects.create(
        complaint=complaint,
        kind=CaseEvent.Kind.STATUS,
        author=user,
        old_value=old,
        new_value=new_status,
    )


def case_set_status(*, complaint, user, status):
    if status not in Status.values or status == complaint.status:
        return False
    with transaction.atomic():
        old = complaint.status
        _change_status(complaint, user, status)
        complaint.save(update_fields=["status", "closed_at"])
    log(complaint, "complaints.status", user=user, data={"from": old, "to": status})
    return True


def case_assign(*, complaint, user, assignee):
    with transaction.atomic():
        complaint.assigned_to = assignee
        complaint.save(update_fields=["assigned_to"])
        CaseEvent.objects.create(
            complaint=complaint,
            kind=CaseEvent.Kind.ASSIGNMENT,
            author=user,
            new_value=assignee.get_username() if assignee else "",
        )
    log(
        complaint,
        "complaints.assign",
        user=user,
        data={"assignee": assignee.pk if assignee else None},
    )


def worker_add_information(*, complaint, text="", attachments=(), in_danger=False):
    """The worker's follow-up from the tracking page. It is new information for the officers:
    the case shows it until someone replies, an answered or closed case is reopened with the
    48-hour clock restarted from now, a worker saying they are in danger makes the case
    urgent, and the officers are told (an urgent notice to supervisors too)."""
    stored_files = [attachment_storage.store_encrypted(a.content) for a in attachments]
    now = timezone.now()
    try:
        with transaction.atomic():
            # Locked so that two follow-ups at once reopen the case (one round) only once.
            complaint = Complaint.objects.select_for_update().get(pk=complaint.pk)
            event = CaseEvent.objects.create(
                complaint=complaint, kind=CaseEvent.Kind.WORKER_UPDATE, body=text, created_at=now
            )
            record_attachments(complaint, stored_files, attachments, from_worker_update=True)
            reopened = _reopen_for_follow_up(complaint, now, urgent=in_danger)
            complaint.new_information_at = now
            if in_danger:
                complaint.in_danger = True
                # Now urgent: the urgent clock runs from the follow-up, unless sooner.
                complaint.due_at = min(complaint.due_at, due_from(now, urgent=True))
            complaint.save(
                update_fields=[
                    "new_information_at",
                    "in_danger",
                    "status",
                    "closed_at",
                    "due_at",
                    "clock_round",
                ]
            )
            kind = Notification.Kind.DANGER if in_danger else Notification.Kind.FOLLOW_UP
            _record_notifications(complaint, kind, occasion=event.pk)
    except Exception:
        _discard_files(stored_files)
        raise
    log(
        complaint,
        "complaints.worker_update",
        user=None,
        data={"reopened": reopened, "in_danger": bool(in_danger)},
    )
    complaint_id = complaint.pk
    transaction.on_commit(lambda: enqueue_pending_notifications(complaint_id))
    return complaint


def record_worker_visit(complaint, now=None):
    """The worker opened their case with its code: remember when, and return the visit
    before (None for the first), which the tracking page shows."""
    previous = complaint.worker_opened_at
    complaint.worker_opened_at = now or timezone.now()
    Complaint.objects.filter(pk=complaint.pk).update(worker_opened_at=complaint.worker_opened_at)
    return previous


def _reopen_for_follow_up(complaint, now, urgent=False):
    """An answered or closed case goes back on the clock, due 48 hours (2 if urgent) after
    the follow-up. A case still open keeps its due time: new information never gives
    officers longer."""
    if complaint.status in OPEN_STATUSES:
        return False
    _change_status(complaint, None, Status.IN_PROGRESS)
    complaint.closed_at = None
    complaint.due_at = due_from(now, urgent=urgent or complaint.in_danger)
    complaint.clock_round += 1
    return True


# --- Keys and retention -----------------------------------------------------------------------

ENCRYPTED_COMPLAINT_FIELDS = [
    "organisation_name",
    "agency_name",
    "employer",
    "location",
    "happened_when",
    "description",
    "contact_detail",
]


def reencrypt_all():
    """Re-encrypt every encrypted value and attachment under the current (first) key."""
    complaints = events = files = 0
    for complaint in Complaint.objects.iterator(chunk_size=200):
        complaint.save(update_fields=ENCRYPTED_COMPLAINT_FIELDS)
        complaints += 1
    for event in CaseEvent.objects.exclude(body="").iterator(chunk_size=200):
        event.save(update_fields=["body"])
        events += 1
    for attachment in ComplaintAttachment.objects.iterator(chunk_size=200):
        path = attachment_storage.stored_path(attachment.stored_name)
        if path.exists():
            from .crypto import rotate_bytes

            temporary = path.with_suffix(".tmp")
            temporary.write_bytes(rotate_bytes(path.read_bytes()))
            temporary.replace(path)
            files += 1
    return {"complaints": complaints, "events": events, "attachments": files}


def retire_old_keys():
    """Record every key of DATA_ENCRYPTION_KEYS but the first as retired (fingerprints only),
    after reencrypt_all moved everything to the first. Returns the fingerprints."""
    from .crypto import configured_keys, key_fingerprint
    from .models import RetiredEncryptionKey

    current = key_fingerprint(configured_keys()[0])
    fingerprints = [key_fingerprint(key) for key in configured_keys()[1:]]
    fingerprints = [fingerprint for fingerprint in fingerprints if fingerprint != current]
    for fingerprint in fingerprints:
        RetiredEncryptionKey.objects.get_or_create(fingerprint=fingerprint)
    return fingerprints


def erase_personal_data(complaint):
    """Keep the anonymous skeleton (destination, categories, dates, status) for statistics."""
    with transaction.atomic():
        for attachment in complaint.attachments.all():
            attachment_storage.delete_stored(attachment.stored_name)
        complaint.attachments.all().delete()
        complaint.events.update(body="")
        complaint.notifications.all().delete()
        for field in ENCRYPTED_COMPLAINT_FIELDS:
            setattr(complaint, field, "")
        complaint.code_hash = ""
        complaint.receipt_sealed = ""
        complaint.form_token_hash = None
        complaint.personal_data_erased_at = timezone.now()
        complaint.save()
    log(complaint, "complaints.erased", user=None)


def erasure_notice_due(max_days, notice_days, now=None):
    """Complaints not yet erased that reach the maximum retention within notice_days and
    whose supervisors have not been told yet."""
    now = now or timezone.now()
    return Complaint.objects.exclude(status=Status.CLOSED).filter(
        personal_data_erased_at__isnull=True,
        erasure_notice_sent_at__isnull=True,
        created_at__lte=now - timedelta(days=max(max_days - notice_days, 0)),
    )


def apply_max_retention(max_days, notice_days, now=None, dry_run=False):
    """Complaints never closed are not kept for ever: COMPLAINT_MAX_RETENTION_DAYS after they
    were filed, their personal data is erased (closed ones follow apply_retention).
    Supervisors are told notice_days before (one email listing the references, through the
    task queue), and a complaint is erased only once that notice is notice_days old: a late
    cron or a mail failure postpones the erasure, it never skips the notice."""
    from .retention_notice import send_erasure_notice

    now = now or timezone.now()
    to_tell = list(
        erasure_notice_due(max_days, notice_days, now)
        .order_by("created_at")
        .values_list("pk", flat=True)
    )
    if to_tell and not dry_run:
        try:
            send_erasure_notice.enqueue(to_tell, max_days, notice_days)
        except Exception:  # the queue being down postpones the notice (and the erasure)
            logger.exception("could not enqueue the erasure notice")
    due = Complaint.objects.exclude(status=Status.CLOSED).filter(
        personal_data_erased_at__isnull=True,
        created_at__lt=now - timedelta(days=max_days),
        erasure_notice_sent_at__lte=now - timedelta(days=notice_days),
    )
    erased = 0
    for complaint in due.iterator(chunk_size=100):
        if not dry_run:
            erase_personal_data(complaint)
        erased += 1
    return {"noticed": len(to_tell), "erased": erased}


def apply_retention(days, now=None, dry_run=False):
    now = now or timezone.now()
    due = Complaint.objects.filter(
        status=Status.CLOSED,
        closed_at__lt=now - timedelta(days=days),
        personal_data_erased_at__isnull=True,
    )
    count = 0
    for complaint in due.iterator(chunk_size=100):
        if not dry_run:
            erase_personal_data(complaint)
        count += 1
    return count
