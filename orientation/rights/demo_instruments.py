"""The legal instruments of the demo site: exactly those source 002 of docs/sources.md names
(the government's report on the protection of migrants). Years and numbers come from the
source's own titles or are widely known; nothing else is filled in. Official links are left
empty until an editor has checked one. MoUs: the source names the countries but not the
dates or terms."""

from orientation.core.constants import TO_BE_CONFIRMED_EN, TO_BE_CONFIRMED_KM

from .models import LegalInstrument

Kind = LegalInstrument.Kind

# slug, kind, year, number, Khmer name, English name, Khmer summary, English summary
INSTRUMENTS = [
    (
        "national-employment-policy-2015-2025",
        Kind.NATIONAL_POLICY,
        "2015-2025",
        "",
        "គោលនយោបាយជាតិស្តីពីការងារធ្វើ ២០១៥-២០២៥",
        "National Employment Policy 2015-2025",
        "គោលនយោបាយជាតិរបស់កម្ពុជាស្តីពីការងារធ្វើ ដែលរាជរដ្ឋាភិបាលរាប់បញ្ចូលក្នុងចំណោម"
        "គោលនយោបាយដែលការពារពលករចំណាកស្រុក។",
        "Cambodia's national policy on employment, listed by the government among the policies "
        "that protect migrant workers.",
    ),
    (
        "labour-migration-policy-2019-2023",
        Kind.NATIONAL_POLICY,
        "2019-2023",
        "",
        "គោលនយោបាយចំណាកស្រុកការងារសម្រាប់កម្ពុជា ២០១៩-២០២៣",
        "Labour Migration Policy for Cambodia 2019-2023",
        "គោលនយោបាយរបស់រាជរដ្ឋាភិបាលសម្រាប់គ្រប់គ្រងចំណាកស្រុកការងារ និងការពារសិទ្ធិរបស់ពលករចំណាកស្រុកកម្ពុជា។",
        "The government's policy for managing labour migration and protecting the rights of "
        "Cambodian migrant workers.",
    ),
    (
        "sub-decree-190-2011",
        Kind.SUB_DECREE,
        "2011",
        "190",
        "អនុក្រឹត្យលេខ ១៩០ ចុះថ្ងៃទី១៧ ខែសីហា ឆ្នាំ២០១១ "
        "ស្តីពីការគ្រប់គ្រងការបញ្ជូនពលករខ្មែរទៅធ្វើការនៅបរទេស តាមរយៈភ្នាក់ងារជ្រើសរើសឯកជន",
        "Sub-Decree No. 190 of 17 August 2011 on the Management of Sending Cambodian Workers "
        "Abroad through Private Recruitment Agencies",
        "ច្បាប់សម្រាប់ភ្នាក់ងារជ្រើសរើសឯកជនដែលបញ្ជូនពលករកម្ពុជាទៅធ្វើការនៅបរទេស "
        "រួមទាំងការតម្រូវឱ្យមានបុគ្គលិកនៅប្រទេសទទួល ដើម្បីតាមដាន និងដោះស្រាយបញ្ហារបស់ពលករ។",
        "Rules for the private recruitment agencies that send Cambodian workers abroad, including "
        "staff in the receiving countries to monitor and solve workers' problems.",
    ),
    (
        "un-migrant-workers-convention",
        Kind.UN_CONVENTION,
        "1990",
        "",
        "អនុសញ្ញាអង្គការសហប្រជាជាតិស្តីពីការការពារសិទ្ធិរបស់ពលករចំណាកស្រុកទាំងអស់ និងសមាជិកគ្រួសាររបស់ពួកគេ",
        "UN Convention on the Protection of the Rights of All Migrant Workers and Members of "
        "Their Families",
        "អនុសញ្ញារបស់អង្គការសហប្រជាជាតិស្តីពីសិទ្ធិរបស់ពលករចំណាកស្រុកទាំងអស់ "
        "និងគ្រួសាររបស់ពួកគេ ដែលកម្ពុជារាប់បញ្ចូលក្នុងចំណោមលិខិតុបករណ៍អន្តរជាតិដែលខ្លួនអនុវត្ត។",
        "The United Nations convention on the rights of all migrant workers and their families, "
        "listed by Cambodia among the international instruments it implements.",
    ),
    (
        "ilo-c097-migration-for-employment",
        Kind.ILO_CONVENTION,
        "1949",
        "C97",
        "អនុសញ្ញាអង្គការពលកម្មអន្តរជាតិ (ILO) លេខ ៩៧ ស្តីពីចំណាកស្រុកដើម្បីការងារ (កែសម្រួល) ឆ្នាំ១៩៤៩",
        "ILO Convention No. 97 on Migration for Employment (Revised), 1949",
        "អនុសញ្ញារបស់អង្គការពលកម្មអន្តរជាតិ ស្តីពីចំណាកស្រុកដើម្បីការងារ។",
        "The International Labour Organization's convention on migration for employment.",
    ),
    (
        "ilo-c143-migrant-workers",
        Kind.ILO_CONVENTION,
        "1975",
        "C143",
        "អនុសញ្ញា ILO លេខ ១៤៣ ស្តីពីពលករចំណាកស្រុក (បទប្បញ្ញត្តិបំពេញបន្ថែម) ឆ្នាំ១៩៧៥",
        "ILO Convention No. 143 on Migrant Workers (Supplementary Provisions), 1975",
        "អនុសញ្ញារបស់អង្គការពលកម្មអន្តរជាតិ ដែលបំពេញបន្ថែមលើអនុសញ្ញាលេខ ៩៧ ស្តីពីការការពារពលករចំណាកស្រុក។",
        "The ILO convention that adds to Convention No. 97 on the protection of migrant workers.",
    ),
    (
        "ilo-c181-private-employment-agencies",
        Kind.ILO_CONVENTION,
        "1997",
        "C181",
        "អនុសញ្ញា ILO លេខ ១៨១ ស្តីពីទីភ្នាក់ងារការងារឯកជន ឆ្នាំ១៩៩៧",
        "ILO Convention No. 181 on Private Employment Agencies, 1997",
        "អនុសញ្ញារបស់អង្គការពលកម្មអន្តរជាតិ ស្តីពីទីភ្នាក់ងារការងារឯកជន និងការការពារកម្មករដែលពួកគេជ្រើសរើស។",
        "The ILO convention on private employment agencies and the protection of the workers they "
        "recruit.",
    ),
    (
        "ilo-c188-work-in-fishing",
        Kind.ILO_CONVENTION,
        "2007",
        "C188",
        "អនុសញ្ញា ILO លេខ ១៨៨ ស្តីពីការងារក្នុងវិស័យនេសាទ ឆ្នាំ២០០៧",
        "ILO Convention No. 188 on Work in Fishing, 2007",
        "អនុសញ្ញារបស់អង្គការពលកម្មអន្តរជាតិ ស្តីពីលក្ខខណ្ឌការងារនៅលើនាវានេសាទ។",
        "The ILO convention on conditions of work on board fishing vessels.",
    ),
    (
        "ilo-c189-domestic-workers",
        Kind.ILO_CONVENTION,
        "2011",
        "C189",
        "អនុសញ្ញា ILO លេខ ១៨៩ ស្តីពីពលករធ្វើការងារតាមផ្ទះ ឆ្នាំ២០១១",
        "ILO Convention No. 189 on Domestic Workers, 2011",
        "អនុសញ្ញារបស់អង្គការពលកម្មអន្តរជាតិ ស្តីពីការងារសមរម្យសម្រាប់ពលករធ្វើការងារតាមផ្ទះ។",
        "The ILO convention on decent work for domestic workers.",
    ),
    (
        "ilo-r201-domestic-workers",
        Kind.ILO_RECOMMENDATION,
        "2011",
        "R201",
        "អនុសាសន៍ ILO លេខ ២០១ ស្តីពីពលករធ្វើការងារតាមផ្ទះ ឆ្នាំ២០១១",
        "ILO Recommendation No. 201 on Domestic Workers, 2011",
        "ការណែនាំដែលភ្ជាប់ជាមួយអនុសញ្ញាលេខ ១៨៩ ស្តីពីពលករធ្វើការងារតាមផ្ទះ។",
        "The guidance that goes with Convention No. 189 on domestic workers.",
    ),
    (
        "asean-declaration-migrant-workers",
        Kind.ASEAN_INSTRUMENT,
        "",
        "",
        "សេចក្តីប្រកាសអាស៊ានស្តីពីការការពារ និងការលើកកម្ពស់សិទ្ធិពលករចំណាកស្រុក",
        "ASEAN Declaration on the Protection and Promotion of the Rights of Migrant Workers",
        "សេចក្តីប្រកាសរបស់ប្រទេសសមាជិកអាស៊ាន ស្តីពីការការពារ និងការលើកកម្ពស់សិទ្ធិពលករចំណាកស្រុក។",
        "The ASEAN member states' declaration on protecting and promoting migrant workers' rights.",
    ),
    (
        "asean-consensus-migrant-workers",
        Kind.ASEAN_INSTRUMENT,
        "",
        "",
        "សេចក្តីឯកភាពអាស៊ានស្តីពីការការពារ និងការលើកកម្ពស់សិទ្ធិពលករចំណាកស្រុក",
        "ASEAN Consensus on the Protection and Promotion of the Rights of Migrant Workers",
        "អត្ថបទដែលប្រទេសសមាជិកអាស៊ានបានឯកភាពគ្នា ស្តីពីការការពារ និងការលើកកម្ពស់សិទ្ធិពលករចំណាកស្រុក។",
        "The text agreed by the ASEAN member states on protecting and promoting migrant workers' "
        "rights.",
    ),
]

