"""Complaints: the record a worker files, what officers do with it, and who may see it.

Personal data (contact details, description, employer, place and time, notes, replies, the
worker's additions, attachments) is encrypted at rest; everything else is the anonymous
skeleton kept for statistics after the retention period."""

from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.models.audit_log import BaseLogEntry, BaseLogEntryManager

from orientation.core.permissions import is_complaint_handler, is_complaint_supervisor

from .crypto import EncryptedTextField
from .triage import DangerSign

RESPONSE_HOURS = 48
REMINDER_HOURS = 36


class FilerKind(models.TextChoices):
    WORKER = "worker", _("I am the worker")
    FAMILY = "family", _("A family member of the worker")
    ORGANISATION = "organisation", _("An organisation, on the worker's behalf")


class Category(models.TextChoices):
    UNPAID_WAGES = "unpaid-wages", _("Unpaid wages")
    DOCUMENTS_TAKEN = "documents-taken", _("Passport or documents taken")
    CONTRACT_CHANGED = "contract-changed", _("Contract different from what was signed")
    ILLEGAL_FEES = "illegal-fees", _("Illegal fees or debt")
    VIOLENCE = "violence", _("Violence or threats")
    UNSAFE_WORK = "unsafe-work", _("Unsafe work")
    CANNOT_LEAVE = "cannot-leave", _("Can't leave or return home")
    TRAFFICKING = "trafficking", _("Human trafficking")
    OTHER = "other", _("Something else")


class ContactMethod(models.TextChoices):
    PHONE = "phone", _("Phone call")
    MESSAGING = "messaging", _("Messaging app (Telegram, WhatsApp, Messenger, LINE...)")
    EMAIL = "email", _("Email")
    NONE = "none", _("Do not contact me (anonymous)")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    RESPONDED = "responded", _("Responded")
    CLOSED = "closed", _("Closed")


# The 48-hour clock runs until officers answer the worker, and again from the worker's
# follow-up when one reopens an answered case (services.worker_add_information).
OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS)


def join_codes(codes):
    """Codes (categories, danger signs) as one column: ",a,b,", so that one code can be
    filtered with a LIKE on every database without a join table; "" for none."""
    return ("," + ",".join(codes) + ",") if codes else ""


def split_codes(value):
    return [code for code in value.split(",") if code]


def response_hours(urgent=False):
    """How long officers have for a first answer: COMPLAINT_URGENT_RESPONSE_HOURS (2 by
    default) for an urgent case (triage.is_urgent), 48 hours for the others."""
    return settings.COMPLAINT_URGENT_RESPONSE_HOURS if urgent else RESPONSE_HOURS


def due_from(moment, urgent=False):
    """When an answer is due for a clock started at `moment` (filing or a follow-up that
    reopens the case): the one place the hours are added."""
    return moment + timedelta(hours=response_hours(urgent))


class ComplaintQuerySet(models.QuerySet):
    """The clock's rules, once: open means not yet answered (the 48 hours run), overdue means
    open past its due time."""

    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def visible_to(self, user):
        """Who sees which complaint, once: all for supervisors, their destinations' for
        officers, none for anyone else (editors included)."""
        if is_complaint_supervisor(user):
            return self
        if not is_complaint_handler(user):
            return self.none()
        return self.filter(destination__officers__user=user)

    def overdue(self, now=None):
        return self.open().filter(due_at__lt=now or timezone.now())

    def due_within(self, hours, now=None):
        now = now or timezone.now()
        return self.open().filter(due_at__gte=now, due_at__lt=now + timedelta(hours=hours))


