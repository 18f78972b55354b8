"""The rights area of the demo site: the instruments of docs/sources.md, source 002, and
nine explainers, in Khmer and English. Idempotent: instruments are found by slug, pages by
slug under their parent; nothing that exists is overwritten."""

from django.db import transaction

from home.models import HomePage
from orientation.core.demo import ensure_page_in_km_and_en, locale_for
from orientation.destinations.models import Destination

from .demo_explainers import EXPLAINERS, INDEX, body_for
from .demo_instruments import instrument_rows
from .models import LegalInstrument, RightsIndexPage, RightsPage


def ensure_instrument_in_km_and_en(row, km_locale, en_locale):
    """The Khmer instrument (found by slug) and its English translation, created once."""
    instrument = LegalInstrument.objects.filter(slug=row["slug"], locale=km_locale).first()
    if instrument is None:
        instrument = LegalInstrument.objects.create(
            locale=km_locale,
            slug=row["slug"],
            kind=row["kind"],
            year=row["year"],
            number=row["number"],
            destination=row["destination"],
            sort_order=row["sort_order"],
            **row["km"],
        )
    translation = instrument.get_translation_or_none(en_locale)
    if translation is None:
        translation = instrument.copy_for_translation(en_locale)
        for name, value in row["en"].items():
            setattr(translation, name, value)
        translation.save()
    return instrument, translation


def build_instruments():
    km_locale, en_locale = locale_for("km"), locale_for("en")
    destinations = Destination.objects.in_bulk(field_name="slug")
    instruments = {}
    for position, row in enumerate(instrument_rows(destinations)):
        row["sort_order"] = (position + 1) * 10
        instruments[row["slug"]] = ensure_instrument_in_km_and_en(row, km_locale, en_locale)
    return instruments


def page_fields(explainer, language, instruments, destinations):
    text = explainer[language]
    position = 0 if language == "km" else 1
    return {
        "title": text["title"],
        "summary": text["summary"],
        "body": body_for(text),
        "cited_instruments": [
            instruments[slug][position] for slug in explainer["instruments"] if slug in instruments
        ],
        "related_destinations": [
            destinations[slug] for slug in explainer["destinations"] if slug in destinations
        ],
    }


@transaction.atomic
def build(stdout=None):
    home_km = HomePage.objects.get(depth=2, locale__language_code="km")
    instruments = build_instruments()
    destinations = Destination.objects.in_bulk(field_name="slug")
    index = ensure_page_in_km_and_en(
        home_km, RightsIndexPage, "rights", km=INDEX["km"], en=INDEX["en"]
    )
    for explainer in EXPLAINERS:
        ensure_page_in_km_and_en(
            index,
            RightsPage,
            explainer["slug"],
            km=page_fields(explainer, "km", instruments, destinations),
            en=page_fields(explainer, "en", instruments, destinations),
        )
    if stdout is not None:
        stdout.write(f"  rights: {len(instruments)} instruments, {len(EXPLAINERS)} explainers")
