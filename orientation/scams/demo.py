"""Demo content of the scam area: the warnings index, seven warnings in Khmer and English,
and a demo agency register.

The sources (docs/sources.md, source 002) say the ministry had licensed 116 private
recruitment agencies by 2019 but name none, so the register holds only entries that say
they are demo entries (licence numbers starting with DEMO-), one or more for each status.
No fact here goes beyond the sources or what is widely known; phone numbers and addresses
are left for editors to confirm.
"""

import datetime

from django.utils import timezone

from home.models import HomePage
from orientation.core.demo import ensure_page_in_km_and_en, locale_for
from orientation.destinations.models import Destination

from .models import Agency, AgencyStatus, ScamIndexPage, ScamWarningPage
from .services import agency_save, agency_set_status

INDEX_KM = {
    "title": "ការបោកប្រាស់ការងារ",
    "intro": (
        "អ្នកបោកប្រាស់សន្យាការងារល្អនៅបរទេស ដើម្បីយកលុយ ឬលិខិតឆ្លងដែនរបស់អ្នក។ "
        "ស្គាល់ល្បិចរបស់ពួកគេ ពិនិត្យអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារ មុនពេលបង់លុយ ឬចុះហត្ថលេខា។"
    ),
}
INDEX_EN = {
    "title": "Job scams",
    "intro": (
        "Scammers promise good jobs abroad to take your money or your passport. Learn their "
        "tricks, and check the agency's licence before you pay or sign anything."
    ),
}

