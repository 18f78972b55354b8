"""Demo guides for the nine destinations, in Khmer and English.

Every fact comes from the source documents of docs/sources.md (named as the source the
reader sees) or is widely known (national emergency numbers, currency). Every other number
is "to be confirmed by editors". The "show this" sentences in the destinations' languages
are demo text that nobody on the team vouches for, so they are marked as such, except
English for Singapore.
"""

import datetime
import uuid

from home.models import HomePage
from orientation.core.demo import ensure_page_in_km_and_en

from .models import Destination, DestinationGuidePage, GuideIndexPage

# The day these demo facts were checked against the sources (docs/sources.md).
DEMO_REVIEWED = datetime.date(2026, 11, 23)
BLOCK_ID_NAMESPACE = uuid.UUID("7c1f8f8e-51a5-4c36-9a55-0d7b0a1f4e21")

INDEX_KM = {
    "title": "មគ្គុទ្ទេសក៍តាមប្រទេស",
    "intro": (
        "ជ្រើសរើសប្រទេសដែលអ្នកនឹងទៅធ្វើការ ដើម្បីអានអ្វីដែលត្រូវធ្វើមុនចេញដំណើរ ពេលនៅទីនោះ និងពេលត្រឡប់មកផ្ទះវិញ។"
    ),
    "last_reviewed": DEMO_REVIEWED,
}
INDEX_EN = {
    "title": "Destination guides",
    "intro": (
        "Choose the country where you will work to read what to do before you go, "
        "while you are there, and when you come home."
    ),
    "last_reviewed": DEMO_REVIEWED,
}

# --- Sources, as the reader sees them -------------------------------------------------------

SOURCE_WORKER_COUNTS = {
    "km": (
        "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ តាមអត្ថបទព័ត៌មានស្តីពីកិច្ចប្រជុំរបស់ក្រសួងជាមួយ "
        "IOM (តួលេខចេញផ្សាយជាមួយលទ្ធផលឆ្នាំ២០២៣)"
    ),
    "en": (
        "Ministry of Labour and Vocational Training, in a news article on its meeting with IOM "
        "(figures published with the 2023 results)"
    ),
}
SOURCE_GOVERNMENT_REPORT = {
    "km": (
        "រាជរដ្ឋាភិបាលកម្ពុជា របាយការណ៍ស្តីពីការការពារសិទ្ធិជនចំណាកស្រុក "
        "(Global Compact for Safe, Orderly and Regular Migration)"
    ),
    "en": (
        "Royal Government of Cambodia, report on the protection of migrants' rights "
        "(Global Compact for Safe, Orderly and Regular Migration)"
    ),
}
SOURCE_STRATEGIC_PLAN = {
    "km": (
        "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ ផែនការយុទ្ធសាស្ត្រ ២០២៤-២០២៨ "
        "តាមអត្ថបទព័ត៌មានស្តីពីយន្តការប្រាំ ដើម្បីការពារពលករចំណាកស្រុក"
    ),
    "en": (
        "Ministry of Labour and Vocational Training, strategic plan 2024-2028, as reported in a "
        "news article on five mechanisms to protect migrant workers"
    ),
}
SOURCE_CENTRAL = {
    "km": "លោក ឃុន ថារ៉ូ អង្គការ CENTRAL តាមអត្ថបទព័ត៌មានស្តីពីគម្រោង PROMISE របស់ IOM",
    "en": "Khun Tharo, CENTRAL, quoted in a news article on IOM's PROMISE project",
}
SOURCE_EMERGENCY = {
    "km": "លេខអាសន្នជាតិ ដែលគេស្គាល់ទូទៅ",
    "en": "National emergency number (widely known)",
}

# --- What differs between destinations ------------------------------------------------------

CURRENCY_NAMES = {
    "THB": ("បាតថៃ", "Thai baht"),
    "MYR": ("រីងហ្គីតម៉ាឡេស៊ី", "Malaysian ringgit"),
    "KRW": ("វ៉ុនកូរ៉េ", "Korean won"),
    "JPY": ("យ៉េនជប៉ុន", "Japanese yen"),
    "SGD": ("ដុល្លារសិង្ហបុរី", "Singapore dollar"),
    "HKD": ("ដុល្លារហុងកុង", "Hong Kong dollar"),
    "SAR": ("រៀលសាអូឌីត", "Saudi riyal"),
    "KWD": ("ឌីណាគុយវ៉ែត", "Kuwaiti dinar"),
    "QAR": ("រៀលកាតា", "Qatari riyal"),
}

# docs/sources.md, source 001: Cambodian migrant workers per country.
WORKER_COUNTS = {
    "thailand": ("១.២៦២.១៧៥", "1,262,175"),
    "south-korea": ("៥០.៩៧០", "50,970"),
    "malaysia": ("២២.២៦២", "22,262"),
    "japan": ("២០.០៥៦", "20,056"),
    "singapore": ("៨៧១", "871"),
    "hong-kong": ("២១៨", "218"),
}

