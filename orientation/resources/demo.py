"""Demo organisations for the support directory, built from demo/resources.yaml.

Truth rule: real organisations carry only facts the sources give (docs/sources.md: source
003 gives IOM Phnom Penh's telephone number in a 2007 press release; sources 001, 002 and 004
name MoLVT, CENTRAL and LSCW without contacts). Everything else is "to be confirmed by
editors", and the stand-ins for kinds of help the sources do not name say "Demo" in their
name. The IOM number is old, so it is shown "to be confirmed", with its document named.
"""

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale

from orientation.core.demo_loader import load
from orientation.destinations.models import Destination

from .models import Organisation, Service, SpokenLanguage
from .services_catalogue import create_services_and_languages

CONTENT = "resources"
UNCONFIRMED_PHONE = {"label": "", "phone": {"number": "", "verified": False, "source": ""}}


def organisations():
    """The entries of demo/resources.yaml (tests read them too)."""
    return load(CONTENT).entries("organisations")


def _contacts(entry, language):
    if "phone" not in entry:
        return [("phone", UNCONFIRMED_PHONE)]
    phone = entry["phone"]
    number = {key: phone[key] for key in ("number", "verified")}
    number["source"] = phone.text("source", language)
    return [("phone", {"label": phone.text("label", language), "phone": number})]


def ensure_organisation(entry, km_locale, en_locale):
    """Create the Khmer record and its English translation once (found by their Khmer name)."""
    kind = entry["kind"]
    if kind not in Organisation.Kind.values:
        raise entry.error("kind", f"not one of {Organisation.Kind.values}")
    km_name = entry.text("name", "km")
    organisation = Organisation.objects.filter(locale=km_locale, name=km_name).first()
    if organisation is None:
        organisation = Organisation(
            locale=km_locale,
            name=km_name,
            description=entry.text("description", "km"),
            kind=kind,
            contacts=_contacts(entry, "km"),
            website=entry.get("website", ""),
            live=True,
        )
        organisation.services.set(Service.objects.filter(slug__in=entry.strings("services")))
        organisation.destinations.set(
            Destination.objects.filter(slug__in=entry.strings("destinations"))
        )
        organisation.languages.set(
            SpokenLanguage.objects.filter(code__in=entry.strings("languages"))
        )
        organisation.save()
        organisation.save_revision().publish()
    translation = organisation.get_translation_or_none(en_locale)
    if translation is None:
        translation = organisation.copy_for_translation(en_locale)
        translation.name = entry.text("name", "en")
        translation.description = entry.text("description", "en")
        translation.contacts = _contacts(entry, "en")
        translation.live = True
        translation.save()
        translation.save_revision().publish()
    return organisation


def build(stdout=None):
    create_services_and_languages(apps)
    km_locale = Locale.objects.get(language_code="km")
    en_locale = Locale.objects.get(language_code="en")
    with transaction.atomic():
        entries = organisations()
        for entry in entries:
            ensure_organisation(entry, km_locale, en_locale)
    if stdout is not None:
        stdout.write(f"resources: {len(entries)} organisations in km and en")