# (slug, Khmer fields, English fields). Red flags and steps are lists of plain sentences.
WARNINGS = [
    (
        "fees-for-a-job-that-does-not-exist",
        {
            "title": "ការបង់ថ្លៃសម្រាប់ការងារដែលមិនមានពិត",
            "summary": "គេឱ្យអ្នកបង់លុយមុន សម្រាប់ការងារនៅបរទេសដែលមិនមានពិត។",
            "red_flags": [
                "គេសុំលុយ មុនពេលអ្នកឃើញកិច្ចសន្យាការងារជាលាយលក្ខណ៍អក្សរ។",
                "ប្រាក់ឈ្នួលដែលគេសន្យា ខ្ពស់ជាងការងារស្រដៀងគ្នាច្រើនណាស់។",
                "គេមិនអាចប្រាប់ឈ្មោះ ឬអាសយដ្ឋានរបស់និយោជកបាន។",
                "គេបង្ខំឱ្យអ្នកបង់ថ្ងៃនេះ «មុនពេលអស់កន្លែង»។",
                "គេឱ្យបង់ជាសាច់ប្រាក់ ឬចូលគណនីផ្ទាល់ខ្លួន ដោយគ្មានបង្កាន់ដៃ។",
            ],
            "what_to_do": [
                "ពិនិត្យអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារនៅលើគេហទំព័រនេះ មុនពេលបង់លុយ។",
                "សុំឈ្មោះ និងអាសយដ្ឋានរបស់និយោជក និងកិច្ចសន្យាការងារជាលាយលក្ខណ៍អក្សរ។",
                "កុំបង់លុយដោយគ្មានបង្កាន់ដៃផ្លូវការ។",
                "បើអ្នកបានបង់រួចហើយ រក្សាទុកសារ និងបង្កាន់ដៃទាំងអស់ ហើយដាក់បណ្តឹង។",
            ],
        },
        {
            "title": "Fees for a job that does not exist",
            "summary": "You are asked to pay in advance for a job abroad that does not exist.",
            "red_flags": [
                "They ask for money before you have seen a written employment contract.",
                "The promised wages are far higher than for similar work.",
                "They cannot tell you the employer's name or address.",
                "They push you to pay today, “before the places are gone”.",
                "They want cash or a payment to a personal account, without a receipt.",
            ],
            "what_to_do": [
                "Check the agency's licence on this site before you pay anything.",
                "Ask for the employer's name and address and a written employment contract.",
                "Never pay without an official receipt.",
                "If you have already paid, keep every message and receipt, and file a complaint.",
            ],
        },
    ),
    (
        "tourist-visa-for-work",
        {
            "title": "ទិដ្ឋាការទេសចរណ៍សម្រាប់ធ្វើការ",
            "summary": "គេឱ្យអ្នកធ្វើដំណើរជាទេសចរ ហើយធ្វើការដោយគ្មានលិខិតអនុញ្ញាតធ្វើការ។",
            "red_flags": [
                "គេប្រាប់ថា «ទៅជាទេសចរសិន លិខិតអនុញ្ញាតធ្វើការនឹងរៀបចំនៅទីនោះ»។",
                "គេប្រាប់ឱ្យអ្នកនិយាយថា អ្នកទៅលេងសាច់ញាតិ។",
                "មុនចេញដំណើរ គេមិនបង្ហាញទិដ្ឋាការការងារ ឬលិខិតអនុញ្ញាតធ្វើការដល់អ្នកទេ។",
                "គេឱ្យអ្នកឆ្លងព្រំដែនពេលយប់ ឬតាមច្រកមិនផ្លូវការ។",
            ],
            "what_to_do": [
                "ការធ្វើការនៅបរទេស ត្រូវមានទិដ្ឋាការ និងលិខិតអនុញ្ញាតធ្វើការត្រឹមត្រូវ មុនពេលចេញដំណើរ។",
                "សុំឱ្យភ្នាក់ងារបង្ហាញឯកសារទាំងនោះ ហើយពិនិត្យអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារនៅទីនេះ។",
                "បើគ្មានឯកសារត្រឹមត្រូវ អ្នកអាចត្រូវចាប់ ពិន័យ ឬបញ្ជូនមកវិញ ហើយពិបាកទទួលបានការការពារ។",
                "ដាក់បណ្តឹងអំពីអ្នកដែលស្នើបែបនេះ។",
            ],
        },
        {
            "title": "A tourist visa for work",
            "summary": "You are told to travel as a tourist and work without a work permit.",
            "red_flags": [
                "You are told: “go as a tourist, the work permit will be arranged there”.",
                "You are told to say you are visiting relatives.",
                "Nobody shows you a work visa or work permit before you leave.",
                "You are asked to cross the border at night or at an unofficial crossing.",
            ],
            "what_to_do": [
                "Working abroad needs the right visa and work permit before you leave.",
                "Ask the agency to show them to you, and check its licence here.",
                "Without the right papers you can be arrested, fined or sent back, and it is "
                "much harder to get protection.",
                "File a complaint about whoever asked you to do this.",
            ],
        },
    ),
    (
        "contract-swapped-on-arrival",
        {
            "title": "កិច្ចសន្យាត្រូវបានប្តូរនៅពេលមកដល់",
            "summary": "ពេលមកដល់ គេឱ្យអ្នកចុះហត្ថលេខាលើកិច្ចសន្យាថ្មី ដែលអាក្រក់ជាងកិច្ចសន្យាដែលបានសន្យា។",
            "red_flags": [
                "គេមិនឱ្យច្បាប់ចម្លងកិច្ចសន្យាការងារដែលអ្នកបានចុះហត្ថលេខាទេ។",
                "កិច្ចសន្យាសរសេរជាភាសាដែលអ្នកមិនអាចអានបាន។",
                "ពេលមកដល់ គេឱ្យចុះហត្ថលេខាលើកិច្ចសន្យាថ្មី ដែលប្រាក់ឈ្នួលទាប ឬការងារខុសពីមុន។",
                "ការងារ និយោជក ឬទីកន្លែង មិនមែនជាអ្វីដែលគេបានសន្យាទេ។",
            ],
            "what_to_do": [
                "មុនចេញដំណើរ សុំច្បាប់ចម្លងកិច្ចសន្យាការងារជាភាសាខ្មែរ ហើយថតរូបទុក។",
                "កុំចុះហត្ថលេខាលើកិច្ចសន្យាថ្មីដែលអ្នកមិនយល់។",
                "ទាក់ទងស្ថានទូតកម្ពុជានៅប្រទេសដែលអ្នកធ្វើការ។",
                "ដាក់បណ្តឹងប្រឆាំងនឹងភ្នាក់ងារដែលបានបញ្ជូនអ្នក។",
            ],
        },
        {
            "title": "A contract swapped on arrival",
            "summary": (
                "On arrival you are made to sign a new contract, worse than the one you "
                "were promised."
            ),
            "red_flags": [
                "You are not given a copy of the employment contract you signed.",
                "The contract is written in a language you cannot read.",
                "On arrival you must sign a new contract with lower wages or different work.",
                "The job, the employer or the place is not the one you were promised.",
            ],
            "what_to_do": [
                "Before you leave, ask for a copy of your contract in Khmer; take a photo of it.",
                "Do not sign a new contract you do not understand.",
                "Contact the Cambodian embassy in the country where you work.",
                "File a complaint against the agency that sent you.",
            ],
        },
    ),
    (
        "debt-bondage",
        {
            "title": "ការជាប់បំណុល",
            "summary": "បំណុលដែលមិនចេះអស់ ត្រូវបានប្រើដើម្បីចាប់អ្នកឱ្យធ្វើការ។",
            "red_flags": [
                "អ្នកត្រូវខ្ចីលុយ ដើម្បីបង់ថ្លៃជ្រើសរើស។",
                "គេកាត់ប្រាក់ឈ្នួលរបស់អ្នក ដើម្បីសងបំណុល ប៉ុន្តែបំណុលមិនដែលថយចុះ។",
                "ថ្លៃអាហារ ស្នាក់នៅ ឬធ្វើដំណើរ ត្រូវបានបន្ថែមលើបំណុល ដោយអ្នកមិនបានយល់ព្រម។",
                "គេប្រាប់ថា អ្នកមិនអាចចាកចេញបានទេ រហូតដល់សងបំណុលអស់។",
            ],
            "what_to_do": [
                "កត់ត្រាអ្វីដែលអ្នកបានខ្ចី និងអ្វីដែលគេកាត់ពីប្រាក់ឈ្នួលរបស់អ្នក។",
                "កុំចុះហត្ថលេខាលើកិច្ចសន្យាខ្ចីលុយ ដែលអ្នកមិនយល់។",
                "ការឃុំខ្លួនអ្នកដោយបំណុល អាចជាសញ្ញានៃការជួញដូរមនុស្ស៖ សុំជំនួយពីស្ថានទូត។",
                "ដាក់បណ្តឹង។",
            ],
        },
        {
            "title": "Debt bondage",
            "summary": "A debt that never ends is used to keep you working.",
            "red_flags": [
                "You must borrow money to pay the recruitment fees.",
                "Your wages are cut to repay a debt, but the debt never gets smaller.",
                "Food, housing or travel costs are added to your debt without your agreement.",
                "You are told you cannot leave until the debt is paid.",
            ],
            "what_to_do": [
                "Write down what you borrowed and what is taken from your wages.",
                "Do not sign a loan you do not understand.",
                "Being held by a debt can be a sign of human trafficking: ask the embassy "
                "for help.",
                "File a complaint.",
            ],
        },
    ),
    (
        "passport-taken-for-safekeeping",
        {
            "title": "លិខិតឆ្លងដែនត្រូវបានយក «ដើម្បីរក្សាទុក»",
            "summary": "ភ្នាក់ងារ ឬនិយោជក យកលិខិតឆ្លងដែនរបស់អ្នក ហើយមិនឱ្យវិញ។",
            "red_flags": [
                "ភ្នាក់ងារ ឬនិយោជក និយាយថា នឹងរក្សាលិខិតឆ្លងដែនជំនួសអ្នក។",
                "អ្នកត្រូវបង់លុយ ឬសុំការអនុញ្ញាត ដើម្បីយកលិខិតឆ្លងដែនរបស់អ្នកមកវិញ។",
                "គេយកលិខិតឆ្លងដែនរបស់អ្នក តាំងពីមុនចាកចេញពីកម្ពុជា។",
            ],
            "what_to_do": [
                "រក្សាលិខិតឆ្លងដែនដោយខ្លួនឯង។ ថតរូប និងរក្សាច្បាប់ចម្លងទុក។",
                "បើមាននរណាម្នាក់កាន់លិខិតឆ្លងដែនរបស់អ្នក សុំវាមកវិញ។",
                "ទាក់ទងស្ថានទូតកម្ពុជា ហើយដាក់បណ្តឹង។",
            ],
        },
        {
            "title": "Passport taken “for safekeeping”",
            "summary": "The agency or the employer takes your passport and does not give it back.",
            "red_flags": [
                "The agency or employer says it will keep your passport for you.",
                "You must pay or ask permission to get your own passport back.",
                "Your passport is taken even before you leave Cambodia.",
            ],
            "what_to_do": [
                "Keep your passport yourself. Keep a photo and a copy of it.",
                "If someone holds your passport, ask for it back.",
                "Contact the Cambodian embassy and file a complaint.",
            ],
        },
    ),
    (
        "online-ads-and-chat-recruiters",
        {
            "title": "ការផ្សាយការងារតាមអនឡាញ និងអ្នកជ្រើសរើសតាមកម្មវិធីជជែក",
            "summary": "ការងារដែលផ្សាយតាមបណ្តាញសង្គម ឬកម្មវិធីជជែក ដោយគ្មានភ្នាក់ងារមានអាជ្ញាប័ណ្ណ។",
            "red_flags": [
                "ការងារនៅលើបណ្តាញសង្គម ឬកម្មវិធីជជែក មិនបង្ហាញឈ្មោះភ្នាក់ងារ ឬលេខអាជ្ញាប័ណ្ណ។",
                "អ្នកជ្រើសរើសនិយាយតែតាមការជជែក ហើយគ្មានការិយាល័យ។",
                "ប្រាក់ឈ្នួលខ្ពស់ មិនត្រូវការបទពិសោធ ឬភាសា។",
                "គេសុំរូបថតលិខិតឆ្លងដែន ឬអត្តសញ្ញាណប័ណ្ណ ឬសុំ «ថ្លៃរៀបចំឯកសារ» តាមអនឡាញ។",
                "គេប្រាប់ឱ្យលាក់រឿងនេះពីគ្រួសារ។",
            ],
            "what_to_do": [
                "សុំឈ្មោះភ្នាក់ងារ និងលេខអាជ្ញាប័ណ្ណ ហើយពិនិត្យនៅទីនេះ។",
                "ជួបតែនៅការិយាល័យរបស់ភ្នាក់ងារប៉ុណ្ណោះ។",
                "កុំផ្ញើឯកសារ ឬលុយ តាមអនឡាញ។",
                "ប្រាប់គ្រួសាររបស់អ្នកថា អ្នកទៅណា និងជាមួយនរណា។",
            ],
        },
        {
            "title": "Online job ads and chat recruiters",
            "summary": "Jobs offered on social media or chat apps, without a licensed agency.",
            "red_flags": [
                "The job ad on social media or a chat app gives no agency name or licence number.",
                "The recruiter only talks by chat and has no office.",
                "High pay, with no experience or language needed.",
                "You are asked to send photos of your passport or ID card, or to pay a "
                "“processing fee” online.",
                "You are told to keep it secret from your family.",
            ],
            "what_to_do": [
                "Ask for the agency's name and licence number, and check them here.",
                "Meet only at the agency's office.",
                "Do not send documents or money online.",
                "Tell your family where you are going and with whom.",
            ],
        },
    ),
    (
        "fake-agency-documents",
        {
            "title": "ឯកសារភ្នាក់ងារក្លែងក្លាយ",
            "summary": "អាជ្ញាប័ណ្ណ ឬឯកសារក្លែងក្លាយ ធ្វើឱ្យភ្នាក់ងារមើលទៅដូចជាស្របច្បាប់។",
            "red_flags": [
                "គេបង្ហាញអាជ្ញាប័ណ្ណ តែជារូបថតនៅលើទូរស័ព្ទប៉ុណ្ណោះ។",
                "លេខអាជ្ញាប័ណ្ណរកមិនឃើញនៅទីនេះ ឬឈ្មោះខុសពីឈ្មោះក្នុងបញ្ជី។",
                "បង្កាន់ដៃប្រើឈ្មោះក្រុមហ៊ុនផ្សេងពីឈ្មោះភ្នាក់ងារ។",
                "កូដ QR នៅលើអាជ្ញាប័ណ្ណ បើកគេហទំព័រផ្សេង មិនមែនគេហទំព័រនេះ។",
            ],
            "what_to_do": [
                "វាយលេខអាជ្ញាប័ណ្ណនៅលើគេហទំព័រនេះ ហើយប្រៀបធៀបឈ្មោះ។",
                "ស្កេនកូដ QR នៅលើអាជ្ញាប័ណ្ណ៖ វាត្រូវតែបើកទំព័រភ្នាក់ងារនៅលើគេហទំព័រនេះ។",
                "បើឯកសារមិនត្រូវគ្នា កុំបង់លុយ ហើយដាក់បណ្តឹង។",
            ],
        },
        {
            "title": "Fake agency documents",
            "summary": "A forged licence or papers make an agency look legal.",
            "red_flags": [
                "The licence is shown only as a photo on a phone.",
                "The licence number is not found here, or the name differs from the register.",
                "Receipts carry a company name that is not the agency's name.",
                "The QR code on the licence opens another website, not this one.",
            ],
            "what_to_do": [
                "Type the licence number on this site and compare the names.",
                "Scan the QR code on the licence: it must open the agency's page on this site.",
                "If the papers do not match, do not pay, and file a complaint.",
            ],
        },
    ),
]

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")