# docs/sources.md, source 002: labour counsellors at the Cambodian embassy.
LABOUR_COUNSELLORS = {
    "south-korea": ("២", "two labour counsellors"),
    "thailand": ("៣", "three labour counsellors"),
    "malaysia": ("២", "two labour counsellors"),
    "japan": ("១", "one labour counsellor"),
}

# Widely known national emergency numbers only: (number, km name, en name).
POLICE_KM, POLICE_EN = "ប៉ូលិស", "Police"
AMBULANCE_KM, AMBULANCE_EN = "អគ្គិភ័យ និងរថយន្តសង្គ្រោះ", "Fire and ambulance"
ALL_SERVICES_KM, ALL_SERVICES_EN = (
    "ប៉ូលិស អគ្គិភ័យ និងរថយន្តសង្គ្រោះ",
    "Police, fire and ambulance",
)
EMERGENCY_NUMBERS = {
    "thailand": [
        ("191", POLICE_KM, POLICE_EN),
        ("1669", "សេវាសង្គ្រោះបន្ទាន់ (រថយន្តសង្គ្រោះ)", "Emergency medical service (ambulance)"),
    ],
    "malaysia": [("999", ALL_SERVICES_KM, ALL_SERVICES_EN)],
    "south-korea": [("112", POLICE_KM, POLICE_EN), ("119", AMBULANCE_KM, AMBULANCE_EN)],
    "japan": [("110", POLICE_KM, POLICE_EN), ("119", AMBULANCE_KM, AMBULANCE_EN)],
    "singapore": [("999", POLICE_KM, POLICE_EN), ("995", AMBULANCE_KM, AMBULANCE_EN)],
    "hong-kong": [("999", ALL_SERVICES_KM, ALL_SERVICES_EN)],
    "saudi-arabia": [("911", ALL_SERVICES_KM, ALL_SERVICES_EN)],
    "kuwait": [("112", ALL_SERVICES_KM, ALL_SERVICES_EN)],
    "qatar": [("999", ALL_SERVICES_KM, ALL_SERVICES_EN)],
}

LANGUAGE_NAMES = {
    "th": ("ភាសាថៃ", "Thai"),
    "ms": ("ភាសាម៉ាឡេ", "Malay"),
    "ko": ("ភាសាកូរ៉េ", "Korean"),
    "ja": ("ភាសាជប៉ុន", "Japanese"),
    "en": ("ភាសាអង់គ្លេស", "English"),
    "zh-hant": ("ភាសាចិន", "Chinese"),
    "ar": ("ភាសាអារ៉ាប់", "Arabic"),
}

# "Show this" sentences: 1 I am a Cambodian migrant worker; 2 I need help, call the embassy;
# 3 I do not speak <language> well, speak slowly or find an interpreter; 4 give back my
# passport. Demo translations, to be confirmed by a speaker (except English).
SHOW_THIS_LOCAL = {
    "th": [
        "ฉันเป็นแรงงานข้ามชาติจากกัมพูชา",
        "ฉันต้องการความช่วยเหลือ กรุณาโทรหาสถานทูตกัมพูชา",
        "ฉันพูดภาษาไทยได้ไม่ดี กรุณาพูดช้าๆ หรือหาล่ามให้ฉัน",
        "กรุณาคืนหนังสือเดินทางของฉัน",
    ],
    "ms": [
        "Saya pekerja asing dari Kemboja.",
        "Saya perlukan bantuan. Sila telefon Kedutaan Kemboja.",
        "Saya tidak fasih berbahasa Melayu. Sila cakap perlahan-lahan atau dapatkan "
        "jurubahasa untuk saya.",
        "Sila pulangkan pasport saya.",
    ],
    "ko": [
        "저는 캄보디아에서 온 이주노동자입니다.",
        "도움이 필요합니다. 캄보디아 대사관에 전화해 주세요.",
        "저는 한국어를 잘 못합니다. 천천히 말씀해 주시거나 통역사를 불러 주세요.",
        "제 여권을 돌려주세요.",
    ],
    "ja": [
        "私はカンボジアから来た外国人労働者です。",
        "助けが必要です。カンボジア大使館に電話してください。",
        "日本語がよく話せません。ゆっくり話すか、通訳を呼んでください。",
        "私のパスポートを返してください。",
    ],
    "en": [
        "I am a migrant worker from Cambodia.",
        "I need help. Please call the Cambodian embassy.",
        "I do not speak English well. Please speak slowly or find an interpreter for me.",
        "Please give me back my passport.",
    ],
    "zh-hant": [
        "我是來自柬埔寨的外籍勞工。",
        "我需要幫助。請致電柬埔寨大使館。",
        "我的中文說得不好。請慢慢說，或者幫我找一位翻譯員。",  # noqa: RUF001 (Chinese comma)
        "請把我的護照還給我。",
    ],
    "ar": [
        "أنا عامل مهاجر من كمبوديا.",
        "أحتاج إلى مساعدة. من فضلك اتصل بسفارة كمبوديا.",
        "لا أتكلم العربية جيدًا. من فضلك تكلم ببطء أو أحضر لي مترجمًا.",
        "من فضلك أعد لي جواز سفري.",
    ],
}
# Only English is a language someone on the team vouches for.
CONFIRMED_LOCAL_LANGUAGES = {"en"}


