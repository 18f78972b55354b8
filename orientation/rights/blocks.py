"""The parts of a rights explainer: what the right is, what it looks like when broken, what
to do. Each has its own template under templates/rights/blocks/ and its own heading, so every
explainer reads in the same order and a worker knows where to look."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from orientation.core.blocks import BaseStreamBlock
from orientation.core.translation import FactChildrenMixin


class ExplanationBlock(blocks.StructBlock):
    text = blocks.RichTextBlock(features=["bold", "italic", "link", "ol", "ul"], label=_("text"))

    class Meta:
        icon = "doc-full"
        label = _("What the right is")
        template = "rights/blocks/explanation_block.html"


class WhenBrokenBlock(blocks.StructBlock):
    intro = blocks.CharBlock(required=False, max_length=300, label=_("introduction"))
    signs = blocks.ListBlock(
        blocks.CharBlock(max_length=300, label=_("sign")),
        label=_("signs that the right is broken"),
    )

    class Meta:
        icon = "warning"
        label = _("What it looks like when it is broken")
        template = "rights/blocks/when_broken_block.html"


class StepsBlock(FactChildrenMixin, blocks.StructBlock):
    fact_children = ("link_complaint_form", "link_destination_guides")

    steps = blocks.ListBlock(blocks.CharBlock(max_length=400, label=_("step")), label=_("steps"))
    link_complaint_form = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("link the complaint form"),
    )
    link_destination_guides = blocks.BooleanBlock(
        required=False,
        default=True,
        label=_("link the guides of the related destinations"),
    )

    class Meta:
        icon = "list-ol"
        label = _("What to do")
        template = "rights/blocks/steps_block.html"


class ToBeConfirmedValue(blocks.StructValue):
    is_unconfirmed = True  # whatever the language of its note


class ToBeConfirmedBlock(blocks.StructBlock):
    """A fact nobody has vouched for yet (an article number, a penalty): shown to readers as
    such, and easy for editors to find and replace."""

    note = blocks.CharBlock(max_length=300, label=_("what is still to be confirmed"))

    class Meta:
        icon = "help"
        label = _("To be confirmed by editors")
        template = "rights/blocks/to_be_confirmed_block.html"
        value_class = ToBeConfirmedValue


class RightsStreamBlock(BaseStreamBlock):
    explanation = ExplanationBlock()
    when_broken = WhenBrokenBlock()
    steps = StepsBlock()
    to_be_confirmed = ToBeConfirmedBlock()
