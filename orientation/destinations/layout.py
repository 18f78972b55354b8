"""How a guide's flat stream of blocks is laid out for a reader in a hurry: the urgent things
first (the "show this" card, numbers to call), then a short menu of sections, each one
opening in place. Editors keep writing one stream; this only decides where each block shows.
"""

from dataclasses import dataclass, field


@dataclass
class GuideSection:
    """A section block and the blocks after it, up to the next section. `heading_block` is None
    for blocks placed before the first section (shown open, not folded)."""

    heading_block: object = None
    blocks: list = field(default_factory=list)

    @property
    def id(self):
        return self.heading_block.id if self.heading_block else None


def dialable_contacts(body):
    """The contact cards of a guide body whose numbers can be called (the card's `dialable`
    rule: verified with a source, not marked to be confirmed)."""
    return [
        block.value for block in body if block.block_type == "contact_card" and block.value.dialable
    ]


def show_this_card(body):
    """The guide's first "show this" card (a bound block), which the first screen opens in
    one tap; None when the guide has none."""
    return next((block for block in body if block.block_type == "show_this"), None)


def guide_sections(body, leave_out=None):
    """The body grouped by section, without `leave_out` (the card already on the first
    screen), so nothing is shown twice."""
    sections = []
    for block in body:
        if leave_out is not None and block.id == leave_out.id:
            continue
        if block.block_type == "section":
            sections.append(GuideSection(heading_block=block))
        elif sections:
            sections[-1].blocks.append(block)
        else:
            sections.append(GuideSection(blocks=[block]))
    return sections