def show_this_khmer(language_km):
    return [
        "ខ្ញុំជាពលករចំណាកស្រុកមកពីកម្ពុជា។",
        "ខ្ញុំត្រូវការជំនួយ។ សូមទូរស័ព្ទទៅស្ថានទូតកម្ពុជា។",
        f"ខ្ញុំនិយាយ{language_km}មិនសូវបានទេ។ សូមនិយាយយឺតៗ ឬរកអ្នកបកប្រែឱ្យខ្ញុំ។",
        "សូមប្រគល់លិខិតឆ្លងដែនរបស់ខ្ញុំមកខ្ញុំវិញ។",
    ]


# Cambodia's embassy in these five capitals is widely known; elsewhere editors must say
# which embassy or consulate covers the country.
EMBASSY_KNOWN = {"thailand", "malaysia", "south-korea", "japan", "singapore"}


# --- Building the stream ----------------------------------------------------------------------


class StreamBuilder:
    """Raw StreamField data with ids derived from the guide and the block's position, so the
    Khmer and English guides share block ids (a checklist keeps its ticks in both)."""

    def __init__(self, slug):
        self.slug = slug
        self.blocks = []

    def _id(self, *parts):
        return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join([self.slug, *map(str, parts)])))

    def add(self, block_type, value):
        position = len(self.blocks)
        self.blocks.append({"type": block_type, "value": value, "id": self._id(position)})

    def items(self, values):
        position = len(self.blocks)
        return [
            {"type": "item", "value": value, "id": self._id(position, index)}
            for index, value in enumerate(values)
        ]

    def section(self, heading, body):
        self.add("section", {"heading": heading, "body": body, "audio": None})

    def checklist(self, title, items):
        self.add("checklist", {"title": title, "items": self.items(items)})

    def fact(self, text, source):
        self.add(
            "sourced_fact",
            {
                "text": text,
                "source": source,
                "source_url": "",
                "date_reviewed": DEMO_REVIEWED.isoformat(),
            },
        )

    def warning(self, title, text):
        self.add("warning", {"title": title, "text": text})

    def contact(self, name, role, number="", source=""):
        verified = bool(number)
        self.add(
            "contact_card",
            {
                "name": name,
                "role": role,
                "contact": {"number": number, "verified": verified, "source": source},
                "to_be_confirmed": not verified,
            },
        )

    def show_this(self, title, khmer, local, confirmed):
        sentences = [{"khmer": k, "local": loc} for k, loc in zip(khmer, local, strict=True)]
        self.add(
            "show_this",
            {
                "title": title,
                "sentences": self.items(sentences),
                "local_text_confirmed": confirmed,
            },
        )

    def complaint_link(self, text):
        self.add("complaint_link", {"text": text})


