"""Blocks shared by every page type (bakerydemo's habit: one base StreamBlock reused)."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from .translation import FactChildrenMixin


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("heading"), max_length=120)

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")


class CalloutBlock(blocks.StructBlock):
    tone = blocks.ChoiceBlock(
        choices=[("info", _("Information")), ("warning", _("Warning")), ("danger", _("Danger"))],
        default="info",
    )
    title = blocks.CharBlock(required=False, max_length=120)
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"])

    class Meta:
        icon = "warning"
        template = "blocks/callout_block.html"
        label = _("Callout")


class BaseStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(
        features=["h3", "bold", "italic", "link", "ol", "ul"],
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
    )
    callout = CalloutBlock()


class PhoneNumberStructValue(blocks.StructValue):
    @property
    def tel_href(self):
        number = self.get("number") or ""
        return "tel:" + "".join(ch for ch in number if ch.isdigit() or ch == "+")

    @property
    def is_unconfirmed(self):
        """Readers see the number as "to be confirmed" unless it is there and vouched for
        (orientation.core.unconfirmed)."""
        return not (self.get("verified") and self.get("number"))


class VerifiedNumberBlock(FactChildrenMixin, blocks.StructBlock):
    """A phone number that is either vouched for (with a source) or shown to readers as
    "to be confirmed by editors": never a guess presented as fact. The number and the tick
    are the same in every translation; only the wording of the source is translated."""

    fact_children = ("number", "verified")

    number = blocks.CharBlock(required=False, max_length=40, label=_("number"))
    verified = blocks.BooleanBlock(
        required=False,
        label=_("verified"),
        help_text=_("Tick only when the number comes from a named source you have checked."),
    )
    source = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("source"),
        help_text=_("Where the number comes from, e.g. a ministry notice and its date."),
    )

    class Meta:
        value_class = PhoneNumberStructValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value.get("verified"):
            if not value.get("number"):
                errors["number"] = ValidationError(_("A verified contact needs a number."))
            if not value.get("source"):
                errors["source"] = ValidationError(
                    _("Say where this number comes from, or untick 'verified'.")
                )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value