class Complaint(models.Model):
    reference = models.CharField(_("reference"), max_length=16, unique=True, editable=False)
    code_hash = models.CharField(max_length=128, editable=False)
    # sha256 of the hidden form token: a second POST of the same form finds the first complaint.
    form_token_hash = models.CharField(max_length=64, unique=True, null=True, editable=False)
    # The secret code sealed with a key derived from the form token (which only the worker's
    # page holds), so a retried POST landing on any worker or host can show the receipt
    # again. Emptied RECEIPT_SECONDS after filing (services.py).
    receipt_sealed = models.TextField(blank=True, default="", editable=False)
    destination = models.ForeignKey(
        "destinations.Destination",
        on_delete=models.PROTECT,
        related_name="complaints",
        verbose_name=_("destination"),
    )
    filer_kind = models.CharField(
        _("who is filing"), max_length=20, choices=FilerKind.choices, default=FilerKind.WORKER
    )
    # Typed by the worker, so personal (it may name the worker's NGO or a small agency that
    # identifies them): encrypted and erased with the rest. The form keeps the 200-character
    # limit; the column is text because the token is longer than what was typed.
    organisation_name = EncryptedTextField(_("organisation"), blank=True)
    # Codes of Category joined as ",a,b," so that one category can be filtered with a LIKE on
    # every database without a join table.
    categories = models.CharField(_("categories"), max_length=300, blank=True, default="")
    agency = models.ForeignKey(
        "scams.Agency",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="complaints",
        verbose_name=_("agency (from the register)"),
    )
    # Free text, encrypted: statistics count complaints by `agency` (the register), never by
    # this.
    agency_name = EncryptedTextField(_("agency (as typed)"), blank=True)
    employer = EncryptedTextField(_("employer"), blank=True)
    location = EncryptedTextField(_("where"), blank=True)
    happened_when = EncryptedTextField(_("when"), blank=True)
    description = EncryptedTextField(_("what happened"), blank=True)
    contact_method = models.CharField(
        _("contact by"), max_length=20, choices=ContactMethod.choices, default=ContactMethod.NONE
    )
    contact_detail = EncryptedTextField(_("contact detail"), blank=True)
    # Urgent (triage.is_urgent): ticked "in danger now" or answered yes to a danger sign.
    in_danger = models.BooleanField(_("urgent: in danger"), default=False)
    # The triage answers that were "yes", as ",code,code," (triage.DangerSign).
    danger_signs = models.CharField(_("danger signs"), max_length=120, blank=True, default="")
    consent = models.BooleanField(_("consent given"), default=False)
    language = models.CharField(_("language of the form"), max_length=10, blank=True)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    created_at = models.DateTimeField(_("received at"), default=timezone.now, db_index=True)
    due_at = models.DateTimeField(_("answer due by"), db_index=True)
    first_response_at = models.DateTimeField(null=True, blank=True)
    closed_at = models.DateTimeField(null=True, blank=True)
    assigned_to = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_complaints",
        verbose_name=_("assigned to"),
    )
    # When the worker last added information that no officer has answered yet (cleared by a
    # reply): the list and the dashboard show it as "new information from the worker".
    new_information_at = models.DateTimeField(
        _("new information from the worker"), null=True, blank=True, db_index=True
    )
    # How many times a follow-up put the case back on the clock: reminders and escalations
    # are sent once per complaint, person and round (Notification.occasion).
    clock_round = models.PositiveSmallIntegerField(default=0, editable=False)
    personal_data_erased_at = models.DateTimeField(null=True, blank=True)
    # When the worker last opened the case with its code: the tracking page shows the one
    # before, so a worker can tell whether someone else looked.
    worker_opened_at = models.DateTimeField(null=True, blank=True, editable=False)
    # When supervisors were told that this complaint, never closed, reaches the maximum
    # retention (services.apply_max_retention): never erased before that notice is old enough.
    erasure_notice_sent_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-in_danger", "due_at"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        permissions = [
            ("handle_complaints", "Can handle complaints of their own destinations"),
            ("see_all_complaints", "Can see and handle complaints of every destination"),
        ]
        indexes = [models.Index(fields=["status", "due_at"])]

    def __str__(self):
        # Only the reference: this string ends up in the audit log and emails.
        return self.reference

    def save(self, *args, **kwargs):
        if self.due_at is None:
            self.due_at = due_from(self.created_at, urgent=self.in_danger)
        super().save(*args, **kwargs)

    @property
    def category_codes(self):
        return split_codes(self.categories)

    @property
    def danger_sign_codes(self):
        return split_codes(self.danger_signs)

    @property
    def danger_sign_labels(self):
        labels = dict(DangerSign.choices)
        return [labels.get(code, code) for code in self.danger_sign_codes]

    @property
    def category_labels(self):
        labels = dict(Category.choices)
        return [labels.get(code, code) for code in self.category_codes]


class ComplaintAttachment(models.Model):
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    # Random name under PRIVATE_MEDIA_ROOT; the worker's file name is never kept (it often
    # holds a name or a phone number).
    stored_name = models.CharField(max_length=80, unique=True)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField()
    from_worker_update = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.complaint.reference} attachment {self.pk}"

    @property
    def extension(self):
        return {"image/jpeg": "jpg", "image/png": "png", "application/pdf": "pdf"}.get(
            self.content_type, "bin"
        )


class CaseEvent(models.Model):
    """One line of a complaint's history. Notes stay internal; replies and the worker's own
    additions are shown on the tracking page."""

    class Kind(models.TextChoices):
        RECEIVED = "received", _("Complaint received")
        NOTE = "note", _("Internal note")
        REPLY = "reply", _("Reply to the worker")
        STATUS = "status", _("Status changed")
        ASSIGNMENT = "assignment", _("Assigned")
        WORKER_UPDATE = "worker_update", _("The worker added information")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="events")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    body = EncryptedTextField(blank=True)
    old_value = models.CharField(max_length=150, blank=True)
    new_value = models.CharField(max_length=150, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.complaint.reference} {self.kind}"

    @property
    def new_value_display(self):
        if self.kind == self.Kind.STATUS:
            return dict(Status.choices).get(self.new_value, self.new_value)
        return self.new_value