def guide_body_km(destination):
    slug = destination.slug
    name = destination.name_km
    currency_km, _currency_en = CURRENCY_NAMES[destination.currency_code]
    code = destination.currency_code
    language_km, _language_en = LANGUAGE_NAMES[destination.local_language_code]
    stream = StreamBuilder(slug)

    if slug == "south-korea":
        route = (
            "<p>ការទៅធ្វើការនៅប្រទេសកូរ៉េខាងត្បូង ធ្វើឡើងតាមរយៈប្រព័ន្ធលិខិតអនុញ្ញាតការងារ "
            "(EPS) រវាងរដ្ឋាភិបាល និងរដ្ឋាភិបាលតែប៉ុណ្ណោះ មិនមែនតាមរយៈភ្នាក់ងារជ្រើសរើសឯកជនទេ។ "
            "បើមាននរណាម្នាក់សន្យាថានឹងបញ្ជូនអ្នកទៅកូរ៉េខាងត្បូង ដោយយកលុយពីអ្នក "
            "សូមប្រយ័ត្ន៖ នោះអាចជាការបោកប្រាស់។</p>"
        )
        route_item = "ខ្ញុំចេញដំណើរតាមរយៈប្រព័ន្ធ EPS រវាងរដ្ឋាភិបាល និងរដ្ឋាភិបាល។"
    else:
        route = (
            f"<p>ទៅធ្វើការនៅ{name} តាមផ្លូវស្របច្បាប់តែប៉ុណ្ណោះ។ ផ្លូវស្របច្បាប់ការពារអ្នក៖ "
            "អ្នកមានកិច្ចសន្យា មាននិយោជកដែលគេស្គាល់ ហើយអាចដាក់បណ្តឹងបាន ពេលមានបញ្ហា។</p>"
            '<p>មុនពេលចុះហត្ថលេខា សូម<a href="/km/agencies/">ពិនិត្យអាជ្ញាប័ណ្ណ</a>'
            "របស់ភ្នាក់ងារជ្រើសរើសឯកជន។ សុំបង្កាន់ដៃរាល់ពេលដែលអ្នកបង់ប្រាក់ "
            "ហើយកុំបង់ប្រាក់ឱ្យអ្នកណាដែលគ្មានអាជ្ញាប័ណ្ណ។</p>"
        )
        route_item = "ភ្នាក់ងារជ្រើសរើសឯកជនរបស់ខ្ញុំ មានអាជ្ញាប័ណ្ណពីក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ។"

    stream.section(
        "មុនពេលចេញដំណើរ",
        route + "<p>ត្រៀមឯកសាររបស់អ្នក៖ លិខិតឆ្លងដែនដែលនៅមានសុពលភាព កិច្ចសន្យាការងារ "
        "និងលទ្ធផលពិនិត្យសុខភាព។ ធ្វើការពិនិត្យសុខភាពមុនចេញដំណើរ ហើយរក្សាលទ្ធផលទុក។</p>",
    )
    stream.checklist(
        "បញ្ជីត្រួតពិនិត្យមុនចេញដំណើរ",
        [
            "លិខិតឆ្លងដែនរបស់ខ្ញុំនៅមានសុពលភាព ហើយខ្ញុំបានថតចម្លងទុក។",
            "ខ្ញុំបានអាន និងយល់កិច្ចសន្យាការងាររបស់ខ្ញុំ ហើយមានច្បាប់ចម្លងមួយ។",
            route_item,
            "ខ្ញុំបានពិនិត្យសុខភាពរួចហើយ ហើយរក្សាលទ្ធផលទុក។",
            "ខ្ញុំមានបង្កាន់ដៃសម្រាប់រាល់ការបង់ប្រាក់។",
            "គ្រួសាររបស់ខ្ញុំមានឈ្មោះ និងអាសយដ្ឋាននិយោជករបស់ខ្ញុំ និងច្បាប់ចម្លងឯកសាររបស់ខ្ញុំ។",
            "ខ្ញុំបានកត់ត្រាលេខទូរស័ព្ទអាសន្ន និងលេខស្ថានទូតកម្ពុជា។",
        ],
    )
    stream.fact(
        f"កម្ពុជាបានចុះហត្ថលេខាលើអនុស្សរណៈនៃការយោគយល់គ្នា (MoU) ជាមួយ{name} "
        "ដែលជាប្រទេសមួយក្នុងចំណោមប្រទេសគោលដៅទាំងប្រាំបួន។",
        SOURCE_GOVERNMENT_REPORT["km"],
    )
    if slug == "south-korea":
        stream.fact(
            "ពលករចំណាកស្រុកកម្ពុជាទៅធ្វើការនៅប្រទេសកូរ៉េខាងត្បូង តាមរយៈប្រព័ន្ធលិខិតអនុញ្ញាតការងារ "
            "(EPS) ដែលអនុវត្តក្រោមកិច្ចព្រមព្រៀងរវាងរដ្ឋាភិបាល និងរដ្ឋាភិបាល "
            "មិនមែនតាមរយៈភ្នាក់ងារជ្រើសរើសឯកជនទេ។",
            SOURCE_GOVERNMENT_REPORT["km"],
        )
    else:
        stream.fact(
            "គិតត្រឹមឆ្នាំ២០១៩ ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ បានផ្តល់អាជ្ញាប័ណ្ណដល់"
            "ភ្នាក់ងារជ្រើសរើសឯកជនចំនួន ១១៦ ដើម្បីជ្រើសរើស បណ្តុះបណ្តាល បញ្ជូន "
            "និងគ្រប់គ្រងពលករចំណាកស្រុកកម្ពុជាទៅធ្វើការនៅបរទេស។",
            SOURCE_GOVERNMENT_REPORT["km"],
        )
    stream.warning(
        "ប្រយ័ត្នការបោកប្រាស់",
        "<p>កុំជឿអ្នកដែលសន្យាការងារប្រាក់ឈ្នួលខ្ពស់ ដោយមិនចាំបាច់មានកិច្ចសន្យា ឬឱ្យអ្នកធ្វើដំណើរ"
        "ដោយគ្មានលិខិតអនុញ្ញាតការងារ។ កុំប្រគល់លិខិតឆ្លងដែនរបស់អ្នកឱ្យអ្នកណាម្នាក់ទុក។</p>",
    )

    stream.section(
        "កិច្ចសន្យា និងប្រាក់ឈ្នួល",
        "<p>កិច្ចសន្យាការងាររបស់អ្នកត្រូវសរសេរឱ្យច្បាស់អំពី៖ ការងារដែលអ្នកនឹងធ្វើ ប្រាក់ឈ្នួល "
        "ម៉ោងធ្វើការ ថ្ងៃសម្រាក កន្លែងស្នាក់នៅ និងរយៈពេលនៃកិច្ចសន្យា។ សូមអានវា "
        "ឬឱ្យនរណាម្នាក់ដែលអ្នកទុកចិត្តអានឱ្យស្តាប់ មុនពេលចុះហត្ថលេខា។</p>"
        "<p>កុំចុះហត្ថលេខាលើឯកសារដែលអ្នកមិនយល់។ រក្សាច្បាប់ចម្លងកិច្ចសន្យាមួយជាមួយខ្លួន "
        "និងមួយទៀតទុកនៅផ្ទះ។</p>"
        f"<p>ប្រាក់ឈ្នួលនៅ{name} ជាធម្មតាបើកជា{currency_km} ({code})។ "
        "កត់ត្រាម៉ោងធ្វើការ និងប្រាក់ដែលអ្នកទទួលបានរៀងរាល់ខែ។</p>",
    )
    stream.warning(
        "កុំចុះហត្ថលេខាលើកិច្ចសន្យាថ្មីដែលអាក្រក់ជាងមុន",
        "<p>បើនៅពេលមកដល់ គេឱ្យអ្នកចុះហត្ថលេខាលើកិច្ចសន្យាថ្មី ដែលប្រាក់ឈ្នួលទាបជាង "
        "ឬការងារខុសពីកិច្ចសន្យាដើម សូមកុំចុះហត្ថលេខា ហើយទាក់ទងស្ថានទូតកម្ពុជា ឬដាក់បណ្តឹង។</p>",
    )

    stream.section(
        f"ការងារ និងជីវិតនៅ{name}",
        f"<p>គោរពច្បាប់ និងទំនៀមទម្លាប់របស់{name}។ សួរនិយោជក ឬមិត្តរួមការងារដែលមានបទពិសោធន៍ "
        "អំពីអ្វីដែលគួរធ្វើ និងមិនគួរធ្វើ។</p>"
        "<p>រក្សាលិខិតឆ្លងដែន និងលិខិតអនុញ្ញាតការងាររបស់អ្នកនៅកន្លែងសុវត្ថិភាព "
        "ដែលអ្នកអាចយកបានគ្រប់ពេល។ គ្មាននរណាម្នាក់គួរយកលិខិតឆ្លងដែនរបស់អ្នកទុកនោះទេ។</p>"
        f"<p>លុយ៖ រូបិយប័ណ្ណនៅ{name} គឺ{currency_km} ({code})។ ផ្ញើលុយទៅផ្ទះតាមធនាគារ "
        "ឬសេវាផ្ទេរប្រាក់ដែលមានអាជ្ញាប័ណ្ណ ហើយរក្សាបង្កាន់ដៃ។ "
        "កុំផ្ញើលុយតាមអ្នកដែលអ្នកមិនស្គាល់។</p>"
        "<p>បើកគណនីធនាគារមួយ ប្រសិនបើអាចធ្វើបាន៖ ប្រាក់ឈ្នួលដែលបើកចូលគណនី "
        "មានសុវត្ថិភាពជាងសាច់ប្រាក់ ហើយជាភស្តុតាងថាអ្នកបានទទួលប្រាក់ឈ្នួល។</p>",
    )
    stream.fact(
        "ផែនការយុទ្ធសាស្ត្រ ២០២៤-២០២៨ របស់ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ "
        "មានគោលដៅបង្កើនចំនួនពលករចំណាកស្រុកកម្ពុជាដែលមានគណនីធនាគារ។",
        SOURCE_STRATEGIC_PLAN["km"],
    )
    if slug in WORKER_COUNTS:
        stream.fact(
            f"មានពលករចំណាកស្រុកកម្ពុជាប្រហែល {WORKER_COUNTS[slug][0]} នាក់ នៅ{name}។",
            SOURCE_WORKER_COUNTS["km"],
        )
    if slug == "thailand":
        stream.fact(
            "អង្គការ CENTRAL និយាយថា ពលករកម្ពុជាជាច្រើនធ្វើការនៅប្រទេសថៃដោយខុសច្បាប់ "
            "ហើយបានស្នើឱ្យរដ្ឋាភិបាលសហការជាមួយអាជ្ញាធរថៃ ដើម្បីពន្លឿនការធ្វើឱ្យពួកគេស្របច្បាប់។",
            SOURCE_CENTRAL["km"],
        )

    stream.section(
        "សុខភាព និងសុវត្ថិភាព",
        "<p>ពាក់ឧបករណ៍ការពារដែលនិយោជកផ្តល់ឱ្យ ហើយសុំវា ប្រសិនបើគេមិនបានផ្តល់ឱ្យ។ "
        "បើអ្នកឈឺ ឬរងរបួសនៅកន្លែងធ្វើការ សូមប្រាប់និយោជក ហើយទៅជួបគ្រូពេទ្យ។ "
        "រក្សាឯកសារពេទ្យ និងបង្កាន់ដៃទាំងអស់។</p>"
        f"<p>នៅពេលអាសន្ន សូមទូរស័ព្ទទៅលេខអាសន្នរបស់{name} ដែលមាននៅផ្នែក «ពេលមានបញ្ហា»។</p>",
    )
    stream.warning(
        "សញ្ញានៃការជួញដូរមនុស្ស",
        "<ul><li>គេយកលិខិតឆ្លងដែនរបស់អ្នក ហើយមិនឱ្យវិញ។</li>"
        "<li>អ្នកមិនអាចចាកចេញពីកន្លែងធ្វើការ ឬកន្លែងស្នាក់នៅបាន។</li>"
        "<li>គេប្រាប់ថាអ្នកជំពាក់បំណុល ដែលមិនចេះអស់។</li>"
        "<li>អ្នកមិនបានទទួលប្រាក់ឈ្នួល។</li></ul>"
        "<p>បើអ្នក ឬអ្នកណាម្នាក់ដែលអ្នកស្គាល់ ជួបរឿងនេះ សូមស្វែងរកជំនួយភ្លាមៗ។</p>",
    )

    stream.section(
        "ពេលមានបញ្ហា",
        "<p>អ្នកមិននៅម្នាក់ឯងទេ។ បើនិយោជកមិនបើកប្រាក់ឈ្នួល យកលិខិតឆ្លងដែនរបស់អ្នក "
        "ធ្វើបាបអ្នក ឬបង្ខំអ្នកឱ្យធ្វើការងារដែលមិនមាននៅក្នុងកិច្ចសន្យា "
        "សូមទាក់ទងស្ថានទូតកម្ពុជា ឬដាក់បណ្តឹង។ នៅពេលអាសន្ន "
        "សូមទូរស័ព្ទទៅប៉ូលិស ឬរថយន្តសង្គ្រោះជាមុនសិន។</p>",
    )
    for number, service_km, _service_en in EMERGENCY_NUMBERS[slug]:
        stream.contact(f"{service_km} ({name})", "អាសន្ន", number, SOURCE_EMERGENCY["km"])
    embassy = (
        f"ស្ថានទូតកម្ពុជាប្រចាំ{name}" if slug in EMBASSY_KNOWN else f"ស្ថានទូត ឬកុងស៊ុលកម្ពុជា ដែលទទួលបន្ទុក{name}"
    )
    stream.contact(
        embassy,
        "ជំនួយសម្រាប់ពលរដ្ឋកម្ពុជា លិខិតឆ្លងដែនបាត់ ឬខូច",
    )
    if slug in LABOUR_COUNSELLORS:
        stream.contact(
            f"ទីប្រឹក្សាការងារ នៅស្ថានទូតកម្ពុជា ({name})",
            "បញ្ហាការងារ ប្រាក់ឈ្នួល និងកិច្ចសន្យា",
        )
        stream.fact(
            f"រាជរដ្ឋាភិបាលកម្ពុជាបានចាត់តាំងទីប្រឹក្សាការងារ {LABOUR_COUNSELLORS[slug][0]} រូប "
            f"ឱ្យធ្វើការនៅស្ថានទូតកម្ពុជានៅ{name}។",
            SOURCE_GOVERNMENT_REPORT["km"],
        )
    stream.contact(
        "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
        "បណ្តឹង និងជំនួយសម្រាប់ពលករចំណាកស្រុក",
    )
    stream.complaint_link(f"អ្នកអាចដាក់បណ្តឹងតាមអ៊ីនធឺណិត ទោះបីអ្នកនៅ{name}ក៏ដោយ។")
    stream.fact(
        "តាមផែនការយុទ្ធសាស្ត្ររបស់ក្រសួង បណ្តឹងរបស់ពលករត្រូវបានទទួល និងដោះស្រាយ"
        "ដោយអនុគណៈកម្មការការងារ ក្នុងរយៈពេល ៤៨ ម៉ោង។",
        SOURCE_STRATEGIC_PLAN["km"],
    )
    local_code = destination.local_language_code
    stream.show_this(
        "បង្ហាញកាតនេះ",
        show_this_khmer(language_km),
        SHOW_THIS_LOCAL[local_code],
        local_code in CONFIRMED_LOCAL_LANGUAGES,
    )

    stream.section(
        "ការត្រឡប់មកផ្ទះវិញ",
        "<p>មុនពេលកិច្ចសន្យាចប់ សូមសុំឱ្យនិយោជកបើកប្រាក់ឈ្នួល និងប្រាក់ដែលនៅសល់ទាំងអស់ "
        "ហើយសុំលិខិតបញ្ជាក់ការងារ។ បិទ ឬផ្ទេរគណនីធនាគាររបស់អ្នកដោយប្រុងប្រយ័ត្ន "
        "កុំទុកលុយចោល។</p>"
        "<p>ពេលត្រឡប់មកកម្ពុជាវិញ ជំនាញ និងបទពិសោធន៍ដែលអ្នកទទួលបាន អាចជួយអ្នកស្វែងរកការងារ។ "
        "រក្សាលិខិតបញ្ជាក់ការងារ និងវិញ្ញាបនបត្រទាំងអស់។</p>",
    )
    stream.checklist(
        "បញ្ជីត្រួតពិនិត្យមុនត្រឡប់មកផ្ទះ",
        [
            "ខ្ញុំបានទទួលប្រាក់ឈ្នួលចុងក្រោយរបស់ខ្ញុំ។",
            "ខ្ញុំមានលិខិតបញ្ជាក់ការងារពីនិយោជក។",
            "ខ្ញុំបានបិទ ឬផ្ទេរគណនីធនាគាររបស់ខ្ញុំ។",
            "លិខិតឆ្លងដែន និងសំបុត្រធ្វើដំណើររបស់ខ្ញុំនៅជាមួយខ្ញុំ។",
        ],
    )
    return stream.blocks


