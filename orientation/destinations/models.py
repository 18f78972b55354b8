import functools

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm, WagtailAdminPageForm
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from orientation.core.content_generation import fragment_key
from orientation.core.hooks import related_sections_for_destination
from orientation.core.languages import html_lang, text_direction
from orientation.core.links import complaint_form_url, urgent_check_url
from orientation.core.models import BasePage
from orientation.core.public_version import as_readers_see
from orientation.core.translation import facts

from .blocks import GuideStreamBlock
from .layout import dialable_contacts, guide_sections, show_this_card


class DestinationForm(WagtailAdminModelForm):
    """Once a destination exists its slug is fixed for everyone: guides, complaint links,
    partners' feeds and printed QR codes all carry it (the URL contract of docs/design.md). A
    disabled field ignores whatever is posted, so the lock holds even against a hand-made
    request."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk and "slug" in self.fields:
            self.fields["slug"].disabled = True
            self.fields["slug"].help_text = _(
                "Fixed: it is part of published URLs. Ask a developer to add a redirect "
                "before it can change."
            )


class Destination(index.Indexed, models.Model):
    """A destination country or territory, shared by guides, complaints, agencies and
    resources. Its slug is part of the URL contract and never changes."""

    slug = models.SlugField(unique=True, help_text=_("Part of every URL: never change it."))
    name_en = models.CharField(_("name in English"), max_length=100)
    name_km = models.CharField(_("name in Khmer"), max_length=100)
    name_local = models.CharField(_("name in the local language"), max_length=100, blank=True)
    local_language_code = models.CharField(
        _("local language code"),
        max_length=10,
        help_text=_("The language of the 'show this' card, e.g. th, ms, ko, ja, zh-hant, ar."),
    )
    currency_code = models.CharField(_("currency code"), max_length=3)
    capital_en = models.CharField(_("capital in English"), max_length=100, blank=True)
    capital_km = models.CharField(_("capital in Khmer"), max_length=100, blank=True)
    icon = models.CharField(
        _("icon"), max_length=40, default="globe", help_text=_("Name of an icon in static/icons.")
    )
    sort_order = models.PositiveSmallIntegerField(default=0)

    base_form_class = DestinationForm

    search_fields = [
        index.SearchField("name_en"),
        index.SearchField("name_km"),
        # What the admin's listing and chooser search (autocomplete): both names, the slug.
        index.AutocompleteField("name_en"),
        index.AutocompleteField("name_km"),
        index.AutocompleteField("slug"),
    ]

    class Meta:
        ordering = ["sort_order", "slug"]
        verbose_name = _("destination")
        verbose_name_plural = _("destinations")

    def __str__(self):
        # The admin's listings, choosers and officer forms show it in the staff member's
        # language (issue 17 item 9).
        return self.name

    @property
    def name(self):
        """The name in the reader's language: Khmer for km; otherwise the English name as the
        reader's interface catalogue translates it (catalogue.py marks the nine names), the
        English name itself where it has no translation."""
        return self.name_km if (get_language() or "km") == "km" else _in_interface(self.name_en)

    @property
    def capital(self):
        if (get_language() or "km") == "km":
            return self.capital_km
        return _in_interface(self.capital_en)

    @property
    def local_html_lang(self):
        """The lang attribute for text in the destination's language."""
        return html_lang(self.local_language_code)

    @property
    def local_text_direction(self):
        return text_direction(self.local_language_code)

    @property
    def icon_path(self):
        return f"icons/destinations/{self.icon}.svg"


class GuideIndexPage(BasePage):
    """/<lang>/destinations/: the nine guides as cards."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["destinations.DestinationGuidePage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("destination guide index")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["guides"] = guides_under(self)
        return context


class DestinationGuidePageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        destination = cleaned_data.get("destination")
        if destination is not None:
            problem = guide_conflict(self.instance, destination, self.parent_page)
            if problem:
                self.add_error("destination", problem)
            elif cleaned_data.get("slug") and cleaned_data["slug"] != destination.slug:
                # The URL contract: /<lang>/destinations/<destination slug>/.
                cleaned_data["slug"] = destination.slug
        return cleaned_data


class DestinationGuidePage(BasePage):
    """/<lang>/destinations/<slug>/: one destination's pre-departure guide. One per
    destination per language; its slug is the destination's slug."""

    destination = models.ForeignKey(
        Destination,
        verbose_name=_("destination"),
        on_delete=models.PROTECT,
        related_name="guides",
    )
    summary = models.TextField(_("summary"), blank=True)
    body = StreamField(GuideStreamBlock(), blank=True, verbose_name=_("guide"))

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("destination"),
        FieldPanel("summary"),
        FieldPanel("body"),
    ]
    search_fields = [
        *BasePage.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("destination"),
    ]
    api_fields = [
        APIField("destination_slug"),
        APIField("summary"),
        APIField("body"),
        APIField("last_reviewed"),
    ]
    base_form_class = DestinationGuidePageForm
    override_translatable_fields = [*BasePage.override_translatable_fields, *facts("destination")]

    parent_page_types = ["destinations.GuideIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("destination guide")

    @property
    def destination_slug(self):
        return self.destination.slug

    def clean(self):
        super().clean()
        if self.destination_id:
            problem = guide_conflict(self, self.destination)
            if problem:
                raise ValidationError({"destination": problem})

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        destination = self.destination
        # base.html shows this destination's alerts above the guide.
        context["alert_destination"] = destination
        # The first screen: the "show this" card (opened in one tap) and the numbers to
        # call; then the rest of the guide as a menu of sections that open in place. Both
        # are the same for every reader, so the template renders them once per language and
        # content generation ({% include_kept %} under guide_cache_key); the body is read only
        # when they are rendered (lazily), never for a reader served from that cache. A
        # preview shows a draft: never from the cache.
        card = functools.cache(lambda: show_this_card(self.body))
        context["show_this"] = SimpleLazyObject(card)
        context["emergency_contacts"] = SimpleLazyObject(lambda: dialable_contacts(self.body))
        context["sections"] = SimpleLazyObject(lambda: guide_sections(self.body, leave_out=card()))
        context["guide_cache_key"] = fragment_key(self.pk, request=request)
        context["related_sections"] = related_sections_for_destination(destination, self.locale)
        context["complaint_url"] = complaint_url(destination)
        context["urgent_check_url"] = urgent_check_url(destination.slug)
        return context


def guides_under(index_page):
    return as_readers_see(
        DestinationGuidePage.objects.child_of(index_page)
        .live()
        .select_related("destination")
        .order_by("destination__sort_order", "destination__slug")
    )


def guide_conflict(page, destination, parent=None):
    """Why page cannot be the guide of destination, or None. One guide per destination per
    locale keeps /<lang>/destinations/<slug>/ unambiguous."""
    locale_id = page.locale_id or (parent.locale_id if parent is not None else None)
    others = DestinationGuidePage.objects.filter(destination=destination, locale_id=locale_id)
    if page.pk:
        others = others.exclude(pk=page.pk)
    if others.exists():
        return _("This destination already has a guide in this language.")
    return None


def complaint_url(destination):
    """The complaint form with the destination preselected."""
    return complaint_form_url(destination.slug)


def _in_interface(english):
    # gettext("") would return the catalogue's header.
    return gettext(english) if english else english
