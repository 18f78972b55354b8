from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseGenericSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page

from orientation.core.blocks import BaseStreamBlock, VerifiedNumberBlock
from orientation.core.kept_settings import KeptSettingMixin
from orientation.core.models import SYNCHRONISED_SLUG
from orientation.core.translation import FactChildrenMixin
from orientation.core.unconfirmed import UnconfirmedFactsMixin
from orientation.core.view_restrictions import KeptViewRestrictionsMixin
from orientation.destinations.models import Destination


class HomePage(KeptViewRestrictionsMixin, Page):
    """The root of each locale's tree: destination picker, quick actions, alerts, hotlines."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]

    parent_page_types = ["wagtailcore.Page"]
    max_count_per_parent = None
    override_translatable_fields = [SYNCHRONISED_SLUG]

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["destinations"] = list(Destination.objects.all())
        return context


class HotlineBlock(blocks.StructBlock):
    name_km = blocks.CharBlock(label=_("name in Khmer"), max_length=120)
    name_en = blocks.CharBlock(label=_("name in English"), max_length=120)
    purpose_km = blocks.CharBlock(label=_("what it is for, in Khmer"), required=False)
    purpose_en = blocks.CharBlock(label=_("what it is for, in English"), required=False)
    contact = VerifiedNumberBlock(label=_("number"))
    # Cambodia's 117 and 119 cannot be dialled from abroad: only a line ticked here is shown
    # to a worker abroad in danger (complaints' urgent boxes).
    from_abroad = blocks.BooleanBlock(
        label=_("can be called from abroad"),
        required=False,
        help_text=_("Tick only when the source says the number works from other countries."),
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Hotline")
        template = "home/blocks/hotline_block.html"


class FooterLinkBlock(FactChildrenMixin, blocks.StructBlock):
    fact_children = ("page", "url")

    label_km = blocks.CharBlock(label=_("label in Khmer"), max_length=80)
    label_en = blocks.CharBlock(label=_("label in English"), max_length=80)
    page = blocks.PageChooserBlock(required=False)
    url = blocks.URLBlock(required=False, help_text=_("Used when no page is chosen."))

    class Meta:
        icon = "link"
        label = _("Link")


@register_setting(icon="mobile-alt")
class ContactSettings(KeptSettingMixin, UnconfirmedFactsMixin, BaseGenericSetting):
    """Hotlines shown on the home page and in the footer of every page."""

    hotlines = StreamField([("hotline", HotlineBlock())], blank=True, verbose_name=_("hotlines"))

    panels = [FieldPanel("hotlines")]

    class Meta:
        verbose_name = _("hotlines")


@register_setting(icon="link")
class FooterSettings(KeptSettingMixin, UnconfirmedFactsMixin, BaseGenericSetting):
    """The footer's links and the line that says who runs the portal. That line is a claim
    about real organisations: until an editor has checked it against a source, readers see
    "to be confirmed by editors" instead (orientation.core.unconfirmed)."""

    links = StreamField([("link", FooterLinkBlock())], blank=True, verbose_name=_("links"))
    credit_km = models.CharField(_("who runs the portal, in Khmer"), max_length=300, blank=True)
    credit_en = models.CharField(
        _("who runs the portal, in English"),
        max_length=300,
        blank=True,
        help_text=_("Shown to readers of every language other than Khmer."),
    )
    credit_source = models.CharField(
        _("source of this line"),
        max_length=300,
        blank=True,
        help_text=_("The document that says so, e.g. an agreement between the organisations."),
    )
    credit_confirmed = models.BooleanField(
        _("an editor has checked this line against its source"),
        default=False,
        help_text=_("Until then, readers see 'to be confirmed by editors' instead of it."),
    )

    panels = [
        FieldPanel("links"),
        MultiFieldPanel(
            [
                FieldPanel("credit_km"),
                FieldPanel("credit_en"),
                FieldPanel("credit_source"),
                FieldPanel("credit_confirmed"),
            ],
            heading=_("Who runs the portal"),
        ),
    ]

    class Meta:
        verbose_name = _("footer")

    def clean(self):
        super().clean()
        if self.credit_confirmed:
            errors = {}
            if not (self.credit_km and self.credit_en):
                errors["credit_km"] = _("A checked line needs its Khmer and English text.")
            if not self.credit_source:
                errors["credit_source"] = _("Say where this line comes from, or untick it.")
            if errors:
                raise ValidationError(errors)

    def own_unconfirmed_facts(self):
        return [] if self.credit_confirmed and self.credit_km else ["credit"]
