import re

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from orientation.core.blocks import BaseStreamBlock
from orientation.core.models import AreaIndexPage, BasePage
from orientation.core.public_version import as_readers_see
from orientation.core.text import normalise_text
from orientation.core.unconfirmed import UnconfirmedFactsMixin

from .blocks import RedFlagsBlock, WhatToDoBlock
from .normalise import agency_keys, licence_key

URL_SAFE_LICENCE = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-]*")


class AgencyStatus(models.TextChoices):
    LICENSED = "licensed", _("Licensed")
    SUSPENDED = "suspended", _("Suspended")
    REVOKED = "revoked", _("Revoked")
    EXPIRED = "expired", _("Expired")


class AgencyQuerySet(models.QuerySet):
    def in_register(self):
        """The agencies readers may be told about: every public page, search, feed, API and
        the complaint form read the register through this one rule."""
        return self.filter(in_register=True)


class Agency(UnconfirmedFactsMixin, index.Indexed, models.Model):
    """A private recruitment agency in the ministry's register.

    Not translatable: the register is one list of legal names in Khmer and Latin script,
    the same for readers of every language.
    """

    name_km = models.CharField(_("legal name in Khmer"), max_length=255, blank=True)
    name_latin = models.CharField(_("legal name in Latin script"), max_length=255)
    licence_number = models.CharField(
        _("licence number"),
        max_length=64,
        unique=True,
        help_text=_("As printed on the licence, e.g. DEMO-0001."),
    )
    # Matching key for licence numbers whatever their case, spaces or dashes.
    licence_key = models.CharField(max_length=64, unique=True, editable=False)
    status = models.CharField(
        _("status"),
        max_length=12,
        choices=AgencyStatus,
        default=AgencyStatus.LICENSED,
        db_index=True,
    )
    valid_from = models.DateField(_("valid from"), null=True, blank=True)
    valid_until = models.DateField(_("valid until"), null=True, blank=True)
    destinations = models.ManyToManyField(
        "destinations.Destination",
        blank=True,
        related_name="agencies",
        verbose_name=_("destinations"),
        help_text=_("The countries this agency is licensed to send workers to."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Leave empty if unknown: readers see 'to be confirmed by editors'."),
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("Shown to readers only once verified.")
    )
    phone_verified = models.BooleanField(
        _("phone verified"),
        default=False,
        help_text=_("Tick only when the number comes from a named source you have checked."),
    )
    phone_source = models.CharField(_("phone source"), max_length=255, blank=True)
    # Both names, case-folded and without invisible characters, for fast partial matching
    # in any case without database-specific functions.
    search_name = models.TextField(editable=False, db_index=True, default="")
    updated_at = models.DateTimeField(auto_now=True)
    # Set by every import of the ministry's register file that lists the agency, changed or
    # not, so readers can tell how fresh the licence facts are; never by an admin edit.
    register_checked_at = models.DateTimeField(
        _("last listed in the ministry's register file"), null=True, blank=True, editable=False
    )
    # An agency added by hand in the admin waits here until a second person approves its
    # entry (services.agency_save_for_review): a "licensed" agency tells workers they may
    # pay it. The ministry's register file and approved entries set it.
    in_register = models.BooleanField(
        _("in the public register"), default=True, editable=False, db_index=True
    )

    objects = AgencyQuerySet.as_manager()

    search_fields = [
        index.SearchField("name_latin"),
        index.SearchField("name_km"),
        index.SearchField("licence_number"),
        # Autocomplete fields are what the admin's listing and chooser search: staff look an
        # agency up by either name, its licence number or its phone.
        index.AutocompleteField("name_latin"),
        index.AutocompleteField("name_km"),
        index.AutocompleteField("licence_number"),
        index.AutocompleteField("phone"),
        index.FilterField("status"),
    ]

    panels = [
        MultiFieldPanel([FieldPanel("name_km"), FieldPanel("name_latin")], heading=_("Legal name")),
        FieldPanel("licence_number"),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("valid_from"), FieldPanel("valid_until")],
            heading=_("Licence"),
        ),
        FieldPanel("destinations"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldPanel("phone"),
                FieldPanel("phone_verified"),
                FieldPanel("phone_source"),
            ],
            heading=_("Contact"),
        ),
    ]

    class Meta:
        ordering = ["name_latin"]
        verbose_name = _("recruitment agency")
        verbose_name_plural = _("recruitment agencies")

    def __str__(self):
        return f"{self.name_latin} ({self.licence_number})"

    def save(self, *args, **kwargs):
        # Derived keys must never drift from the fields they come from, whoever saves.
        self.licence_number = normalise_text(self.licence_number)
        self.licence_key, self.search_name = agency_keys(
            self.name_latin, self.name_km, self.licence_number
        )
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "licence_key", "search_name"}
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if not licence_key(self.licence_number):
            errors["licence_number"] = _("A licence number is required.")
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            errors["valid_until"] = _("The licence cannot end before it starts.")
        if self.phone_verified and not self.phone_source.strip():
            errors["phone_source"] = _("Say where this number comes from, or untick 'verified'.")
        if self.phone_verified and not self.phone.strip():
            errors["phone"] = _("A verified contact needs a number.")
        key = licence_key(self.licence_number)
        if key and Agency.objects.filter(licence_key=key).exclude(pk=self.pk).exists():
            errors["licence_number"] = _("Another agency already has this licence number.")
        if errors:
            raise ValidationError(errors)

    @property
    def url_licence(self):
        """The licence number as it appears in the agency's URL: as printed when that is
        safe in a URL path, otherwise its matching key."""
        if URL_SAFE_LICENCE.fullmatch(self.licence_number or ""):
            return self.licence_number
        return self.licence_key

    def get_url(self):
        return reverse("scams:agency_detail", args=[self.url_licence])

    @property
    def effective_status(self):
        """A licensed agency past its end date is expired, whatever the register says."""
        ended = self.valid_until and self.valid_until < timezone.localdate()
        if self.status == AgencyStatus.LICENSED and ended:
            return AgencyStatus.EXPIRED
        return AgencyStatus(self.status)

    @property
    def is_licensed_now(self):
        return self.effective_status == AgencyStatus.LICENSED

    @property
    def public_phone(self):
        return self.phone if self.phone_verified and self.phone else ""

    def own_unconfirmed_facts(self):
        """What its page shows as "to be confirmed by editors" (orientation.core.unconfirmed);
        the licence dates and destinations are shown only while it is licensed."""
        dated = ("valid_from", "valid_until") if self.is_licensed_now else ()
        missing = [name for name in (*dated, "address") if not getattr(self, name)]
        if not self.public_phone:
            missing.append("phone")
        if self.is_licensed_now and not self.destinations.exists():
            missing.append("destinations")
        return missing