MOU_SUMMARY_KM = (
    "អនុស្សរណៈនៃការយោគយល់គ្នាមួយ ក្នុងចំណោមអនុស្សរណៈដែលកម្ពុជាបានចុះហត្ថលេខា"
    "ជាមួយប្រទេសដែលពលកររបស់ខ្លួនទៅធ្វើការ។ កាលបរិច្ឆេទ ខ្លឹមសារ និងអត្ថបទ៖ "
    f"{TO_BE_CONFIRMED_KM}។"
)
MOU_SUMMARY_EN = (
    "One of the memoranda of understanding Cambodia has signed with the countries its workers "
    f"go to. Date, scope and text: {TO_BE_CONFIRMED_EN}."
)
# docs/sources.md, source 002: workers go to South Korea under the Employment Permit
# System, a government-to-government arrangement, not through private agencies.
EPS_NOTE_KM = (
    " ពលករទៅធ្វើការនៅប្រទេសកូរ៉េខាងត្បូង តាមប្រព័ន្ធលិខិតអនុញ្ញាតការងារ (EPS) "
    "ដែលជាកិច្ចព្រមព្រៀងរវាងរដ្ឋាភិបាល និងរដ្ឋាភិបាល។"
)
EPS_NOTE_EN = (
    " Workers go to South Korea through the Employment Permit System (EPS), a "
    "government-to-government arrangement."
)
# The order source 002 (docs/sources.md) names them in.
MOU_DESTINATIONS = [
    "south-korea",
    "thailand",
    "malaysia",
    "japan",
    "singapore",
    "hong-kong",
    "saudi-arabia",
    "kuwait",
    "qatar",
]


