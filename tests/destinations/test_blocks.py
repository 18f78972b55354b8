"""Each guide block: how it renders, and the rules an editor meets."""

import datetime
import uuid

import pytest
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.blocks import StreamBlockValidationError, StructBlockValidationError
from wagtail.documents.models import Document

from orientation.destinations import blocks
from orientation.destinations.models import Destination


@pytest.fixture(autouse=True)
def english_interface():
    # Block templates hold interface strings; assert them in English (Khmer is tested below).
    with translation.override("en"):
        yield


@pytest.fixture
def recording(db):
    document = Document(title="Before you go, read aloud")
    document.file.save("before-you-go.mp3", ContentFile(b"ID3 not really audio"), save=False)
    document.save()
    return document


@pytest.fixture
def guide_context(db):
    class Page:
        destination = Destination.objects.get(slug="qatar")
        translation_key = uuid.UUID(int=7)  # a page's is a UUID (recordings look it up)

    return {"page": Page(), "guide_key": "guide-key", "current_language": "en"}


def render(block, value, context=None):
    return block.render(block.to_python(block.get_prep_value(value)), context or {})


def test_section_renders_its_text_and_a_plain_audio_player(recording):
    """Its heading and one-line answer are the fold's summary (test_first_screen.py)."""
    block = blocks.SectionBlock()
    html = block.render(
        block.to_python(
            {"heading": "Before you go", "body": "<p>Documents</p>", "audio": recording.pk}
        )
    )
    assert "<h2" not in html
    assert "Listen: Before you go" in html
    assert "<p>Documents</p>" in html
    assert f'<audio controls preload="none" src="{recording.url}"' in html


def test_section_without_recording_has_no_player(db):
    block = blocks.SectionBlock()
    html = block.render(block.to_python({"heading": "Coming home", "body": "", "audio": None}))
    assert "<audio" not in html
    assert "Coming home" not in html


def test_checklist_renders_a_plain_list_keyed_for_local_storage(guide_context):
    block = blocks.ChecklistBlock()
    items = [{"text": "Passport", "pictogram": "passport"}, {"text": "Contract", "pictogram": ""}]
    value = block.to_python({"title": "Before you leave", "items": items})
    html = block.render(value, guide_context)
    assert "<h3" in html and "Before you leave</h3>" in html
    assert 'data-checklist="guide:guide-key:' in html
    assert html.count("<li data-checklist-item=") == 2
    # A pictogram named in the reader's language; none when the editor chose none.
    passport = html.split("<li")[1]
    assert 'class="icon pictogram" width="28" height="28"' in passport
    assert 'role="img" aria-label="passport"' in passport and passport.endswith(
        "</svg> Passport</li>\n    "
    )
    assert html.count("<svg") == 1 and ">Contract</li>" in html
    assert "<input" not in html  # checkboxes come only with JavaScript


def test_checklist_needs_at_least_an_item_and_a_title():
    block = blocks.ChecklistBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"title": "", "items": [{"text": "Passport"}]}))
    assert "title" in error.value.block_errors


def contact(number="191", verified=True, source="Widely known", to_be_confirmed=False):
    block = blocks.ContactCardBlock()
    return block, block.to_python(
        {
            "name": "Police",
            "role": "Emergency",
            "contact": {"number": number, "verified": verified, "source": source},
            "to_be_confirmed": to_be_confirmed,
        }
    )


def test_contact_card_shows_a_verified_number_with_its_source(db):
    block, value = contact()
    html = block.render(block.clean(value))
    assert '<a class="contact-card__number" href="tel:191" dir="ltr">191</a>' in html
    assert "Source: Widely known" in html


def test_contact_card_to_be_confirmed_hides_any_number(db):
    block, value = contact(number="02 123 4567", verified=False, source="", to_be_confirmed=True)
    html = block.render(block.clean(value))
    assert "02 123 4567" not in html
    assert '<span class="to-be-confirmed">Number: to be confirmed by editors</span>' in html


@pytest.mark.parametrize(
    "number, verified, source, to_be_confirmed, field",
    [
        ("02 123 4567", False, "", False, "to_be_confirmed"),  # neither: refused
        ("", False, "", False, "to_be_confirmed"),
        ("191", True, "Widely known", True, "to_be_confirmed"),  # both: refused
    ],
)
def test_contact_card_number_must_be_verified_or_to_be_confirmed(
    number, verified, source, to_be_confirmed, field
):
    block, value = contact(number, verified, source, to_be_confirmed)
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert field in error.value.block_errors