# (number, status, destination slugs, licence starts/ends in days from today).
# South Korea is absent on purpose: the sources (docs/sources.md, source 002) say workers go
# there through the government's Employment Permit System, not through private agencies.
DEMO_AGENCIES = [
    (1, AgencyStatus.LICENSED, ["thailand", "malaysia"], -400, 700),
    (2, AgencyStatus.LICENSED, ["japan", "singapore", "hong-kong"], -200, 900),
    (3, AgencyStatus.SUSPENDED, ["thailand"], -300, 400),
    (4, AgencyStatus.REVOKED, ["malaysia"], -900, 200),
    (5, AgencyStatus.EXPIRED, ["saudi-arabia", "kuwait", "qatar"], -1200, -30),
    (6, AgencyStatus.LICENSED, ["saudi-arabia", "kuwait", "qatar"], -100, 1000),
]
DEMO_REASON = "Demo register entry"


def demo_agency_fields(number, days_from, days_until):
    today = timezone.localdate()
    return {
        "name_latin": f"Demo Recruitment Agency {number}",
        "name_km": f"ភ្នាក់ងារជ្រើសរើសសាកល្បង {str(number).translate(KHMER_DIGITS)}",
        "licence_number": f"DEMO-{number:04d}",
        "valid_from": today + datetime.timedelta(days=days_from),
        "valid_until": today + datetime.timedelta(days=days_until),
    }