def mou_slug(destination_slug):
    return f"mou-{destination_slug}"


def mou_rows(destinations_by_slug):
    """One memorandum per destination; the dates are not in the sources, so the year is empty
    (readers see "to be confirmed by editors")."""
    rows = []
    for destination_slug in MOU_DESTINATIONS:
        destination = destinations_by_slug.get(destination_slug)
        if destination is None:
            continue
        extra_km = EPS_NOTE_KM if destination_slug == "south-korea" else ""
        extra_en = EPS_NOTE_EN if destination_slug == "south-korea" else ""
        rows.append(
            {
                "slug": mou_slug(destination_slug),
                "kind": Kind.BILATERAL_MOU,
                "year": "",
                "number": "",
                "destination": destination,
                "km": {
                    "name": f"អនុស្សរណៈនៃការយោគយល់គ្នារវាងកម្ពុជា និង{destination.name_km}",
                    "summary": MOU_SUMMARY_KM + extra_km,
                },
                "en": {
                    "name": (
                        f"Memorandum of understanding between Cambodia and {destination.name_en}"
                    ),
                    "summary": MOU_SUMMARY_EN + extra_en,
                },
            }
        )
    return rows


def instrument_rows(destinations_by_slug):
    rows = [
        {
            "slug": slug,
            "kind": kind,
            "year": year,
            "number": number,
            "destination": None,
            "km": {"name": name_km, "summary": summary_km},
            "en": {"name": name_en, "summary": summary_en},
        }
        for slug, kind, year, number, name_km, name_en, summary_km, summary_en in INSTRUMENTS
    ]
    return rows + mou_rows(destinations_by_slug)
