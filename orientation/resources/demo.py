"""Demo organisations for the support directory.

Truth rule: real organisations carry only facts the sources give (docs/sources.md: source
003 gives IOM Phnom Penh's telephone number in a 2007 press release; sources 001, 002 and 004
name MoLVT, CENTRAL and LSCW without contacts). Everything else is "to be confirmed by
editors", and the stand-ins for kinds of help the sources do not name say "Demo" in their
name. ("seed 003" in the phone number's source text means source 003 of docs/sources.md.)
"""

from django.apps import apps
from django.db import transaction
from wagtail.models import Locale

from orientation.destinations.models import Destination

from .models import Organisation, Service, SpokenLanguage
from .services_catalogue import create_services_and_languages

UNCONFIRMED_PHONE = {"label": "", "phone": {"number": "", "verified": False, "source": ""}}

ORGANISATIONS = [
    {
        "key": "iom-cambodia",
        "kind": Organisation.Kind.INTERNATIONAL,
        "km": {
            "name": "អង្គការអន្តរជាតិទេសន្តរប្រវេសន៍ (IOM) ភ្នំពេញ",
            "description": (
                "អង្គការអន្តរជាតិដែលធ្វើការជាមួយក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ "
                "លើការគ្រប់គ្រងចំណាកស្រុកការងារ និងព័ត៌មានមុនចេញដំណើរសម្រាប់ពលករចំណាកស្រុក។"
            ),
            "label": "ការិយាល័យ IOM ភ្នំពេញ",
        },
        "en": {
            "name": "International Organization for Migration (IOM), Phnom Penh",
            "description": (
                "The UN migration agency; works with the Ministry of Labour and Vocational "
                "Training on labour migration management and pre-departure orientation."
            ),
            "label": "IOM Phnom Penh office",
        },
        "phone": {
            "number": "+855 23 216 532",
            "verified": True,
            "source": "IOM press release 'New Labour Migration Information System Will Protect "
            "Cambodian Migrant Workers', 2007 (seed 003): may be out of date",
        },
        "services": ["training"],
        "destinations": [],
        "languages": ["km", "en"],
        "website": "",
    },
    {
        "key": "molvt",
        "kind": Organisation.Kind.GOVERNMENT,
        "km": {
            "name": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
            "description": (
                "ផ្តល់អាជ្ញាប័ណ្ណដល់ភ្នាក់ងារជ្រើសរើសឯកជន ទទួលបណ្តឹងរបស់ពលករចំណាកស្រុក "
                "និងចាត់តាំងទីប្រឹក្សាការងារនៅស្ថានទូតកម្ពុជា។"
            ),
        },
        "en": {
            "name": "Ministry of Labour and Vocational Training",
            "description": (
                "Licenses private recruitment agencies, receives migrant workers' complaints "
                "and assigns labour counsellors to Cambodian embassies."
            ),
        },
        "services": ["training"],
        "destinations": [],
        "languages": ["km"],
        "website": "",
    },
    {
        "key": "central",
        "kind": Organisation.Kind.NGO,
        "km": {
            # The sources (docs/sources.md) give no Khmer name: the organisation's own name is
            # kept, not guessed.
            "name": "CENTRAL (Centre for Alliance of Labour and Human Rights)",
            "description": "ក្រុមការពារសិទ្ធិការងារ ដែលតស៊ូមតិដើម្បីការពារពលករចំណាកស្រុក។",
        },
        "en": {
            "name": "Centre for Alliance of Labour and Human Rights (CENTRAL)",
            "description": "A labour rights group that speaks up for the protection of migrant "
            "workers.",
        },
        "services": [],
        "destinations": [],
        "languages": ["km"],
        "website": "",
    },
    {
        "key": "lscw",
        "kind": Organisation.Kind.LEGAL_AID,
        "km": {
            "name": "LSCW (Legal Support for Children and Women)",
            "description": "អង្គការដែលគាំទ្រការការពារសិទ្ធិរបស់កម្មករ។",
        },
        "en": {
            "name": "Legal Support for Children and Women (LSCW)",
            "description": "An organisation that supports the protection of workers' rights.",
        },
        "services": ["legal-aid"],
        "destinations": [],
        "languages": ["km"],
        "website": "",
    },
    {
        "key": "demo-shelter-malaysia",
        "kind": Organisation.Kind.SHELTER,
        "km": {
            "name": "ទីជម្រកសាកល្បង (Demo) ម៉ាឡេស៊ី",
            "description": "កំណត់ត្រាសាកល្បងប៉ុណ្ណោះ៖ ជំនួសទីជម្រកពិតប្រាកដ រហូតដល់អ្នកកែសម្រួលបញ្ចូល។",
        },
        "en": {
            "name": "Demo shelter, Malaysia",
            "description": "A demo record only: stands in for a real shelter until editors add "
            "one.",
        },
        "services": ["shelter", "health"],
        "destinations": ["malaysia"],
        "languages": ["km", "ms"],
        "website": "",
    },
    {
        "key": "demo-resource-centre-thailand",
        "kind": Organisation.Kind.RESOURCE_CENTRE,
        "km": {
            "name": "មជ្ឈមណ្ឌលធនធានពលករចំណាកស្រុកសាកល្បង (Demo) ថៃ",
            "description": "កំណត់ត្រាសាកល្បងប៉ុណ្ណោះ៖ ជំនួសមជ្ឈមណ្ឌលពិតប្រាកដ រហូតដល់អ្នកកែសម្រួលបញ្ចូល។",
        },
        "en": {
            "name": "Demo migrant worker resource centre, Thailand",
            "description": "A demo record only: stands in for a real resource centre until "
            "editors add one.",
        },
        "services": ["hotline", "legal-aid", "return-reintegration"],
        "destinations": ["thailand"],
        "languages": ["km", "th"],
        "website": "",
    },
    {
        "key": "demo-labour-counsellor-south-korea",
        "kind": Organisation.Kind.EMBASSY,
        "km": {
            "name": "ទីប្រឹក្សាការងារសាកល្បង (Demo) ស្ថានទូតកម្ពុជា កូរ៉េខាងត្បូង",
            "description": "កំណត់ត្រាសាកល្បងប៉ុណ្ណោះ៖ ទីប្រឹក្សាការងារធ្វើការនៅស្ថានទូតកម្ពុជា។",
        },
        "en": {
            "name": "Demo labour counsellor, Cambodian embassy in South Korea",
            "description": "A demo record only: labour counsellors work at Cambodian embassies "
            "in countries with many Cambodian workers.",
        },
        "services": ["legal-aid", "hotline"],
        "destinations": ["south-korea"],
        "languages": ["km", "ko"],
        "website": "",
    },
]


