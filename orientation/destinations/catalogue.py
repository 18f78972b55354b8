"""The nine destinations of the URL contract (docs/design.md), with widely known facts only:
names (Khmer spelling from docs/glossary.md), the local language, currency and capital.
Used by the data migration that creates them and by tests.

The English names and capitals are marked for translation (N_): readers of a language other
than Khmer and English read them from their interface catalogue (Destination.name), so a
Thai page says ประเทศไทย, not Thailand."""

from django.utils.translation import gettext_noop as N_

DESTINATIONS = [
    # slug, English, Khmer, local name, language, currency, capital en, capital km, icon
    (
        "thailand",
        N_("Thailand"),
        "ប្រទេសថៃ",
        "ประเทศไทย",
        "th",
        "THB",
        N_("Bangkok"),
        "បាងកក",
        "temple",
    ),
    (
        "malaysia",
        N_("Malaysia"),
        "ប្រទេសម៉ាឡេស៊ី",
        "Malaysia",
        "ms",
        "MYR",
        N_("Kuala Lumpur"),
        "កូឡាឡាំពួ",
        "towers",
    ),
    (
        "south-korea",
        N_("South Korea"),
        "ប្រទេសកូរ៉េខាងត្បូង",
        "대한민국",
        "ko",
        "KRW",
        N_("Seoul"),
        "សេអ៊ូល",
        "factory",
    ),
    ("japan", N_("Japan"), "ប្រទេសជប៉ុន", "日本", "ja", "JPY", N_("Tokyo"), "តូក្យូ", "mountain"),
    (
        "singapore",
        N_("Singapore"),
        "ប្រទេសសិង្ហបុរី",
        "Singapore",
        "en",
        "SGD",
        "Singapore",
        "សិង្ហបុរី",
        "city",
    ),
    ("hong-kong", N_("Hong Kong"), "ហុងកុង", "香港", "zh-hant", "HKD", "", "", "harbour"),
    (
        "saudi-arabia",
        N_("Saudi Arabia"),
        "ប្រទេសអារ៉ាប៊ីសាអូឌីត",
        "المملكة العربية السعودية",
        "ar",
        "SAR",
        N_("Riyadh"),
        "រីយ៉ាដ",
        "desert",
    ),
    (
        "kuwait",
        N_("Kuwait"),
        "ប្រទេសគុយវ៉ែត",
        "الكويت",
        "ar",
        "KWD",
        N_("Kuwait City"),
        "ទីក្រុងគុយវ៉ែត",
        "tower",
    ),
    ("qatar", N_("Qatar"), "ប្រទេសកាតា", "قطر", "ar", "QAR", N_("Doha"), "ដូហា", "dhow"),
]

SLUGS = [row[0] for row in DESTINATIONS]


def destination_fields(row, sort_order):
    slug, en, km, local, language, currency, capital_en, capital_km, icon = row
    return {
        "slug": slug,
        "name_en": en,
        "name_km": km,
        "name_local": local,
        "local_language_code": language,
        "currency_code": currency,
        "capital_en": capital_en,
        "capital_km": capital_km,
        "icon": icon,
        "sort_order": sort_order,
    }