def guide_body_en(destination):
    slug = destination.slug
    name = destination.name_en
    _currency_km, currency_en = CURRENCY_NAMES[destination.currency_code]
    code = destination.currency_code
    language_km, _language_en = LANGUAGE_NAMES[destination.local_language_code]
    stream = StreamBuilder(slug)

    if slug == "south-korea":
        route = (
            "<p>Work in South Korea goes only through the Employment Permit System (EPS), a "
            "government-to-government arrangement, not through private recruitment agencies. "
            "If someone promises to send you to South Korea for money, be careful: it may be "
            "a scam.</p>"
        )
        route_item = "I am going through the government-to-government EPS."
    else:
        route = (
            f"<p>Go to work in {name} through a legal route only. A legal route protects you: "
            "you have a contract, a known employer, and you can complain when something goes "
            "wrong.</p>"
            '<p>Before you sign, <a href="/en/agencies/">check the licence</a> of the private '
            "recruitment agency. Ask for a receipt every time you pay, and never pay anyone "
            "who has no licence.</p>"
        )
        route_item = (
            "My private recruitment agency has a licence from the Ministry of Labour and "
            "Vocational Training."
        )

    stream.section(
        "Before you go",
        route + "<p>Prepare your documents: a valid passport, your employment contract and "
        "your medical check results. Have your medical check before you leave and keep the "
        "results.</p>",
    )
    stream.checklist(
        "Before you leave: checklist",
        [
            "My passport is valid and I have made a copy.",
            "I have read and understood my employment contract, and I have a copy.",
            route_item,
            "I have had my medical check and kept the results.",
            "I have a receipt for every fee I paid.",
            "My family has my employer's name and address and copies of my documents.",
            "I have written down the emergency numbers and the Cambodian embassy's number.",
        ],
    )
    stream.fact(
        f"Cambodia has signed a memorandum of understanding (MoU) with {name}, one of the "
        "nine destination countries.",
        SOURCE_GOVERNMENT_REPORT["en"],
    )
    if slug == "south-korea":
        stream.fact(
            "Cambodian migrant workers go to South Korea through the Employment Permit System "
            "(EPS), implemented under a government-to-government arrangement, not through "
            "private recruitment agencies.",
            SOURCE_GOVERNMENT_REPORT["en"],
        )
    else:
        stream.fact(
            "As of 2019, the Ministry of Labour and Vocational Training had licensed 116 "
            "private recruitment agencies to recruit, train, send and manage Cambodian "
            "migrant workers abroad.",
            SOURCE_GOVERNMENT_REPORT["en"],
        )
    stream.warning(
        "Beware of scams",
        "<p>Do not trust anyone who promises well-paid work without a contract, or asks you "
        "to travel without a work permit. Never hand your passport to someone to keep.</p>",
    )

    stream.section(
        "Your contract and wages",
        "<p>Your employment contract should say clearly: the work you will do, your wages, "
        "working hours, days off, where you will live and how long the contract lasts. Read "
        "it, or have someone you trust read it to you, before you sign.</p>"
        "<p>Never sign a paper you do not understand. Keep one copy of the contract with you "
        "and one at home.</p>"
        f"<p>Wages in {name} are usually paid in {currency_en} ({code}). Write down your "
        "working hours and the money you receive every month.</p>",
    )
    stream.warning(
        "Do not sign a worse contract on arrival",
        "<p>If on arrival you are asked to sign a new contract with lower wages or different "
        "work from your first contract, do not sign it: contact the Cambodian embassy or file "
        "a complaint.</p>",
    )

    stream.section(
        f"Work and life in {name}",
        f"<p>Respect the laws and customs of {name}. Ask your employer or an experienced "
        "co-worker what to do and what to avoid.</p>"
        "<p>Keep your passport and work permit in a safe place where you can reach them at "
        "any time. Nobody should keep your passport from you.</p>"
        f"<p>Money: the currency in {name} is the {currency_en} ({code}). Send money home "
        "through a bank or a licensed money transfer service and keep the receipt. Never send "
        "money through someone you do not know.</p>"
        "<p>Open a bank account if you can: wages paid into an account are safer than cash "
        "and prove that you were paid.</p>",
    )
    stream.fact(
        "The Ministry of Labour and Vocational Training's strategic plan 2024-2028 aims to "
        "increase the share of Cambodian migrant workers who have a bank account.",
        SOURCE_STRATEGIC_PLAN["en"],
    )
    if slug in WORKER_COUNTS:
        stream.fact(
            f"Around {WORKER_COUNTS[slug][1]} Cambodian migrant workers are in {name}.",
            SOURCE_WORKER_COUNTS["en"],
        )
    if slug == "thailand":
        stream.fact(
            "The labour rights group CENTRAL says many Cambodians work in Thailand illegally, "
            "and asked the government to work with the Thai authorities to speed up making "
            "their work legal.",
            SOURCE_CENTRAL["en"],
        )

    stream.section(
        "Health and safety",
        "<p>Wear the protective equipment your employer gives you, and ask for it if you do "
        "not get it. If you are ill or hurt at work, tell your employer and see a doctor. "
        "Keep every medical paper and receipt.</p>"
        f"<p>In an emergency, call the emergency numbers of {name} listed under "
        "“When things go wrong”.</p>",
    )
    stream.warning(
        "Signs of human trafficking",
        "<ul><li>Someone takes your passport and does not give it back.</li>"
        "<li>You cannot leave your workplace or where you live.</li>"
        "<li>You are told you owe a debt that never ends.</li>"
        "<li>You are not paid your wages.</li></ul>"
        "<p>If this happens to you or someone you know, get help at once.</p>",
    )

    stream.section(
        "When things go wrong",
        "<p>You are not alone. If your employer does not pay your wages, keeps your passport, "
        "hurts you or makes you do work that is not in your contract, contact the Cambodian "
        "embassy or file a complaint. In an emergency, call the police or an ambulance "
        "first.</p>",
    )
    for number, _service_km, service_en in EMERGENCY_NUMBERS[slug]:
        stream.contact(f"{service_en} ({name})", "Emergency", number, SOURCE_EMERGENCY["en"])
    embassy = (
        f"Embassy of Cambodia in {name}"
        if slug in EMBASSY_KNOWN
        else f"Cambodian embassy or consulate responsible for {name}"
    )
    stream.contact(
        embassy,
        "Help for Cambodian citizens, lost or damaged passports",
    )
    if slug in LABOUR_COUNSELLORS:
        stream.contact(
            f"Labour counsellor at the Cambodian embassy ({name})",
            "Problems with work, wages and contracts",
        )
        stream.fact(
            f"The Royal Government of Cambodia has assigned {LABOUR_COUNSELLORS[slug][1]} to "
            f"the Cambodian embassy in {name}.",
            SOURCE_GOVERNMENT_REPORT["en"],
        )
    stream.contact(
        "Ministry of Labour and Vocational Training",
        "Complaints and help for migrant workers",
    )
    stream.complaint_link(f"You can file a complaint online, even from {name}.")
    stream.fact(
        "Under the Ministry's strategic plan, workers' complaints are to be received and "
        "addressed by labour sub-committees within 48 hours.",
        SOURCE_STRATEGIC_PLAN["en"],
    )
    local_code = destination.local_language_code
    stream.show_this(
        "Show this",
        show_this_khmer(language_km),
        SHOW_THIS_LOCAL[local_code],
        local_code in CONFIRMED_LOCAL_LANGUAGES,
    )

    stream.section(
        "Coming home",
        "<p>Before your contract ends, ask your employer to pay all your wages and any money "
        "still owed, and ask for a letter that confirms your work. Close or move your bank "
        "account carefully: do not leave money behind.</p>"
        "<p>Back in Cambodia, the skills and experience you gained can help you find work. "
        "Keep your work letter and every certificate.</p>",
    )
    stream.checklist(
        "Before you come home: checklist",
        [
            "I have received my last wages.",
            "I have a letter from my employer confirming my work.",
            "I have closed or moved my bank account.",
            "My passport and travel ticket are with me.",
        ],
    )
    return stream.blocks


