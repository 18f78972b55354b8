from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.http import Http404
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from rest_framework import serializers
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from orientation.core.links import complaint_form_url
from orientation.core.models import SYNCHRONISED_SLUG, BasePage
from orientation.core.public_version import as_readers_see
from orientation.core.translation import facts
from orientation.core.unconfirmed import UnconfirmedFactsMixin
from orientation.destinations.models import Destination

from . import reading
from .blocks import RightsStreamBlock


class LegalInstrument(UnconfirmedFactsMixin, TranslatableMixin, index.Indexed, models.Model):
    """A policy, law, convention or agreement that explainers cite.

    Translatable so its name and summary can be read in every language; the slug stays the
    same in every locale (it is part of /<lang>/rights/instruments/<slug>/)."""

    class Kind(models.TextChoices):
        NATIONAL_POLICY = "national_policy", _("National policy")
        SUB_DECREE = "sub_decree", _("Sub-decree")
        ILO_CONVENTION = "ilo_convention", _("ILO convention")
        ILO_RECOMMENDATION = "ilo_recommendation", _("ILO recommendation")
        UN_CONVENTION = "un_convention", _("UN convention")
        ASEAN_INSTRUMENT = "asean_instrument", _("ASEAN instrument")
        BILATERAL_MOU = "bilateral_mou", _("Bilateral memorandum of understanding")

    name = models.CharField(_("name"), max_length=300)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Part of the instrument's URL, the same in every language: never change it."),
    )
    kind = models.CharField(_("kind"), max_length=24, choices=Kind)
    year = models.CharField(
        _("year or period"),
        max_length=20,
        blank=True,
        help_text=_("e.g. 2011 or 2019-2023. Leave empty when nobody has checked it."),
    )
    number = models.CharField(
        _("number"), max_length=40, blank=True, help_text=_("e.g. 190 or C189, when it has one.")
    )
    official_url = models.URLField(
        _("official link"),
        blank=True,
        help_text=_("Only a link you have opened and checked; leave empty otherwise."),
    )
    summary = models.CharField(_("one-line summary"), max_length=300)
    destination = models.ForeignKey(
        "destinations.Destination",
        verbose_name=_("destination"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="legal_instruments",
        help_text=_("For an agreement with one destination country."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("kind"),
        FieldPanel("year"),
        FieldPanel("number"),
        FieldPanel("official_url"),
        FieldPanel("summary"),
        FieldPanel("destination"),
        FieldPanel("sort_order"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.SearchField("summary"),
        # What the admin's listing and chooser search (autocomplete).
        index.AutocompleteField("name"),
        index.AutocompleteField("number"),
        index.AutocompleteField("summary"),
        index.FilterField("locale"),
        index.FilterField("kind"),
    ]
    override_translatable_fields = [
        SYNCHRONISED_SLUG,
        *facts("kind", "year", "number", "official_url", "destination", "sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]
        verbose_name = _("legal instrument")
        verbose_name_plural = _("legal instruments")

    def __str__(self):
        if self.year:
            return f"{self.name} ({self.year})"
        return self.name

    def own_unconfirmed_facts(self):
        return [name for name in ("year", "official_url") if not getattr(self, name)]

    @property
    def is_bilateral_agreement(self):
        return self.kind == self.Kind.BILATERAL_MOU

    # Reads in the reader's language (reading.language_preference): a fixed number of
    # queries each, whatever the number of instruments (docs/design.md budget: no N+1).

    @classmethod
    def in_reader_language(cls):
        """Every instrument once, in the reader's language where translated."""
        instruments = reading.in_preferred_languages(cls.objects.all()).order_by(
            "sort_order", "name"
        )
        return reading.best_translation_per_key(instruments)

    @classmethod
    def find_in_reader_language(cls, slug):
        found = reading.best_translation_per_key(
            reading.in_preferred_languages(cls.objects.filter(slug=slug))
        )
        return found[0] if found else None

    @classmethod
    def cited_by(cls, page):
        """The instruments a page cites, in the reader's language. An alias cites what its
        source cites. A deleted instrument simply drops out (its relation rows go with it)."""
        cited_keys = cls.objects.filter(rights_pages__in=reading.pages_and_source(page)).values(
            "translation_key"
        )
        instruments = reading.in_preferred_languages(
            cls.objects.filter(translation_key__in=cited_keys)
        ).order_by("sort_order", "name")
        return reading.best_translation_per_key(instruments)


RESERVED_SLUG = "instruments"


class RightsPageForm(WagtailAdminPageForm):
    """Offers the instruments of the page's own language, so an editor never sees each one
    twice; instruments already cited stay listed whatever their language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("cited_instruments")
        if field is None:
            return
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        if locale_id is None:
            return
        cited = self.instance.cited_instruments.all() if self.instance.pk else []
        field.queryset = LegalInstrument.objects.filter(
            models.Q(locale_id=locale_id) | models.Q(pk__in=[i.pk for i in cited])
        )


class RightsIndexPage(RoutablePageMixin, BasePage):
    """/<lang>/rights/: the explainers, and one page per instrument listing who cites it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["rights.RightsPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("rights index")

    @classmethod
    def sitemap_routes(cls):
        """The instrument pages each rights index serves, for /sitemap.xml: (sub-path,
        {language: whether the text is in that language}), for the languages where the route
        finds the instrument at all (its own, else English, else Khmer: the selectors' rule).
        A fallback is listed without being announced as that language."""
        from django.conf import settings

        written_in_by_slug = {}
        for slug, language in LegalInstrument.objects.values_list("slug", "locale__language_code"):
            written_in_by_slug.setdefault(slug, set()).add(language)
        routes = []
        for slug, written_in in written_in_by_slug.items():
            served = {
                code: code in written_in
                for code, _name in settings.LANGUAGES
                if written_in.intersection(reading.language_preference(code))
            }
            routes.append((f"{RESERVED_SLUG}/{slug}/", served))
        return routes

    @path("")
    def index_route(self, request):
        index_url = self.get_url(request=request)
        return self.render(
            request,
            context_overrides={
                "explainers": RightsPage.explainers_under(self),
                "instruments": reading.with_page_urls(
                    LegalInstrument.in_reader_language(), index_url
                ),
            },
        )

    @path("instruments/<slug:instrument_slug>/")
    def instrument_route(self, request, instrument_slug):
        instrument = LegalInstrument.find_in_reader_language(instrument_slug)
        if instrument is None:
            raise Http404
        return self.render(
            request,
            template="rights/legal_instrument_page.html",
            context_overrides={
                "instrument": instrument,
                "explainers": RightsPage.citing_under(self, instrument),
                "index_url": self.get_url(request=request),
                # Not the index page: the language switcher and hreflang then link this
                # instrument's URL in each language instead of the index's translations.
                "page": None,
                "self": None,
            },
        )


class RightsPage(BasePage):
    """/<lang>/rights/<slug>/: one right, in plain words, with what to do about it."""

    summary = models.CharField(
        _("summary"),
        max_length=240,
        help_text=_("One sentence shown in lists and on destination guides."),
    )
    body = StreamField(RightsStreamBlock(), verbose_name=_("body"))
    related_destinations = ParentalManyToManyField(
        "destinations.Destination",
        blank=True,
        related_name="rights_pages",
        verbose_name=_("related destinations"),
        help_text=_("The destination guides that list this explainer."),
    )
    cited_instruments = ParentalManyToManyField(
        LegalInstrument,
        blank=True,
        related_name="rights_pages",
        verbose_name=_("cited instruments"),
        help_text=_("The policies, laws and conventions this right rests on."),
    )

    base_form_class = RightsPageForm

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("summary"),
        FieldPanel("body"),
        FieldPanel("related_destinations", widget=forms.CheckboxSelectMultiple),
        FieldPanel("cited_instruments", widget=forms.CheckboxSelectMultiple),
    ]

    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    # Partners get slugs: stable in every language, unlike database ids.
    api_fields = [
        APIField("summary"),
        APIField("body"),
        APIField("last_reviewed"),
        APIField(
            "related_destinations",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
        APIField(
            "cited_instruments",
            serializer=serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug"),
        ),
    ]

    parent_page_types = ["rights.RightsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("rights explainer")
        verbose_name_plural = _("rights explainers")

    def own_unconfirmed_facts(self):
        """With no instrument cited, the page says they are to be confirmed."""
        return [] if LegalInstrument.cited_by(self) else ["instruments"]

    def clean(self):
        super().clean()
        # /<lang>/rights/instruments/... belongs to the index's instrument pages.
        if self.slug == RESERVED_SLUG:
            raise ValidationError({"slug": _("This slug is reserved for the instrument pages.")})

    @classmethod
    def explainers_under(cls, index_page):
        """The live explainers under this index, in tree order: one query."""
        return as_readers_see(
            cls.objects.child_of(index_page).live().defer_streamfields().order_by("path")
        )

    @classmethod
    def citing_under(cls, index_page, instrument):
        """The live explainers under this index (so in the reader's language) that cite the
        instrument in any of its translations."""
        citing_keys = cls.objects.filter(
            cited_instruments__translation_key=instrument.translation_key
        ).values("translation_key")
        return as_readers_see(
            cls.objects.child_of(index_page)
            .live()
            .filter(translation_key__in=citing_keys)
            .defer_streamfields()
            .order_by("path")
        )

    def destination_guide_links(self):
        destinations = Destination.objects.filter(
            rights_pages__in=reading.pages_and_source(self)
        ).distinct()
        return [
            {"destination": destination, "url": reading.destination_guide_url(destination)}
            for destination in destinations.order_by("sort_order", "slug")
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["destination_links"] = self.destination_guide_links()
        index_url = reading.index_url_of(self, request=request)
        context["index_url"] = index_url
        instruments = reading.with_page_urls(LegalInstrument.cited_by(self), index_url)
        general, agreements = reading.split_bilateral_agreements(instruments)
        context["instruments"] = instruments
        context["general_instruments"] = general
        context["bilateral_agreements"] = agreements
        context["complaint_form_url"] = complaint_form_url()
        return context
