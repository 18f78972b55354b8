"""Demo content of the scam area: the warnings index, seven warnings in Khmer and English,
and a demo agency register. The text is in demo/scams.yaml; this module builds it.

The sources (docs/sources.md, source 002) say the ministry had licensed 116 private
recruitment agencies by 2019 but name none, so the register holds only entries that say
they are demo entries (licence numbers starting with DEMO-), one or more for each status.
No fact here goes beyond the sources or what is widely known; phone numbers and addresses
are left for editors to confirm.
"""

import datetime

from django.utils import timezone

from home.models import HomePage
from orientation.core.demo import ensure_index_page, ensure_page_in_km_and_en, locale_for
from orientation.core.demo_loader import load
from orientation.destinations.models import Destination

from .models import Agency, AgencyStatus, ScamIndexPage, ScamWarningPage
from .services import agency_save, agency_set_status

CONTENT = "scams"
KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


def demo_agency_fields(register, entry):
    today = timezone.localdate()
    number = entry["number"]
    names = {"number": number, "number_km": str(number).translate(KHMER_DIGITS)}
    return {
        "name_latin": register["name_latin"].format(**names),
        "name_km": register["name_km"].format(**names),
        "licence_number": register["licence_number"].format(**names),
        "valid_from": today + datetime.timedelta(days=entry["valid_from_days"]),
        "valid_until": today + datetime.timedelta(days=entry["valid_until_days"]),
    }


def ensure_demo_agencies():
    register = load(CONTENT)["agencies"]
    destinations = {destination.slug: destination for destination in Destination.objects.all()}
    for entry in register.entries("entries"):
        status = entry["status"]
        if status not in AgencyStatus.values:
            raise entry.error("status", f"not one of {AgencyStatus.values}")
        fields = demo_agency_fields(register, entry)
        if Agency.objects.filter(licence_number=fields["licence_number"]).exists():
            continue
        # Every demo agency enters the register licensed; a later status is a change the
        # history shows, as it would for a real one.
        slugs = entry.strings("destinations")
        agency = agency_save(
            Agency(status=AgencyStatus.LICENSED, **fields),
            source="system",
            destinations=[destinations[slug] for slug in slugs if slug in destinations],
        )
        if status != AgencyStatus.LICENSED:
            agency_set_status(agency, status, source="system")


def warning_fields(warning, language):
    return {
        **warning.fields(language, "title", "summary"),
        "red_flags": [("red_flag", text) for text in warning.texts("red_flags", language)],
        "what_to_do": [("step", text) for text in warning.texts("what_to_do", language)],
    }


def ensure_warning_pages():
    content = load(CONTENT)
    home_km = HomePage.objects.get(depth=2, locale=locale_for("km"))
    index = ensure_index_page(home_km, ScamIndexPage, "scams", content["index"])
    for warning in content.entries("warnings"):
        ensure_page_in_km_and_en(
            index,
            ScamWarningPage,
            warning["slug"],
            km=warning_fields(warning, "km"),
            en=warning_fields(warning, "en"),
        )
    return index


def build(stdout=None):
    index = ensure_warning_pages()
    ensure_demo_agencies()
    if stdout is not None:
        stdout.write(
            f"  scams: {ScamWarningPage.objects.filter(locale=index.locale).count()} warnings, "
            f"{Agency.objects.filter(licence_number__startswith='DEMO-').count()} demo agencies"
        )
    return index