def _contacts(entry, label):
    phone = entry.get("phone")
    if phone is None:
        return [("phone", UNCONFIRMED_PHONE)]
    return [("phone", {"label": label, "phone": phone})]


def ensure_organisation(entry, km_locale, en_locale):
    """Create the Khmer record and its English translation once (found by their Khmer name)."""
    km_fields, en_fields = entry["km"], entry["en"]
    organisation = Organisation.objects.filter(locale=km_locale, name=km_fields["name"]).first()
    if organisation is None:
        organisation = Organisation(
            locale=km_locale,
            name=km_fields["name"],
            description=km_fields["description"],
            kind=entry["kind"],
            contacts=_contacts(entry, km_fields.get("label", "")),
            website=entry["website"],
            live=True,
        )
        organisation.services.set(Service.objects.filter(slug__in=entry["services"]))
        organisation.destinations.set(Destination.objects.filter(slug__in=entry["destinations"]))
        organisation.languages.set(SpokenLanguage.objects.filter(code__in=entry["languages"]))
        organisation.save()
        organisation.save_revision().publish()
    translation = organisation.get_translation_or_none(en_locale)
    if translation is None:
        translation = organisation.copy_for_translation(en_locale)
        translation.name = en_fields["name"]
        translation.description = en_fields["description"]
        translation.contacts = _contacts(entry, en_fields.get("label", ""))
        translation.live = True
        translation.save()
        translation.save_revision().publish()
    return organisation


def build(stdout=None):
    create_services_and_languages(apps)
    km_locale = Locale.objects.get(language_code="km")
    en_locale = Locale.objects.get(language_code="en")
    with transaction.atomic():
        for entry in ORGANISATIONS:
            ensure_organisation(entry, km_locale, en_locale)
    if stdout is not None:
        stdout.write(f"resources: {len(ORGANISATIONS)} organisations in km and en")