class Notification(models.Model):
    """An email owed to an officer or supervisor. Recorded before it is sent so that a mail
    server failure is visible in the admin and retried by `manage.py complaints_sla`."""

    class Kind(models.TextChoices):
        NEW = "new", _("New complaint")
        DANGER = "danger", _("Worker in danger")
        REMINDER = "reminder", _("36-hour reminder")
        OVERDUE = "overdue", _("Overdue: escalated")
        FOLLOW_UP = "follow_up", _("New information from the worker")

    class State(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=20, choices=Kind.choices)
    # A staff member, or (recipient empty) the configured fallback address when no officer
    # or supervisor can be reached: selectors.notification_recipients() decides.
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.CASCADE
    )
    recipient_email = models.EmailField(blank=True)
    # What the notice is about beyond its kind, so that each is sent once: 0 for the filing,
    # the complaint's clock_round for reminders and escalations, the worker's addition (its
    # CaseEvent id) for notices about a follow-up.
    occasion = models.PositiveIntegerField(default=0, editable=False)
    state = models.CharField(max_length=10, choices=State.choices, default=State.QUEUED)
    attempts = models.PositiveSmallIntegerField(default=0)
    last_error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["complaint", "kind", "occasion", "recipient"],
                name="one_notification_per_kind_and_occasion",
            ),
            models.UniqueConstraint(
                fields=["complaint", "kind", "occasion", "recipient_email"],
                condition=models.Q(recipient__isnull=True),
                name="one_fallback_notification_per_kind_and_occasion",
            ),
        ]

    def __str__(self):
        to = f"user {self.recipient_id}" if self.recipient_id else "the fallback address"
        return f"{self.complaint.reference} {self.kind} to {to}"

    @property
    def address(self):
        return self.recipient.email if self.recipient_id else self.recipient_email


class OfficerProfile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="officer_profile"
    )
    destinations = models.ManyToManyField(
        "destinations.Destination", related_name="officers", blank=True
    )

    def __str__(self):
        return f"Officer profile of {self.user}"


class RetiredEncryptionKey(models.Model):
    """A key of DATA_ENCRYPTION_KEYS that no longer encrypts anything, recorded by
    `reencrypt_complaints --retire-old` after every row moved to the new key. Only a one-way
    fingerprint (crypto.key_fingerprint) is kept, never the key."""

    fingerprint = models.CharField(max_length=64, unique=True)
    retired_at = models.DateTimeField(default=timezone.now)

    def __str__(self):
        return f"retired key {self.fingerprint[:16]}"

    def save(self, *args, **kwargs):
        from .crypto import forget_retirement_checks

        super().save(*args, **kwargs)
        forget_retirement_checks()


class ComplaintLogEntryManager(BaseLogEntryManager):
    def log_action(self, instance, action, **kwargs):
        kwargs.update(complaint_id=instance.pk)
        return super().log_action(instance, action, **kwargs)

    def for_instance(self, instance):
        return self.filter(complaint_id=instance.pk)

    def viewable_by_user(self, user):
        # Wagtail's generic rule (any permission on the model) would show every officer the
        # history of every destination's complaints in the site-history report: the same
        # rule as the complaint list applies instead. Supervisors (superusers among them)
        # see the whole trail, entries of since-deleted complaints included.
        if is_complaint_supervisor(user):
            return self.all()
        return self.filter(complaint_id__in=Complaint.objects.visible_to(user).values("pk"))


class ComplaintLogEntry(BaseLogEntry):
    """The audit trail of one complaint: who received, viewed, changed or answered it."""

    # No database constraint, like Wagtail's page log: the trail outlives the complaint.
    complaint = models.ForeignKey(
        Complaint, on_delete=models.DO_NOTHING, db_constraint=False, related_name="+"
    )

    objects = ComplaintLogEntryManager()

    def full_clean(self, exclude=None, **kwargs):
        # BaseLogEntry.save() validates; the caller already holds the complaint, and asking
        # the database again that it exists would cost a query on every logged action.
        super().full_clean(exclude={*(exclude or ()), "complaint"}, **kwargs)

    class Meta(BaseLogEntry.Meta):
        ordering = ["-timestamp", "-id"]
        verbose_name = _("complaint log entry")
        verbose_name_plural = _("complaint log entries")

    @cached_property
    def object_id(self):
        return self.complaint_id


class ReplyTemplate(models.Model):
    """A reply text officers start from (acknowledgement, asking for more, a referral),
    written by supervisors in Khmer and English. The officer picks one on the case page and
    edits it before sending: a template is never sent as it is."""

    title = models.CharField(_("name"), max_length=100)
    body_km = models.TextField(_("text in Khmer"))
    body_en = models.TextField(_("text in English"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["sort_order", "title", "pk"]
        verbose_name = _("reply template")
        verbose_name_plural = _("reply templates")

    def __str__(self):
        return self.title

    def body(self, language):
        """The text in that language ("km" or "en"), the Khmer one when there is no other."""
        if language == "en" and self.body_en:
            return self.body_en
        return self.body_km
