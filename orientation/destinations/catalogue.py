"""The nine destinations of the URL contract (docs/design.md), with widely known facts only:
names (Khmer spelling from docs/glossary.md), the local language, currency and capital.
Used by the data migration that creates them and by tests."""

DESTINATIONS = [
    # slug, English, Khmer, local name, language, currency, capital en, capital km, icon
    ("thailand", "Thailand", "ប្រទេសថៃ", "ประเทศไทย", "th", "THB", "Bangkok", "បាងកក", "temple"),
    (
        "malaysia",
        "Malaysia",
        "ប្រទេសម៉ាឡេស៊ី",
        "Malaysia",
        "ms",
        "MYR",
        "Kuala Lumpur",
        "កូឡាឡាំពួ",
        "towers",
    ),
    (
        "south-korea",
        "South Korea",
        "ប្រទេសកូរ៉េខាងត្បូង",
        "대한민국",
        "ko",
        "KRW",
        "Seoul",
        "សេអ៊ូល",
        "factory",
    ),
    ("japan", "Japan", "ប្រទេសជប៉ុន", "日本", "ja", "JPY", "Tokyo", "តូក្យូ", "mountain"),
    (
        "singapore",
        "Singapore",
        "ប្រទេសសិង្ហបុរី",
        "Singapore",
        "en",
        "SGD",
        "Singapore",
        "សិង្ហបុរី",
        "city",
    ),
    ("hong-kong", "Hong Kong", "ហុងកុង", "香港", "zh-hant", "HKD", "", "", "harbour"),
    (
        "saudi-arabia",
        "Saudi Arabia",
        "ប្រទេសអារ៉ាប៊ីសាអូឌីត",
        "المملكة العربية السعودية",
        "ar",
        "SAR",
        "Riyadh",
        "រីយ៉ាដ",
        "desert",
    ),
    ("kuwait", "Kuwait", "ប្រទេសគុយវ៉ែត", "الكويت", "ar", "KWD", "Kuwait City", "ទីក្រុងគុយវ៉ែត", "tower"),
    ("qatar", "Qatar", "ប្រទេសកាតា", "قطر", "ar", "QAR", "Doha", "ដូហា", "dhow"),
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
