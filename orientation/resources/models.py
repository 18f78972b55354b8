from django import forms
from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index

from orientation.core.blocks import VerifiedNumberBlock
from orientation.core.models import ReviewedContentMixin
from orientation.core.translation import facts
from orientation.core.unconfirmed import UnconfirmedFactsMixin


class Service(models.Model):
    """A kind of help an organisation gives (legal aid, shelter...). The slugs are used in
    filter URLs and in the API, so they never change; a data migration creates them."""

    slug = models.SlugField(unique=True)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_km = models.CharField(_("name in Khmer"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("service")
        verbose_name_plural = _("services")

    def __str__(self):
        return self.name_en

    @property
    def name(self):
        return self.name_km if (get_language() or "km") == "km" else self.name_en


class SpokenLanguage(models.Model):
    """A language an organisation's staff can speak with a worker (ISO 639 code)."""

    code = models.SlugField(unique=True, max_length=12)
    name_en = models.CharField(_("name in English"), max_length=80)
    name_native = models.CharField(_("name in the language itself"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order", "code"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return f"{self.name_native} ({self.name_en})"


class ContactNumberBlock(blocks.StructBlock):
    """A labelled phone number under the truth rule of VerifiedNumberBlock."""

    label = blocks.CharBlock(
        label=_("label"), max_length=80, required=False, help_text=_("e.g. Office, Hotline")
    )
    phone = VerifiedNumberBlock(label=_("phone"))

    class Meta:
        icon = "mobile-alt"
        label = _("Phone number")
        template = "resources/blocks/contact_number_block.html"


class Organisation(
    WorkflowMixin,
    TranslatableMixin,
    DraftStateMixin,
    RevisionMixin,
    ReviewedContentMixin,
    UnconfirmedFactsMixin,
    index.Indexed,
    ClusterableModel,
):
    """An organisation or service that helps migrant workers, listed in the directory."""

    class Kind(models.TextChoices):
        NGO = "ngo", _("Non-governmental organisation")
        HOTLINE = "hotline", _("Hotline")
        SHELTER = "shelter", _("Shelter")
        LEGAL_AID = "legal-aid", _("Legal aid")
        EMBASSY = "embassy", _("Embassy or labour counsellor")
        RESOURCE_CENTRE = "resource-centre", _("Migrant worker resource centre")
        GOVERNMENT = "government", _("Government body")
        INTERNATIONAL = "international", _("International organisation")

    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind, default=Kind.NGO)
    description = models.TextField(_("what they do"), max_length=1000, blank=True)
    services = ParentalManyToManyField(
        Service, blank=True, related_name="organisations", verbose_name=_("services")
    )
    destinations = ParentalManyToManyField(
        "destinations.Destination",
        blank=True,
        related_name="organisations",
        verbose_name=_("destinations"),
        help_text=_("Leave empty when the organisation helps workers going to any destination."),
    )
    languages = ParentalManyToManyField(
        SpokenLanguage,
        blank=True,
        related_name="organisations",
        verbose_name=_("languages spoken"),
    )
    contacts = StreamField(
        [("phone", ContactNumberBlock())],
        blank=True,
        verbose_name=_("phone numbers"),
        help_text=_("Unverified numbers are shown to readers as 'to be confirmed by editors'."),
    )
    address = models.TextField(_("address"), max_length=400, blank=True)
    address_source = models.CharField(
        _("source of the address"),
        max_length=200,
        blank=True,
        help_text=_("Where the address comes from. Without a source it is not shown."),
    )
    website = models.URLField(_("website"), blank=True)

    objects = models.Manager()

    panels = [
        FieldPanel("name"),
        FieldPanel("kind"),
        FieldPanel("description"),
        FieldPanel("services", widget=forms.CheckboxSelectMultiple),
        FieldPanel("destinations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
        FieldPanel("contacts"),
        MultiFieldPanel(
            [FieldPanel("address"), FieldPanel("address_source")], heading=_("Address")
        ),
        FieldPanel("website"),
        *ReviewedContentMixin.review_panels,
    ]
    # Numbers (in `contacts`, see VerifiedNumberBlock), the website and the review dates are
    # the source's in every language.
    override_translatable_fields = facts("kind", "website", "last_reviewed", "review_interval_days")

    search_fields = [
        index.SearchField("name"),
        index.SearchField("description"),
        index.AutocompleteField("name"),
        index.FilterField("locale_id"),
        index.FilterField("live"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")

    def __str__(self):
        return self.name

    @property
    def verified_address(self):
        """The address only when someone has said where it comes from (truth rule)."""
        return self.address if self.address and self.address_source else ""

    def own_unconfirmed_facts(self):
        # Its numbers, one by one, are found in `contacts` (VerifiedNumberBlock).
        missing = [] if self.contacts else ["contacts"]
        return missing if self.verified_address else [*missing, "address"]
