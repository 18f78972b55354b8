"""The guide's first screen does the urgent things in one tap (issue 18): call the
destination's verified numbers, open the "show this" card, report a problem. The rest is a
menu of sections that open in place. Server-rendered, so it holds without JavaScript."""

import pytest

from orientation.destinations.layout import guide_sections, show_this_card

from .factories import (
    DestinationGuidePageFactory,
    GuideIndexPageFactory,
    checklist,
    contact_card,
    section,
    show_this,
    warning,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide(home_km):
    index = GuideIndexPageFactory(parent=home_km)
    return DestinationGuidePageFactory(
        parent=index,
        body=[
            warning(title="Read this first"),
            section(
                heading="Before you go", answer="Go through a legal route only.", pictogram="plane"
            ),
            checklist(),
            section(heading="When things go wrong", answer="You are not alone."),
            contact_card(name="Police (Thailand)", number="191"),
            contact_card(name="Embassy of Cambodia", number="", verified=False),
            contact_card(name="Checked by nobody", number="023 000 000", tbc=True),
            show_this(local="ช่วยด้วย"),
        ],
    )


def first_screen_of(client, guide):
    html = client.get(guide.url).content.decode()
    return html.split('<section class="guide-urgent"')[1].split('<div class="guide-menu">')[0], html


def test_first_screen_calls_only_verified_numbers(client, guide):
    first_screen, _ = first_screen_of(client, guide)
    assert 'href="tel:191"' in first_screen
    assert "Police (Thailand)" in first_screen
    # Neither a number nobody vouched for nor one still to be confirmed is offered to call.
    assert "023 000 000" not in first_screen
    assert first_screen.count('href="tel:') == 1


def test_first_screen_opens_the_show_this_card_in_place_and_reports(client, guide):
    first_screen, html = first_screen_of(client, guide)
    opener = first_screen.split('<details class="guide-show-this" id="show-this">')[1]
    assert opener.lstrip().startswith('<summary class="action action--show">')
    assert 'lang="th" dir="ltr">ช่วยด้วย</p>' in opener
    assert 'href="/en/complaints/?destination=thailand"' not in first_screen  # Khmer page
    assert 'href="/km/complaints/?destination=thailand"' in first_screen
    # The card is shown once: not again inside "When things go wrong".
    assert html.count("ช่วยด้วย") == 1


def test_sections_fold_with_their_blocks_and_answers(client, guide):
    _, html = first_screen_of(client, guide)
    menu = html.split('<div class="guide-menu">')[1]
    # Blocks before the first section stay open; each section folds with what follows it.
    assert menu.index("Read this first") < menu.index("<details")
    assert menu.count('<details class="guide-section"') == 2
    folds = menu.split('<details class="guide-section"')[1:]
    assert "Go through a legal route only." in folds[0].split("</summary>")[0]
    assert "data-checklist=" in folds[0]
    assert "You are not alone." in folds[1].split("</summary>")[0]
    assert "Embassy of Cambodia" in folds[1]


def test_layout_groups_the_stream_and_leaves_out_the_card(guide):
    card = show_this_card(guide.body)
    sections = guide_sections(guide.body, leave_out=card)
    assert [s.heading_block and s.heading_block.value["heading"] for s in sections] == [
        None,
        "Before you go",
        "When things go wrong",
    ]
    assert [b.block_type for b in sections[2].blocks] == ["contact_card"] * 3
    assert card.block_type == "show_this"


def test_a_guide_without_card_or_numbers_still_offers_to_report(client, home_km):
    index = GuideIndexPageFactory(parent=home_km)
    guide = DestinationGuidePageFactory(parent=index, body=[section()])
    first_screen, _ = first_screen_of(client, guide)
    assert "guide-show-this" not in first_screen
    assert "tel:" not in first_screen
    assert "?destination=thailand" in first_screen


def test_section_pictogram_is_named_in_the_readers_language(client, guide):
    _, html = first_screen_of(client, guide)
    summaries = html.split('<div class="guide-menu">')[1].split("</summary>")
    # The guide is the Khmer page: the picture's alternative text is Khmer.
    assert (
        '<svg class="icon pictogram" width="28" height="28" focusable="false" role="img" aria-label="យន្តហោះ"'
        in summaries[0]
    )
    # A section without a chosen pictogram shows none.
    assert "<svg" not in summaries[1].split("<summary>")[1]