def test_contact_card_verified_number_needs_its_source():
    block, value = contact("191", verified=True, source="")
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "contact" in error.value.block_errors


def test_the_number_rule_holds_inside_a_guide_stream():
    stream = blocks.GuideStreamBlock()
    value = stream.to_python(
        [
            {
                "type": "contact_card",
                "value": {
                    "name": "Embassy",
                    "role": "",
                    "contact": {"number": "012 345", "verified": False, "source": ""},
                    "to_be_confirmed": False,
                },
            }
        ]
    )
    with pytest.raises(StreamBlockValidationError):
        stream.clean(value)


def test_sourced_fact_shows_source_link_and_review_date():
    block = blocks.SourcedFactBlock()
    value = block.to_python(
        {
            "text": "Around 871 Cambodian migrant workers are in Singapore.",
            "source": "Ministry of Labour and Vocational Training",
            "source_url": "https://example.org/report",
            "date_reviewed": "2026-11-23",
        }
    )
    html = block.render(value)
    assert "<p>Around 871 Cambodian migrant workers are in Singapore.</p>" in html
    assert (
        '<a href="https://example.org/report">Ministry of Labour and Vocational Training</a>'
        in html
    )
    assert "Checked on 23 November 2026." in html


def test_sourced_fact_requires_source_and_date():
    block = blocks.SourcedFactBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"text": "A fact", "source": "", "date_reviewed": None}))
    assert {"source", "date_reviewed"} <= set(error.value.block_errors)


def test_warning_callout_renders_as_a_warning():
    block = blocks.WarningCalloutBlock()
    html = block.render(block.to_python({"title": "Beware", "text": "<p>Keep your passport.</p>"}))
    assert 'class="callout callout--warning guide-warning"' in html
    assert "<strong>Beware</strong>" in html and "<p>Keep your passport.</p>" in html


def test_show_this_card_marks_unconfirmed_local_text(guide_context):
    block = blocks.ShowThisCardBlock()
    value = block.to_python(
        {
            "title": "Show this",
            "sentences": [{"khmer": "ខ្ញុំត្រូវការជំនួយ។", "local": "أحتاج إلى مساعدة."}],
            "local_text_confirmed": False,
        }
    )
    html = block.render(value, guide_context)
    assert '<p class="show-this__local" lang="ar" dir="rtl">أحتاج إلى مساعدة.</p>' in html
    assert '<p class="show-this__khmer" lang="km" dir="ltr">ខ្ញុំត្រូវការជំនួយ។</p>' in html
    assert 'class="to-be-confirmed"' in html
    value["local_text_confirmed"] = True
    assert 'class="to-be-confirmed"' not in block.render(value, guide_context)


def test_audio_block_plays_a_document_with_its_transcript(recording):
    block = blocks.AudioBlock()
    value = block.to_python(
        {"title": "Your rights", "recording": recording.pk, "transcript": "You have rights."}
    )
    html = block.render(value)
    assert f'src="{recording.url}"' in html and "<audio controls" in html
    assert "You have rights." in html
    assert "<details>" in html


def test_complaint_link_preselects_the_guide_destination(guide_context):
    block = blocks.ComplaintLinkBlock()
    html = block.render(block.to_python({"text": "Complain online."}), guide_context)
    assert 'href="/en/complaints/?destination=qatar"' in html
    assert "Complain online." in html


def test_date_block_round_trip():
    block = blocks.SourcedFactBlock()
    value = block.to_python(
        {"text": "t", "source": "s", "source_url": "", "date_reviewed": "2026-11-23"}
    )
    assert value["date_reviewed"] == datetime.date(2026, 11, 23)


def test_block_interface_strings_in_khmer(db):
    block, value = contact(number="", verified=False, source="", to_be_confirmed=True)
    fact = blocks.SourcedFactBlock()
    with translation.override("km"):
        assert "លេខ៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល" in block.render(block.clean(value))
        html = fact.render(
            fact.to_python(
                {"text": "t", "source": "s", "source_url": "", "date_reviewed": "2026-11-23"}
            )
        )
    assert "ប្រភព៖ s" in html
    assert "បានពិនិត្យនៅថ្ងៃទី" in html