def ensure_demo_agencies():
    destinations = {destination.slug: destination for destination in Destination.objects.all()}
    for number, status, slugs, days_from, days_until in DEMO_AGENCIES:
        fields = demo_agency_fields(number, days_from, days_until)
        if Agency.objects.filter(licence_number=fields["licence_number"]).exists():
            continue
        # Every demo agency enters the register licensed; a later status is a change the
        # history shows, as it would for a real one.
        agency = agency_save(
            Agency(status=AgencyStatus.LICENSED, **fields),
            reason=DEMO_REASON,
            source="system",
            destinations=[destinations[slug] for slug in slugs if slug in destinations],
        )
        if status != AgencyStatus.LICENSED:
            agency_set_status(agency, status, reason=DEMO_REASON, source="system")


def warning_fields(fields):
    return {
        "title": fields["title"],
        "summary": fields["summary"],
        "red_flags": [("red_flag", text) for text in fields["red_flags"]],
        "what_to_do": [("step", text) for text in fields["what_to_do"]],
    }


def ensure_warning_pages():
    home_km = HomePage.objects.get(depth=2, locale=locale_for("km"))
    index = ensure_page_in_km_and_en(home_km, ScamIndexPage, "scams", km=INDEX_KM, en=INDEX_EN)
    for slug, km, en in WARNINGS:
        ensure_page_in_km_and_en(
            index, ScamWarningPage, slug, km=warning_fields(km), en=warning_fields(en)
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