def guide_fields(destination):
    km = {
        "title": f"ធ្វើការនៅ{destination.name_km}",
        "destination": destination,
        "summary": (
            "មគ្គុទ្ទេសក៍នេះដើរតាមវគ្គតម្រង់ទិសមុនចេញដំណើរ៖ អ្វីដែលត្រូវធ្វើមុនចេញដំណើរ "
            f"កិច្ចសន្យា និងប្រាក់ឈ្នួល ការងារ និងជីវិតនៅ{destination.name_km} សុខភាព "
            "និងសុវត្ថិភាព អ្វីដែលត្រូវធ្វើពេលមានបញ្ហា និងការត្រឡប់មកផ្ទះវិញ។"
        ),
        "body": guide_body_km(destination),
        "last_reviewed": DEMO_REVIEWED,
    }
    en = {
        "title": f"Working in {destination.name_en}",
        "summary": (
            "This guide follows a pre-departure orientation session: what to do before you "
            f"go, your contract and wages, work and life in {destination.name_en}, health and "
            "safety, what to do when things go wrong, and coming home."
        ),
        "body": guide_body_en(destination),
        "last_reviewed": DEMO_REVIEWED,
    }
    return km, en


def build(stdout=None, slugs=None):
    """The index and the guides (all nine, or only those in slugs: tests build fewer)."""
    home = HomePage.objects.get(depth=2, locale__language_code="km")
    index = ensure_page_in_km_and_en(home, GuideIndexPage, "destinations", km=INDEX_KM, en=INDEX_EN)
    destinations = Destination.objects.order_by("sort_order")
    if slugs is not None:
        destinations = destinations.filter(slug__in=slugs)
    for destination in destinations:
        km, en = guide_fields(destination)
        ensure_page_in_km_and_en(index, DestinationGuidePage, destination.slug, km=km, en=en)
    if stdout is not None:
        stdout.write(f"  destinations: {DestinationGuidePage.objects.count()} guide pages")
    return index
