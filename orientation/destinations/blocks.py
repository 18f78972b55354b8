"""The parts of a destination guide. Editors reuse them in any order; each has one template
under templates/destinations/blocks/. The guide reads like a pre-departure orientation
session: sections (with an optional recording for readers who read little), checklists,
contacts, sourced facts, warnings and a "show this" card."""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock

from orientation.core.blocks import VerifiedNumberBlock
from orientation.core.pictograms import PictogramBlock
from orientation.core.translation import FactChildrenMixin

TEXT_FEATURES = ["h3", "bold", "italic", "link", "ol", "ul"]


class SectionBlock(blocks.StructBlock):
    """One step of the orientation session. The guide shows it folded: its heading and
    one-line answer, opening in place to the text and the blocks that follow it."""

    heading = blocks.CharBlock(label=_("heading"), max_length=120)
    answer = blocks.CharBlock(
        label=_("one-line plain answer"),
        max_length=150,
        required=False,
        help_text=_(
            "What a reader must know from this section, in one short plain sentence. Readers "
            "see it first, under the heading, before they open the detail."
        ),
    )
    pictogram = PictogramBlock(help_text=_("The picture beside the heading in the guide's menu."))
    body = blocks.RichTextBlock(label=_("text"), features=TEXT_FEATURES, required=False)
    audio = DocumentChooserBlock(
        label=_("recording"),
        required=False,
        help_text=_("An mp3, ogg or m4a file of someone reading this section aloud."),
    )

    class Meta:
        icon = "title"
        label = _("Section")
        template = "destinations/blocks/section_block.html"


class ChecklistItemBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("item"), max_length=300)
    pictogram = PictogramBlock()

    class Meta:
        icon = "tick"
        label = _("item")


class ChecklistBlock(blocks.StructBlock):
    """Things to do before leaving. Ticks are kept only on the reader's phone."""

    title = blocks.CharBlock(label=_("title"), max_length=120)
    items = blocks.ListBlock(ChecklistItemBlock(), label=_("items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "destinations/blocks/checklist_block.html"


class ContactCardValue(blocks.StructValue):
    @property
    def dialable(self):
        """The one rule for showing a number as something to call: an editor vouched for it
        with a source and nobody marked it to be confirmed."""
        contact = self.get("contact") or {}
        return bool(
            contact.get("verified") and contact.get("number") and not self.get("to_be_confirmed")
        )

    @property
    def is_unconfirmed(self):
        return not self.dialable


class ContactCardBlock(FactChildrenMixin, blocks.StructBlock):
    """An embassy, labour counsellor or hotline. Its number is shown only when an editor
    vouched for it with a source; otherwise readers see "to be confirmed by editors"."""

    fact_children = ("to_be_confirmed",)

    name = blocks.CharBlock(label=_("name"), max_length=160)
    role = blocks.CharBlock(label=_("what they help with"), max_length=300, required=False)
    contact = VerifiedNumberBlock(label=_("number"))
    to_be_confirmed = blocks.BooleanBlock(
        label=_("to be confirmed by editors"),
        required=False,
        help_text=_("Tick when nobody has checked the number yet: readers see it marked so."),
    )

    class Meta:
        icon = "mobile-alt"
        label = _("Contact card")
        value_class = ContactCardValue
        template = "destinations/blocks/contact_card_block.html"

    def clean(self, value):
        value = super().clean(value)
        verified = bool(value["contact"].get("verified"))
        to_be_confirmed = bool(value.get("to_be_confirmed"))
        if verified == to_be_confirmed:
            message = (
                _("A number cannot be both verified and to be confirmed: choose one.")
                if verified
                else _(
                    "Tick 'verified' and give the source of the number, "
                    "or tick 'to be confirmed by editors'."
                )
            )
            raise blocks.StructBlockValidationError(
                block_errors={"to_be_confirmed": ValidationError(message)}
            )
        return value


class SourcedFactBlock(FactChildrenMixin, blocks.StructBlock):
    """A fact readers can check: where it comes from and when an editor last checked it."""

    fact_children = ("source_url", "date_reviewed")

    text = blocks.TextBlock(label=_("fact"), max_length=600)
    source = blocks.CharBlock(label=_("source"), max_length=300)
    source_url = blocks.URLBlock(
        label=_("link to the source"),
        required=False,
        help_text=_("Only a link you have opened and checked."),
    )
    date_reviewed = blocks.DateBlock(label=_("date reviewed"))

    class Meta:
        icon = "doc-full"
        label = _("Sourced fact")
        template = "destinations/blocks/sourced_fact_block.html"


class WarningCalloutBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul"])

    class Meta:
        icon = "warning"
        label = _("Warning")
        template = "destinations/blocks/warning_callout_block.html"


class ShowThisSentenceBlock(blocks.StructBlock):
    khmer = blocks.TextBlock(
        label=_("sentence in Khmer"),
        max_length=300,
        help_text=_("Stays in Khmer in every language version of the guide."),
    )
    local = blocks.TextBlock(
        label=_("the same sentence in the destination's language"), max_length=300
    )
    local_feminine = blocks.TextBlock(
        label=_("the same sentence, said by a woman"),
        max_length=300,
        required=False,
        default="",  # guides saved before this field existed have no value for it
        help_text=_(
            "Only where the destination's language says it differently when a woman speaks "
            "(Arabic: أنا عاملة). Readers then choose which form their card shows."
        ),
    )


class ShowThisCardValue(blocks.StructValue):
    @property
    def has_feminine(self):
        """Whether the reader chooses between a man's and a woman's sentences."""
        return any(sentence.get("local_feminine") for sentence in self.get("sentences") or [])

    @property
    def is_unconfirmed(self):
        """The local sentences are shown as a demo until a speaker has checked them."""
        return not self.get("local_text_confirmed")


class ShowThisCardBlock(FactChildrenMixin, blocks.StructBlock):
    """Sentences a worker shows on their phone to an employer, the police or a nurse."""

    fact_children = ("local_text_confirmed",)

    title = blocks.CharBlock(label=_("title"), max_length=120)
    sentences = blocks.ListBlock(ShowThisSentenceBlock(), label=_("sentences"))
    local_text_confirmed = blocks.BooleanBlock(
        label=_("a speaker of the destination's language has checked these sentences"),
        required=False,
        help_text=_("Until then, readers see the sentences marked 'to be confirmed by editors'."),
    )

    class Meta:
        icon = "openquote"
        label = _("'Show this' card")
        value_class = ShowThisCardValue
        template = "destinations/blocks/show_this_card_block.html"


class AudioBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("title"), max_length=120)
    recording = DocumentChooserBlock(label=_("recording"))
    transcript = blocks.TextBlock(label=_("what is said"), required=False)

    class Meta:
        icon = "media"
        label = _("Recording")
        template = "destinations/blocks/audio_block.html"


class ComplaintLinkBlock(blocks.StructBlock):
    """The complaint form with this guide's destination already chosen."""

    text = blocks.CharBlock(label=_("text before the link"), max_length=300, required=False)

    class Meta:
        icon = "help"
        label = _("Complaint form link")
        template = "destinations/blocks/complaint_link_block.html"


class GuideStreamBlock(blocks.StreamBlock):
    section = SectionBlock()
    checklist = ChecklistBlock()
    contact_card = ContactCardBlock()
    sourced_fact = SourcedFactBlock()
    warning = WarningCalloutBlock()
    show_this = ShowThisCardBlock()
    audio = AudioBlock()
    complaint_link = ComplaintLinkBlock()
