"""The rights area of the demo site: the instruments of docs/sources.md, source 002, and the
explainers, in Khmer and English. The text is in demo/rights.yaml; this module builds it.
Idempotent: instruments are found by slug, pages by slug under their parent; nothing that
exists is overwritten."""

from django.db import transaction

from home.models import HomePage
from orientation.core.constants import TO_BE_CONFIRMED_EN, TO_BE_CONFIRMED_KM
from orientation.core.demo import ensure_index_page, ensure_page_in_km_and_en, locale_for
from orientation.core.demo_loader import load
from orientation.destinations.catalogue import SLUGS as ALL_DESTINATIONS
from orientation.destinations.models import Destination

from .models import LegalInstrument, RightsIndexPage, RightsPage

CONTENT = "rights"
TO_BE_CONFIRMED = {"km": TO_BE_CONFIRMED_KM, "en": TO_BE_CONFIRMED_EN}
# In an explainer's instruments, this word stands for every memorandum of understanding.
MEMORANDA = "memoranda"


def mou_slug(destination_slug):
    return f"mou-{destination_slug}"


def instrument_rows(content, destinations_by_slug):
    """The listed instruments, then one memorandum per destination the source names (their
    dates are not in the sources, so the year stays empty: readers see "to be confirmed")."""
    rows = []
    for entry in content.entries("instruments"):
        kind = entry["kind"]
        if kind not in LegalInstrument.Kind.values:
            raise entry.error("kind", f"not one of {LegalInstrument.Kind.values}")
        rows.append(
            {
                "slug": entry["slug"],
                "kind": kind,
                "year": str(entry["year"]),
                "number": str(entry["number"]),
                "destination": None,
                "km": entry.fields("km", "name", "summary"),
                "en": entry.fields("en", "name", "summary"),
            }
        )
    memoranda = content["memoranda"]
    notes = memoranda.get("notes") or {}
    for destination_slug in memoranda.strings("destinations"):
        destination = destinations_by_slug.get(destination_slug)
        if destination is None:
            continue
        note = notes.get(destination_slug, {"km": "", "en": ""})
        row = {
            "slug": mou_slug(destination_slug),
            "kind": LegalInstrument.Kind.BILATERAL_MOU,
            "year": "",
            "number": "",
            "destination": destination,
        }
        for language in ("km", "en"):
            summary = memoranda.text("summary", language).format(
                to_be_confirmed=TO_BE_CONFIRMED[language]
            )
            row[language] = {
                "name": memoranda.text("name", language).format(
                    destination=getattr(destination, f"name_{language}")
                ),
                "summary": f"{summary} {note[language]}" if note[language] else summary,
            }
        rows.append(row)
    return rows


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


def build_instruments(content):
    km_locale, en_locale = locale_for("km"), locale_for("en")
    destinations = Destination.objects.in_bulk(field_name="slug")
    instruments = {}
    for position, row in enumerate(instrument_rows(content, destinations)):
        row["sort_order"] = (position + 1) * 10
        instruments[row["slug"]] = ensure_instrument_in_km_and_en(row, km_locale, en_locale)
    return instruments


def body_for(explainer, language):
    """The StreamField value of one explainer in one language."""
    return [
        {"type": "explanation", "value": {"text": explainer.text("explanation", language)}},
        {
            "type": "when_broken",
            "value": {
                "intro": explainer.text("broken_intro", language),
                "signs": explainer.texts("signs", language),
            },
        },
        {
            "type": "steps",
            "value": {
                "steps": explainer.texts("steps", language),
                "link_complaint_form": True,
                "link_destination_guides": True,
            },
        },
        {"type": "to_be_confirmed", "value": {"note": explainer.text("unconfirmed", language)}},
    ]


def cited_slugs(content, explainer):
    slugs = []
    for slug in explainer.strings("instruments"):
        if slug == MEMORANDA:
            slugs += [mou_slug(each) for each in content["memoranda"].strings("destinations")]
        else:
            slugs.append(slug)
    return slugs


def related_slugs(explainer):
    value = explainer["destinations"]
    return list(ALL_DESTINATIONS) if value == "all" else explainer.strings("destinations")


def page_fields(content, explainer, language, instruments, destinations):
    position = 0 if language == "km" else 1
    return {
        **explainer.fields(language, "title", "summary"),
        "body": body_for(explainer, language),
        "cited_instruments": [
            instruments[slug][position]
            for slug in cited_slugs(content, explainer)
            if slug in instruments
        ],
        "related_destinations": [
            destinations[slug] for slug in related_slugs(explainer) if slug in destinations
        ],
    }


@transaction.atomic
def build(stdout=None):
    content = load(CONTENT)
    home_km = HomePage.objects.get(depth=2, locale__language_code="km")
    instruments = build_instruments(content)
    destinations = Destination.objects.in_bulk(field_name="slug")
    index = ensure_index_page(home_km, RightsIndexPage, "rights", content["index"])
    explainers = content.entries("explainers")
    for explainer in explainers:
        ensure_page_in_km_and_en(
            index,
            RightsPage,
            explainer["slug"],
            km=page_fields(content, explainer, "km", instruments, destinations),
            en=page_fields(content, explainer, "en", instruments, destinations),
        )
    if stdout is not None:
        stdout.write(f"  rights: {len(instruments)} instruments, {len(explainers)} explainers")
