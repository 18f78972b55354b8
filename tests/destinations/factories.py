"""Factories for the destination guides' page types and stream blocks."""

import datetime

import factory
import wagtail_factories

from orientation.destinations.models import Destination, DestinationGuidePage, GuideIndexPage


def section(
    heading="Before you go",
    body="<p>Prepare your documents.</p>",
    audio=None,
    answer="",
    pictogram="",
):
    return (
        "section",
        {
            "heading": heading,
            "answer": answer,
            "pictogram": pictogram,
            "body": body,
            "audio": audio,
        },
    )


def checklist(
    title="Before you leave", items=("Passport is valid", "Contract signed"), pictograms=()
):
    """`items` are texts; `pictograms` names one pictogram per item (or none)."""
    pictograms = list(pictograms) or [""] * len(items)
    return (
        "checklist",
        {
            "title": title,
            "items": [
                {"text": text, "pictogram": name}
                for text, name in zip(items, pictograms, strict=True)
            ],
        },
    )


def contact_card(name="Police", number="191", verified=True, source="Widely known", tbc=None):
    return (
        "contact_card",
        {
            "name": name,
            "role": "Emergency",
            "contact": {"number": number, "verified": verified, "source": source},
            "to_be_confirmed": (not verified) if tbc is None else tbc,
        },
    )


def sourced_fact(text="Around 871 Cambodian migrant workers are in Singapore.", source="Seed"):
    return (
        "sourced_fact",
        {
            "text": text,
            "source": source,
            "source_url": "",
            "date_reviewed": datetime.date(2026, 11, 23),
        },
    )


def warning(title="Beware of scams", text="<p>Never hand over your passport.</p>"):
    return ("warning", {"title": title, "text": text})


def show_this(khmer="ខ្ញុំត្រូវការជំនួយ។", local="ฉันต้องการความช่วยเหลือ", confirmed=False):
    return (
        "show_this",
        {
            "title": "Show this",
            "sentences": [{"khmer": khmer, "local": local}],
            "local_text_confirmed": confirmed,
        },
    )


def audio(recording, title="Listen to the guide", transcript="Hello"):
    return ("audio", {"title": title, "recording": recording, "transcript": transcript})


def complaint_link(text="You can complain online."):
    return ("complaint_link", {"text": text})


class GuideIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = GuideIndexPage

    title = "Destination guides"
    slug = "destinations"
    intro = "Choose a country."


class DestinationGuidePageFactory(wagtail_factories.PageFactory):
    """A guide for an existing destination (the data migration made all nine)."""

    class Meta:
        model = DestinationGuidePage

    destination = factory.LazyFunction(lambda: Destination.objects.get(slug="thailand"))
    title = factory.LazyAttribute(lambda page: f"Working in {page.destination.name_en}")
    slug = factory.LazyAttribute(lambda page: page.destination.slug)
    summary = "A pre-departure guide."
    body = factory.LazyFunction(lambda: [section(), checklist(), sourced_fact()])