class AgencyStatusChange(models.Model):
    """One change of an agency's licence status: who, when, from what, to what, and why."""

    # Written only by services.record_status_change: editorial roles get "view", never more.
    admin_read_only = True

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="status_changes")
    from_status = models.CharField(_("from"), max_length=12, choices=AgencyStatus, blank=True)
    to_status = models.CharField(_("to"), max_length=12, choices=AgencyStatus)
    changed_at = models.DateTimeField(_("changed at"), default=timezone.now, db_index=True)
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("changed by"),
    )
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    source = models.CharField(
        _("source"),
        max_length=20,
        choices=[("admin", _("Admin")), ("import", _("Import")), ("system", _("System"))],
        default="admin",
    )
    # For an admin change: who proposed it (changed_by is then the reviewer who approved it).
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = _("agency status change")
        verbose_name_plural = _("agency status changes")

    def __str__(self):
        return f"{self.agency.licence_number}: {self.from_status or '-'} -> {self.to_status}"


class AgencyStatusProposal(models.Model):
    """A licence status change made in the admin, waiting for a second person. The agency's
    public status changes only when someone else, holding `approve_status_change`, approves
    it (services.approve_status_proposal). The ministry's register import writes directly."""

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting for approval")
        APPROVED = "approved", _("Approved")
        REJECTED = "rejected", _("Rejected")
        OUTDATED = "outdated", _("Outdated (the status changed meanwhile)")

    agency = models.ForeignKey(Agency, on_delete=models.CASCADE, related_name="status_proposals")
    from_status = models.CharField(_("from"), max_length=12, choices=AgencyStatus)
    to_status = models.CharField(_("to"), max_length=12, choices=AgencyStatus)
    reason = models.CharField(_("reason"), max_length=500, blank=True)
    proposed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("proposed by"),
    )
    proposed_at = models.DateTimeField(_("proposed at"), default=timezone.now)
    state = models.CharField(
        _("state"), max_length=10, choices=State, default=State.PENDING, db_index=True
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)

    class Meta:
        ordering = ["-proposed_at", "-pk"]
        verbose_name = _("licence status change to approve")
        verbose_name_plural = _("licence status changes to approve")
        permissions = [("approve_status_change", "Can approve another person's status change")]

    def __str__(self):
        return f"{self.agency.licence_number}: {self.from_status} -> {self.to_status}"


class ScamIndexPage(AreaIndexPage):
    """/<lang>/scams/: every warning, newest first, with the way to check an agency."""

    subpage_types = ["scams.ScamWarningPage"]

    class Meta:
        verbose_name = _("scam warnings index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["warnings"] = as_readers_see(
            ScamWarningPage.objects.child_of(self)
            .live()
            .public()
            .order_by("-first_published_at", "pk")
        )
        return context


class ScamWarningPage(BasePage):
    """One trick used to lure workers: how to recognise it and what to do."""

    summary = models.CharField(
        _("summary"), max_length=300, help_text=_("One sentence shown in lists and the feed.")
    )
    red_flags = StreamField(
        RedFlagsBlock(),
        verbose_name=_("red flags"),
        help_text=_("Signs a worker can tick off, one per line."),
    )
    what_to_do = StreamField(WhatToDoBlock(), verbose_name=_("what to do"))
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("more information"))
    destinations = ParentalManyToManyField(
        "destinations.Destination",
        blank=True,
        related_name="scam_warnings",
        verbose_name=_("destinations"),
        help_text=_("Leave empty when the trick is used for every destination."),
    )

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("red_flags"),
        FieldPanel("what_to_do"),
        FieldPanel("body"),
        FieldPanel("destinations", widget=forms.CheckboxSelectMultiple),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("red_flags"),
        index.SearchField("what_to_do"),
        index.SearchField("body"),
    ]

    parent_page_types = ["scams.ScamIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("scam warning")
        verbose_name_plural = _("scam warnings")
