"""The demo rights explainers, in Khmer and English.

Facts come from docs/sources.md (the complaint mechanism and its 48-hour aim, licensed
agencies, EPS for South Korea, the MoU countries, bank accounts) or are widely known;
anything a worker would need to rely on that the sources do not give (article numbers,
penalties, limits, hotlines) is marked "to be confirmed by editors".
"""

from orientation.destinations.catalogue import SLUGS as ALL_DESTINATIONS

from .demo_instruments import MOU_DESTINATIONS, mou_slug

ALL_MOUS = [mou_slug(slug) for slug in MOU_DESTINATIONS]

# docs/sources.md, source 003: Cambodians in Thailand work in fishing among other sectors;
# in Malaysia almost all are domestic workers.
DOMESTIC_AND_FISHING_DESTINATIONS = [
    "thailand",
    "malaysia",
    "singapore",
    "hong-kong",
    "saudi-arabia",
    "kuwait",
    "qatar",
]

INDEX = {
    "km": {
        "title": "សិទ្ធិរបស់អ្នក",
        "intro": (
            "ការពន្យល់ខ្លីៗ និងងាយយល់ អំពីសិទ្ធិរបស់អ្នកនៅពេលធ្វើការនៅបរទេស៖ សិទ្ធិនោះជាអ្វី "
            "វាមើលទៅដូចម្តេចនៅពេលត្រូវគេរំលោភ អ្វីដែលអ្នកត្រូវធ្វើ "
            "និងគោលនយោបាយ ច្បាប់ និងកិច្ចព្រមព្រៀងដែលវាផ្អែកលើ។"
        ),
    },
    "en": {
        "title": "Your rights",
        "intro": (
            "Short, plain explanations of your rights when you work abroad: what each right is, "
            "what it looks like when it is broken, what to do, and the policies, laws and "
            "agreements it rests on."
        ),
    },
}

EXPLAINERS = [
    {
        "slug": "written-contract",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "labour-migration-policy-2019-2023",
            "sub-decree-190-2011",
            "ilo-c097-migration-for-employment",
            "un-migrant-workers-convention",
            *ALL_MOUS,
        ],
        "km": {
            "title": "កិច្ចសន្យាការងារជាលាយលក្ខណ៍អក្សរ ជាភាសាដែលអ្នកយល់",
            "summary": (
                "មុនពេលចេញដំណើរ អ្នកគួរមានកិច្ចសន្យាការងារជាលាយលក្ខណ៍អក្សរ ដែលអ្នកអាន និងយល់បាន "
                "ព្រមទាំងមានច្បាប់ចម្លងមួយទុកនៅនឹងខ្លួន។"
            ),
            "explanation": (
                "<p>កិច្ចសន្យាការងាររបស់អ្នកបញ្ជាក់ពីការងារដែលអ្នកនឹងធ្វើ ទីកន្លែង និយោជក "
                "ចំនួនម៉ោងធ្វើការ និងប្រាក់ឈ្នួល។ អ្នកមានសិទ្ធិអានកិច្ចសន្យានោះមុនពេលចុះហត្ថលេខា "
                "ជាភាសាដែលអ្នកយល់ ហើយមានសិទ្ធិរក្សាច្បាប់ចម្លងមួយសម្រាប់ខ្លួនឯង។</p>"
                "<p>បើមានចំណុចណាមួយមិនច្បាស់ សូមសុំឱ្យភ្នាក់ងារជ្រើសរើសឯកជនពន្យល់ "
                "មុនពេលអ្នកចុះហត្ថលេខា។ កុំចុះហត្ថលេខាលើក្រដាសទទេ "
                "ឬលើកិច្ចសន្យាដែលអ្នកអានមិនយល់។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "គេឱ្យអ្នកចុះហត្ថលេខាលើកិច្ចសន្យាដែលអ្នកអានមិនយល់ ឬលើក្រដាសទទេ។",
                "គេមិនឱ្យច្បាប់ចម្លងកិច្ចសន្យាមកអ្នក។",
                "ការងារ ប្រាក់ឈ្នួល ឬម៉ោងធ្វើការនៅបរទេស ខុសពីអ្វីដែលមានចែងក្នុងកិច្ចសន្យា។",
                "គេប្រាប់ឱ្យអ្នកចុះហត្ថលេខាលើកិច្ចសន្យាថ្មី នៅពេលអ្នកទៅដល់។",
            ],
            "steps": [
                "សុំកិច្ចសន្យាជាភាសាខ្មែរ ឬសុំឱ្យអ្នកដែលអ្នកទុកចិត្តពន្យល់ មុនពេលចុះហត្ថលេខា។",
                "រក្សាច្បាប់ចម្លងមួយ (ថតរូបទុកក្នុងទូរស័ព្ទក៏បាន) ហើយផ្ញើមួយច្បាប់ទៀតឱ្យគ្រួសារ។",
                "បើការងារនៅបរទេសខុសពីកិច្ចសន្យា សូមកត់ត្រាចំណុចដែលខុស និងកាលបរិច្ឆេទ។",
                "ដាក់បណ្តឹង៖ ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ មានយន្តការទទួលបណ្តឹងសម្រាប់"
                "ពលករដែលត្រូវបានភ្នាក់ងារ ឬនិយោជកប្រព្រឹត្តមិនយុត្តិធម៌។",
            ],
            "unconfirmed": ("ចំណុចដែលច្បាប់តម្រូវឱ្យមានក្នុងកិច្ចសន្យា និងភាសាដែលត្រូវប្រើ៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"),
        },
        "en": {
            "title": "A written contract in a language you understand",
            "summary": (
                "Before you leave, you should have a written employment contract that you can "
                "read and understand, and a copy to keep."
            ),
            "explanation": (
                "<p>Your employment contract says what work you will do, where, for whom, for how "
                "many hours and for what wage. You have the right to read it before you sign, in "
                "a language you understand, and to keep your own copy.</p>"
                "<p>If anything in it is unclear, ask the recruitment agency to explain it before "
                "you sign. Do not sign a blank page or a contract you cannot read.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "You are asked to sign a contract you cannot read, or a blank page.",
                "You are not given a copy of your contract.",
                "The job, wage or hours abroad are different from what the contract says.",
                "You are told to sign a new contract when you arrive.",
            ],
            "steps": [
                "Ask for the contract in Khmer, or have someone you trust explain it to you, "
                "before you sign.",
                "Keep a copy (a photo on your phone is enough) and give another to your family.",
                "If the work abroad is different from the contract, write down the differences "
                "and the dates.",
                "File a complaint: the Ministry of Labour and Vocational Training has a complaint "
                "mechanism for workers treated unfairly by an agency or an employer.",
            ],
            "unconfirmed": (
                "What the law requires a contract to contain, and in which languages: to be "
                "confirmed by editors."
            ),
        },
    },
    {
        "slug": "keep-your-passport",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "un-migrant-workers-convention",
            "labour-migration-policy-2019-2023",
            "ilo-c189-domestic-workers",
        ],
        "km": {
            "title": "រក្សាលិខិតឆ្លងដែន និងឯកសាររបស់អ្នកដោយខ្លួនឯង",
            "summary": (
                "លិខិតឆ្លងដែន លិខិតអនុញ្ញាតការងារ និងកិច្ចសន្យា ជារបស់អ្នក។ និយោជក ឬភ្នាក់ងារ មិនគួរដកហូតវាពីអ្នកឡើយ។"
            ),
            "explanation": (
                "<p>លិខិតឆ្លងដែនជារបស់អ្នក។ លិខិតអនុញ្ញាតការងារ ទិដ្ឋាការ និងកិច្ចសន្យា "
                "ក៏ជាឯកសាររបស់អ្នកដែរ។ ការរក្សាឯកសារទាំងនេះនៅនឹងខ្លួន "
                "ធ្វើឱ្យអ្នកមានសេរីភាពក្នុងការធ្វើដំណើរ ប្តូរការងារនៅពេលច្បាប់អនុញ្ញាត "
                "និងត្រឡប់មកផ្ទះវិញ។ និយោជក ឬភ្នាក់ងារដែលកាន់ឯកសារទាំងនេះ "
                "អាចប្រើវាដើម្បីគ្រប់គ្រងអ្នក។</p>"
                "<p>ប្រទេសខ្លះមានច្បាប់ផ្ទាល់ខ្លួនអំពីអ្នកដែលអាចរក្សាលិខិតឆ្លងដែនរបស់ពលករ "
                "និងក្នុងករណីណា៖ សូមអានមគ្គុទ្ទេសក៍សម្រាប់ប្រទេសដែលអ្នកនឹងទៅ។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "និយោជក ឬភ្នាក់ងារយកលិខិតឆ្លងដែនរបស់អ្នកទៅ «រក្សាទុកជូន» ហើយមិនប្រគល់មកវិញនៅពេលអ្នកសុំ។",
                "គេប្រាប់ថា អ្នកនឹងបានលិខិតឆ្លងដែនវិញ លុះត្រាតែអ្នកសងបំណុល ឬបញ្ចប់កិច្ចសន្យា។",
                "អ្នកគ្មានច្បាប់ចម្លងលិខិតឆ្លងដែន ទិដ្ឋាការ ឬលិខិតអនុញ្ញាតការងារ។",
            ],
            "steps": [
                "មុនចេញដំណើរ ថតចម្លងលិខិតឆ្លងដែន ទិដ្ឋាការ លិខិតអនុញ្ញាតការងារ និងកិច្ចសន្យា។ "
                "ទុករូបថតក្នុងទូរស័ព្ទ ហើយទុកច្បាប់ចម្លងមួយនៅនឹងគ្រួសារ។",
                "បើមាននរណាម្នាក់រក្សាលិខិតឆ្លងដែនរបស់អ្នក សូមសុំវាមកវិញដោយគួរសម "
                "ហើយកត់ត្រាកាលបរិច្ឆេទ ឈ្មោះអ្នកនោះ និងអ្វីដែលគេបាននិយាយ។",
                "ទាក់ទងស្ថានទូតកម្ពុជានៅប្រទេសដែលអ្នកធ្វើការ។",
                "ដាក់បណ្តឹងទៅក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ។",
            ],
            "unconfirmed": (
                "អ្វីដែលច្បាប់របស់ប្រទេសនីមួយៗចែងអំពីការរក្សាលិខិតឆ្លងដែនរបស់ពលករ និងទោសទណ្ឌ៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "Keep your own passport and documents",
            "summary": (
                "Your passport, work permit and contract belong to you. An employer or agency "
                "should not take them from you."
            ),
            "explanation": (
                "<p>Your passport is yours. Your work permit, visa and contract are your "
                "documents too. Keeping them gives you the freedom to travel, to change job where "
                "the law allows, and to go home. An employer or agency holding them can use them "
                "to control you.</p>"
                "<p>Some countries have their own rules on who may hold a worker's passport and "
                "when: read the guide for the country you are going to.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "Your employer or agency takes your passport “for safekeeping” and does not "
                "give it back when you ask.",
                "You are told you will get your passport back only after you pay a debt or "
                "finish the contract.",
                "You have no copy of your passport, visa or work permit.",
            ],
            "steps": [
                "Before you leave, copy your passport, visa, work permit and contract. Keep "
                "photos on your phone and leave a copy with your family.",
                "If someone keeps your passport, ask for it back politely and write down the "
                "date, the person's name and what they said.",
                "Contact the Cambodian embassy in the country where you work.",
                "File a complaint with the Ministry of Labour and Vocational Training.",
            ],
            "unconfirmed": (
                "What the law of each country says about holding a worker's passport, and the "
                "penalties: to be confirmed by editors."
            ),
        },
    },
    {
        "slug": "wages-paid-on-time",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "ilo-c097-migration-for-employment",
            "un-migrant-workers-convention",
            "national-employment-policy-2015-2025",
            "labour-migration-policy-2019-2023",
        ],
        "km": {
            "title": "ទទួលប្រាក់ឈ្នួលតាមការព្រមព្រៀង និងទាន់ពេល",
            "summary": (
                "អ្នកគួរទទួលប្រាក់ឈ្នួលពេញលេញដូចដែលមានចែងក្នុងកិច្ចសន្យា តាមថ្ងៃដែលបានព្រមព្រៀង "
                "ព្រមទាំងមានកំណត់ត្រាអំពីប្រាក់ដែលបានបើក និងមូលហេតុនៃការកាត់ប្រាក់។"
            ),
            "explanation": (
                "<p>ប្រាក់ឈ្នួលរបស់អ្នក គឺជាចំនួនទឹកប្រាក់ដែលមានចែងក្នុងកិច្ចសន្យា។ "
                "ប្រាក់ឈ្នួលនោះគួរត្រូវបើកឱ្យពេញលេញ តាមថ្ងៃដែលបានព្រមព្រៀង។ "
                "ប្រសិនបើមានការកាត់ប្រាក់ (ម្ហូបអាហារ កន្លែងស្នាក់នៅ ថ្លៃភ្នាក់ងារ) "
                "គេគួរប្រាប់អ្នកអំពីចំនួន និងមូលហេតុ។</p>"
                "<p>ការទទួលប្រាក់ឈ្នួលតាមគណនីធនាគារផ្ទាល់ខ្លួន "
                "ធ្វើឱ្យងាយស្រួលបញ្ជាក់ពីប្រាក់ដែលបានទទួល និងផ្ញើប្រាក់ទៅផ្ទះដោយសុវត្ថិភាព។ "
                "ក្រសួងការងារមានគោលដៅបង្កើនចំនួនពលករចំណាកស្រុកដែលមានគណនីធនាគារ។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "អ្នកទទួលបានប្រាក់ឈ្នួលតិចជាងអ្វីដែលមានចែងក្នុងកិច្ចសន្យា ឬយឺតជាងថ្ងៃដែលបានព្រមព្រៀង។",
                "ប្រាក់ឈ្នួលរបស់អ្នកត្រូវបានកាត់ ដោយគ្មានការពន្យល់។",
                "និយោជករក្សាប្រាក់ឈ្នួលរបស់អ្នកទុក «ដើម្បីផ្ញើឱ្យនៅពេលក្រោយ» ឬបើកឱ្យតែនៅពេលបញ្ចប់កិច្ចសន្យា។",
                "អ្នកគ្មានបង្កាន់ដៃបើកប្រាក់ ឬកំណត់ត្រាអំពីប្រាក់ដែលអ្នកបានទទួល។",
            ],
            "steps": [
                "កត់ត្រារាល់ការបើកប្រាក់៖ កាលបរិច្ឆេទ ចំនួនទឹកប្រាក់ និងប្រាក់ដែលត្រូវបានកាត់។ "
                "រក្សាបង្កាន់ដៃ និងថតរូបវាទុក។",
                "សុំប្រាក់ឈ្នួលដែលខ្វះពីនិយោជកជាលាយលក្ខណ៍អក្សរ (ផ្ញើសារក៏បាន)។",
                "បើអាចធ្វើបាន សូមបើកគណនីធនាគារក្នុងឈ្មោះរបស់អ្នកផ្ទាល់ ហើយរក្សាកាតធនាគារ និងលេខសម្ងាត់ដោយខ្លួនឯង។",
                "ដាក់បណ្តឹង ប្រសិនបើអ្នកមិនបានទទួលប្រាក់ឈ្នួល៖ សូមផ្តល់កាលបរិច្ឆេទ និងចំនួនទឹកប្រាក់ដែលអ្នកបានកត់ត្រា។",
            ],
            "unconfirmed": (
                "ប្រាក់ឈ្នួលអប្បបរមា និងច្បាប់ស្តីពីការកាត់ប្រាក់ឈ្នួល នៅប្រទេសនីមួយៗ៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "Be paid the agreed wage on time",
            "summary": (
                "You should be paid the full wage written in your contract, on the agreed day, "
                "with a record of what was paid and why anything was deducted."
            ),
            "explanation": (
                "<p>Your wage is the amount written in your contract. It should be paid in full "
                "on the agreed day. If anything is deducted (food, housing, agency costs), you "
                "should be told how much and why.</p>"
                "<p>Being paid into your own bank account makes your wages easier to prove and "
                "safer to send home. The Ministry of Labour aims to increase the number of "
                "migrant workers who have a bank account.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "You are paid less than the contract says, or later than the agreed day.",
                "Money is taken from your wage without explanation.",
                "Your employer keeps your wage “to send later”, or pays only when you finish "
                "the contract.",
                "You have no payslip or record of what you were paid.",
            ],
            "steps": [
                "Write down every payment: the date, the amount and any deduction. Keep payslips "
                "and photos of them.",
                "Ask your employer in writing (a message is enough) for the missing wage.",
                "If you can, open a bank account in your own name, and keep the bank card and "
                "PIN yourself.",
                "File a complaint if you are not paid: give the dates and amounts you wrote down.",
            ],
            "unconfirmed": (
                "The minimum wage and the rules on deductions in each country: to be confirmed "
                "by editors."
            ),
        },
    },
    {
        "slug": "rest-days-and-safe-work",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "un-migrant-workers-convention",
            "ilo-c097-migration-for-employment",
            "ilo-c188-work-in-fishing",
            "ilo-c189-domestic-workers",
            "national-employment-policy-2015-2025",
        ],
        "km": {
            "title": "ថ្ងៃសម្រាក និងការងារប្រកបដោយសុវត្ថិភាព",
            "summary": (
                "អ្នកគួរមានពេលសម្រាក រួមទាំងថ្ងៃឈប់សម្រាក និងការងារដែលមិនធ្វើឱ្យសុខភាព ឬជីវិតរបស់អ្នកប្រឈមនឹងគ្រោះថ្នាក់។"
            ),
            "explanation": (
                "<p>មនុស្សគ្រប់គ្នាត្រូវការការសម្រាក។ កិច្ចសន្យារបស់អ្នកគួរចែងអំពីម៉ោងធ្វើការ "
                "និងថ្ងៃឈប់សម្រាក។ និយោជកគួរផ្តល់ឱ្យអ្នកនូវអ្វីដែលចាំបាច់ដើម្បីធ្វើការដោយសុវត្ថិភាព៖ "
                "ការបណ្តុះបណ្តាល ឧបករណ៍ការពារ និងកន្លែងស្នាក់នៅដែលមានសុវត្ថិភាព "
                "ប្រសិនបើគេផ្តល់កន្លែងស្នាក់នៅ។</p>"
                "<p>ប្រសិនបើអ្នករបួស ឬឈឺដោយសារការងារ អ្នកគួរអាចទៅជួបគ្រូពេទ្យបាន។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "អ្នកធ្វើការរាល់ថ្ងៃ គ្មានថ្ងៃឈប់សម្រាក ឬធ្វើការច្រើនម៉ោងលើសពីអ្វីដែលមានចែងក្នុងកិច្ចសន្យា។",
                "គេមិនអនុញ្ញាតឱ្យអ្នកចេញពីកន្លែងធ្វើការ ឬពីផ្ទះ នៅថ្ងៃសម្រាករបស់អ្នក។",
                "អ្នកធ្វើការជាមួយម៉ាស៊ីន សារធាតុគីមី ឬនៅទីខ្ពស់ ដោយគ្មានការបណ្តុះបណ្តាល ឬឧបករណ៍ការពារ។",
                "អ្នករបួស ឬឈឺ ប៉ុន្តែគេមិនឱ្យអ្នកទៅព្យាបាល។",
            ],
            "steps": [
                "កត់ត្រាម៉ោងធ្វើការ និងថ្ងៃឈប់សម្រាករបស់អ្នករៀងរាល់សប្តាហ៍។",
                "ក្នុងករណីអាសន្ន សូមហៅលេខអាសន្នរបស់ប្រទេសនោះ (មើលមគ្គុទ្ទេសក៍តាមប្រទេស)។",
                "រក្សាឯកសារពេទ្យ និងរូបថតរបួស ឬកន្លែងដែលគ្មានសុវត្ថិភាព។",
                "ទាក់ទងស្ថានទូតកម្ពុជា ហើយដាក់បណ្តឹង។",
            ],
            "unconfirmed": (
                "ដែនកំណត់ម៉ោងធ្វើការ ថ្ងៃឈប់សម្រាក និងការធានារ៉ាប់រងគ្រោះថ្នាក់ការងារ "
                "តាមច្បាប់របស់ប្រទេសនីមួយៗ៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "Rest days and safe work",
            "summary": (
                "You should have time to rest, including days off, and work that does not put "
                "your health or your life at risk."
            ),
            "explanation": (
                "<p>Everyone needs rest. Your contract should say your working hours and your "
                "days off. Your employer should give you what you need to work safely: training, "
                "protective equipment, and a safe place to live if housing is provided.</p>"
                "<p>If you are hurt or fall ill because of your work, you should be able to see "
                "a doctor.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "You work every day with no day off, or many more hours than your contract says.",
                "You are not allowed to leave the workplace or the house on your rest day.",
                "You work with machines, chemicals or at heights without training or protective "
                "equipment.",
                "You are injured or ill and are refused medical care.",
            ],
            "steps": [
                "Write down your working hours and days off every week.",
                "In an emergency, call the country's emergency number (see your destination "
                "guide).",
                "Keep any medical papers, and photos of the injury or of the unsafe place.",
                "Contact the Cambodian embassy and file a complaint.",
            ],
            "unconfirmed": (
                "The legal limits on working hours, rest days and work-injury insurance in each "
                "country: to be confirmed by editors."
            ),
        },
    },
    {
        "slug": "no-illegal-recruitment-fees",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "ilo-c181-private-employment-agencies",
            "sub-decree-190-2011",
            "labour-migration-policy-2019-2023",
            "asean-consensus-migrant-workers",
        ],
        "km": {
            "title": "មិនបង់ថ្លៃជ្រើសរើសខុសច្បាប់",
            "summary": (
                "មានតែភ្នាក់ងារជ្រើសរើសឯកជនដែលមានអាជ្ញាប័ណ្ណប៉ុណ្ណោះ ដែលអាចជ្រើសរើសអ្នកបាន "
                "ហើយអាចយកតែថ្លៃដែលច្បាប់អនុញ្ញាតប៉ុណ្ណោះ។ សូមសុំបង្កាន់ដៃរាល់ពេលបង់ប្រាក់។"
            ),
            "explanation": (
                "<p>ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ ផ្តល់អាជ្ញាប័ណ្ណដល់ភ្នាក់ងារជ្រើសរើសឯកជន "
                "ដែលអាចបញ្ជូនពលករកម្ពុជាទៅធ្វើការនៅបរទេស។ មុននឹងបង់ប្រាក់អ្វីមួយ "
                "សូមពិនិត្យថាភ្នាក់ងារនោះមានអាជ្ញាប័ណ្ណ។ ភ្នាក់ងារដែលមានអាជ្ញាប័ណ្ណ "
                "ត្រូវតែគោរពតាមច្បាប់ស្តីពីថ្លៃដែលខ្លួនអាចយកពីអ្នក។</p>"
                "<p>ពលករដែលទៅធ្វើការនៅប្រទេសកូរ៉េខាងត្បូង ទៅតាមប្រព័ន្ធលិខិតអនុញ្ញាតការងារ (EPS) "
                "ដែលជាកិច្ចព្រមព្រៀងរវាងរដ្ឋាភិបាល និងរដ្ឋាភិបាល "
                "មិនមែនតាមរយៈភ្នាក់ងារជ្រើសរើសឯកជនទេ។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "មាននរណាម្នាក់សុំលុយ មុនពេលបង្ហាញអាជ្ញាប័ណ្ណ ឬកិច្ចសន្យាជាលាយលក្ខណ៍អក្សរ។",
                "គេឱ្យអ្នកបង់ប្រាក់ច្រើន ដោយគ្មានបង្កាន់ដៃ។",
                "អ្នកត្រូវខ្ចីលុយពីភ្នាក់ងារ ឬពីអ្នកដែលភ្នាក់ងារណែនាំ ហើយសងវិញដោយកាត់ពីប្រាក់ឈ្នួល។",
                "ថ្លៃសេវាឡើងថ្លៃ បន្ទាប់ពីអ្នកបានបង់រួច ឬបន្តិចមុនពេលចេញដំណើរ។",
            ],
            "steps": [
                "ពិនិត្យអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារនៅលើគេហទំព័រនេះ (ពិនិត្យភ្នាក់ងារ) មុននឹងបង់ប្រាក់អ្វីទាំងអស់។",
                "បង់ប្រាក់តែពេលទទួលបានបង្កាន់ដៃជាលាយលក្ខណ៍អក្សរ ដែលមានឈ្មោះភ្នាក់ងារ ចំនួនទឹកប្រាក់ និងកាលបរិច្ឆេទ។",
                "រក្សាបង្កាន់ដៃ និងសារទាំងអស់ដែលទាក់ទងនឹងលុយ។",
                "ប្រសិនបើគេយកថ្លៃដែលអ្នកមិនគួរបង់ សូមដាក់បណ្តឹង។",
            ],
            "unconfirmed": ("ថ្លៃដែលភ្នាក់ងារអាចយកពីពលករដោយស្របច្បាប់ និងចំនួនទឹកប្រាក់៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"),
        },
        "en": {
            "title": "No illegal recruitment fees",
            "summary": (
                "Only licensed private recruitment agencies may recruit you, and only for the "
                "fees the rules allow. Ask for a receipt for every payment."
            ),
            "explanation": (
                "<p>The Ministry of Labour and Vocational Training licenses the private "
                "recruitment agencies that may send Cambodian workers abroad. Before you pay "
                "anything, check that the agency has a licence. A licensed agency must follow "
                "the rules on what it may charge you.</p>"
                "<p>Workers going to South Korea go through the Employment Permit System (EPS), "
                "a government-to-government arrangement, not through a private agency.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "Someone asks for money before showing a licence or a written contract.",
                "You are asked to pay large sums with no receipt.",
                "You must borrow money from the agency, or from someone it introduces, and repay "
                "it from your wages.",
                "The fee goes up after you have paid, or just before you leave.",
            ],
            "steps": [
                "Check the agency's licence on this site (Check an agency) before you pay "
                "anything.",
                "Pay only against a written receipt with the agency's name, the amount and the "
                "date.",
                "Keep every receipt and every message about money.",
                "If you were charged fees you should not have paid, file a complaint.",
            ],
            "unconfirmed": (
                "Which fees an agency may lawfully charge a worker, and how much: to be "
                "confirmed by editors."
            ),
        },
    },
    {
        "slug": "complain-without-retaliation",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "labour-migration-policy-2019-2023",
            "sub-decree-190-2011",
            "un-migrant-workers-convention",
            "asean-declaration-migrant-workers",
        ],
        "km": {
            "title": "ដាក់បណ្តឹងដោយមិនខ្លាចការសងសឹក",
            "summary": (
                "អ្នកអាចដាក់បណ្តឹងអំពីភ្នាក់ងារ ឬនិយោជកដែលប្រព្រឹត្តមិនយុត្តិធម៌ចំពោះអ្នក។ "
                "គ្មាននរណាម្នាក់គួរដាក់ទោសអ្នក ដោយសារការដាក់បណ្តឹងនោះទេ។"
            ),
            "explanation": (
                "<p>រាជរដ្ឋាភិបាលបានបង្កើតយន្តការទទួលបណ្តឹងសម្រាប់ពលករចំណាកស្រុកកម្ពុជា "
                "ដែលត្រូវបានភ្នាក់ងារ និយោជក ឬភាគីណាមួយប្រព្រឹត្តមិនយុត្តិធម៌។ "
                "ផែនការយុទ្ធសាស្ត្ររបស់ក្រសួងការងារ ឆ្នាំ២០២៤-២០២៨ "
                "មានគោលដៅឱ្យអនុគណៈកម្មការការងារទទួល និងដោះស្រាយបណ្តឹងក្នុងរយៈពេល ៤៨ ម៉ោង។</p>"
                "<p>ការដាក់បណ្តឹងគឺជាសិទ្ធិរបស់អ្នក។ និយោជក ឬភ្នាក់ងារ មិនគួរគំរាមកំហែងអ្នក "
                "កាត់ប្រាក់ឈ្នួល ដកហូតឯកសារ ឬបញ្ជូនអ្នកត្រឡប់មកផ្ទះវិញ "
                "ដោយសារតែអ្នកបានដាក់បណ្តឹងឡើយ។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "គេគំរាមបណ្តេញអ្នកចេញពីការងារ បញ្ជូនអ្នកត្រឡប់ប្រទេសវិញ ឬប្រើហិង្សា ប្រសិនបើអ្នកដាក់បណ្តឹង។",
                "ប្រាក់ឈ្នួលរបស់អ្នកត្រូវបានកាត់ ឬឯកសាររបស់អ្នកត្រូវបានដកហូត បន្ទាប់ពីអ្នកបានដាក់បណ្តឹង។",
                "ភ្នាក់ងារប្រាប់អ្នកកុំឱ្យទាក់ទងស្ថានទូត ឬក្រសួង។",
            ],
            "steps": [
                "ដាក់បណ្តឹងនៅលើគេហទំព័រនេះ៖ អ្នកនឹងទទួលបានលេខយោង និងលេខកូដសម្ងាត់ ដើម្បីតាមដានបណ្តឹងរបស់អ្នក។",
                "អ្នកអាចសុំឱ្យអង្គការដែលអ្នកទុកចិត្ត ដាក់បណ្តឹងជំនួសអ្នក។",
                "រក្សាភស្តុតាងឱ្យមានសុវត្ថិភាព៖ សារ រូបថត បង្កាន់ដៃបើកប្រាក់ ឈ្មោះ និងកាលបរិច្ឆេទ។",
                "ប្រសិនបើអ្នកកំពុងមានគ្រោះថ្នាក់ សូមហៅលេខអាសន្នរបស់ប្រទេសនោះជាមុនសិន (មើលមគ្គុទ្ទេសក៍តាមប្រទេស)។",
            ],
            "unconfirmed": (
                "ការការពារដែលច្បាប់របស់ប្រទេសនីមួយៗផ្តល់ដល់ពលករដែលដាក់បណ្តឹង៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "Complain without retaliation",
            "summary": (
                "You can complain about an agency or employer that treats you unfairly. Nobody "
                "should punish you for it."
            ),
            "explanation": (
                "<p>The government has set up a complaint mechanism for Cambodian migrant "
                "workers treated unfairly by an agency, an employer or anyone else. The Ministry "
                "of Labour's strategic plan for 2024-2028 aims for complaints to be received and "
                "addressed by labour sub-committees within 48 hours.</p>"
                "<p>Complaining is your right. An employer or agency should not threaten you, "
                "cut your wages, take your documents or send you home because you "
                "complained.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "You are threatened with dismissal, being sent home, or violence if you complain.",
                "Your wages are cut or your documents taken after you complained.",
                "The agency tells you not to contact the embassy or the Ministry.",
            ],
            "steps": [
                "File a complaint on this site: you get a reference and a secret code to follow "
                "it.",
                "You can ask an organisation you trust to file the complaint on your behalf.",
                "Keep your evidence safe: messages, photos, payslips, names and dates.",
                "If you are in danger, call the country's emergency number first (see your "
                "destination guide).",
            ],
            "unconfirmed": (
                "The protection the law of each country gives to workers who complain: to be "
                "confirmed by editors."
            ),
        },
    },
    {
        "slug": "changing-employer",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "ilo-c143-migrant-workers",
            "labour-migration-policy-2019-2023",
            *ALL_MOUS,
        ],
        "km": {
            "title": "ប្តូរនិយោជក នៅពេលច្បាប់អនុញ្ញាត",
            "summary": (
                "ប្រទេសខ្លះអនុញ្ញាតឱ្យពលករប្តូរនិយោជកក្នុងករណីមួយចំនួន។ សូមស្វែងយល់ពីច្បាប់ "
                "មុនពេលចាកចេញពីការងារ ដើម្បីកុំឱ្យបាត់បង់ស្ថានភាពស្របច្បាប់របស់អ្នក។"
            ),
            "explanation": (
                "<p>ថាតើអ្នកអាចប្តូរនិយោជកបាន ឬយ៉ាងណា អាស្រ័យលើច្បាប់របស់ប្រទេសដែលអ្នកទៅធ្វើការ "
                "និងលើកិច្ចព្រមព្រៀងរវាងកម្ពុជា និងប្រទេសនោះ។ "
                "កម្ពុជាបានចុះអនុស្សរណៈនៃការយោគយល់គ្នាជាមួយប្រទេសកូរ៉េខាងត្បូង ប្រទេសថៃ "
                "ប្រទេសម៉ាឡេស៊ី ប្រទេសជប៉ុន ប្រទេសសិង្ហបុរី ហុងកុង ប្រទេសអារ៉ាប៊ីសាអូឌីត "
                "ប្រទេសគុយវ៉ែត និងប្រទេសកាតា។</p>"
                "<p>ការចាកចេញពីការងារដោយមិនគោរពតាមច្បាប់ "
                "អាចធ្វើឱ្យការស្នាក់នៅរបស់អ្នកក្លាយជាខុសច្បាប់។ "
                "សូមសុំដំបូន្មាន មុនពេលអ្នកចាកចេញ។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "និយោជកប្រាប់ថា អ្នកមិនអាចប្តូរការងារបានជាដាច់ខាត ទោះមានរឿងអ្វីកើតឡើងក៏ដោយ។",
                "គេលក់ ឬបញ្ជូនអ្នកទៅឱ្យនិយោជកផ្សេង ដោយគ្មានការយល់ព្រមពីអ្នក។",
                "គេប្រាប់ថា អ្នកត្រូវបង់ប្រាក់ ទើបអាចចាកចេញពីកិច្ចសន្យាបាន។",
            ],
            "steps": [
                "អានមគ្គុទ្ទេសក៍សម្រាប់ប្រទេសរបស់អ្នក ហើយសួរស្ថានទូតកម្ពុជាអំពីច្បាប់។",
                "រក្សាកិច្ចសន្យា លិខិតអនុញ្ញាតការងារ និងភស្តុតាងអំពីបញ្ហាជាមួយនិយោជក។",
                "កុំចាកចេញពីការងារ មុនពេលអ្នកដឹងពីច្បាប់ លើកលែងតែអ្នកកំពុងមានគ្រោះថ្នាក់។",
                "ប្រសិនបើនិយោជករារាំងការប្តូរការងារដែលច្បាប់អនុញ្ញាត សូមដាក់បណ្តឹង។",
            ],
            "unconfirmed": (
                "ពេលណា និងរបៀបណា ដែលពលករអាចប្តូរនិយោជកបាន នៅប្រទេសនីមួយៗ៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "Changing employer where the law allows",
            "summary": (
                "Some countries let workers change employer in certain cases. Know the rules "
                "before you leave a job, so that you do not lose your legal status."
            ),
            "explanation": (
                "<p>Whether and how you may change employer depends on the law of the country "
                "where you work and on the agreement between Cambodia and that country. Cambodia "
                "has signed memoranda of understanding with South Korea, Thailand, Malaysia, "
                "Japan, Singapore, Hong Kong, Saudi Arabia, Kuwait and Qatar.</p>"
                "<p>Leaving a job without following the rules can make your stay illegal. Ask "
                "for advice before you leave.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "Your employer says you can never change job, whatever happens.",
                "You are sold or passed to another employer without your agreement.",
                "You are told you must pay to be released from your contract.",
            ],
            "steps": [
                "Read the guide for your destination and ask the Cambodian embassy what the "
                "rules are.",
                "Keep your contract, your work permit and proof of the problems with your "
                "employer.",
                "Do not leave your job before you know the rules, unless you are in danger.",
                "If your employer blocks a change the law allows, file a complaint.",
            ],
            "unconfirmed": (
                "When and how a worker may change employer in each country: to be confirmed by "
                "editors."
            ),
        },
    },
    {
        "slug": "domestic-workers-and-fishers",
        "destinations": DOMESTIC_AND_FISHING_DESTINATIONS,
        "instruments": [
            "ilo-c189-domestic-workers",
            "ilo-r201-domestic-workers",
            "ilo-c188-work-in-fishing",
            "asean-consensus-migrant-workers",
        ],
        "km": {
            "title": "ការការពារពលករធ្វើការងារតាមផ្ទះ និងអ្នកនេសាទ",
            "summary": (
                "ពលករធ្វើការងារតាមផ្ទះ និងអ្នកនេសាទ ច្រើនតែធ្វើការតែម្នាក់ឯង ឆ្ងាយពីជំនួយ។ "
                "អនុសញ្ញាអន្តរជាតិបានកំណត់ការការពារសម្រាប់ការងាររបស់ពួកគេ។"
            ),
            "explanation": (
                "<p>ពលករធ្វើការងារតាមផ្ទះរស់នៅ និងធ្វើការនៅក្នុងផ្ទះរបស់និយោជក "
                "ចំណែកអ្នកនេសាទអាចនៅលើសមុទ្ររាប់សប្តាហ៍។ ពួកគេទាំងពីរក្រុមអាចនៅឆ្ងាយពីជំនួយ។ "
                "អនុសញ្ញាលេខ ១៨៩ និងអនុសាសន៍លេខ ២០១ របស់អង្គការពលកម្មអន្តរជាតិ "
                "ស្តីពីពលករធ្វើការងារតាមផ្ទះ និងអនុសញ្ញាលេខ ១៨៨ ស្តីពីការងារក្នុងវិស័យនេសាទ "
                "គឺជាលិខិតុបករណ៍អន្តរជាតិដែលបង្កើតឡើងសម្រាប់ការងារទាំងនេះ។ "
                "កម្ពុជារាប់បញ្ចូលលិខិតុបករណ៍ទាំងនេះ ក្នុងចំណោមលិខិតុបករណ៍ដែលខ្លួនអនុវត្ត។</p>"
                "<p>ថាតើប្រទេសដែលអ្នកទៅបានផ្តល់សច្ចាប័នលើលិខិតុបករណ៍ទាំងនេះឬទេ "
                "និងច្បាប់របស់ប្រទេសនោះចែងយ៉ាងណា គឺខុសគ្នាពីប្រទេសមួយទៅប្រទេសមួយ៖ "
                "សូមអានមគ្គុទ្ទេសក៍សម្រាប់ប្រទេសរបស់អ្នក។</p>"
            ),
            "broken_intro": "សូមប្រយ័ត្ន ប្រសិនបើ៖",
            "signs": [
                "ការងារតាមផ្ទះ៖ អ្នកមិនអាចចេញពីផ្ទះបាន គ្មានថ្ងៃឈប់សម្រាក ឬគ្មានបន្ទប់ផ្ទាល់ខ្លួន។",
                "ការងារតាមផ្ទះ៖ គេដកហូតទូរស័ព្ទរបស់អ្នក ឬមិនអនុញ្ញាតឱ្យអ្នកទាក់ទងគ្រួសារ។",
                "ការនេសាទ៖ គេឱ្យអ្នកនៅលើសមុទ្ររាប់ខែ ផ្លាស់អ្នកពីទូកមួយទៅទូកមួយ ឬមិនអនុញ្ញាតឱ្យអ្នកឡើងគោក។",
                "ការនេសាទ៖ គេមិនប្រគល់ឯកសារអត្តសញ្ញាណ កិច្ចសន្យា ឬបង្កាន់ដៃបើកប្រាក់ឱ្យអ្នក។",
            ],
            "steps": [
                "មុនចេញដំណើរ សូមប្រាប់គ្រួសារពីអាសយដ្ឋាននិយោជក ឬឈ្មោះទូក និងកំពង់ផែរបស់វា។",
                "ព្រមព្រៀងជាមួយគ្រួសារអំពីពេលវេលាទូរស័ព្ទទៀងទាត់ និងអ្វីដែលត្រូវធ្វើ ប្រសិនបើអ្នកមិនបានទូរស័ព្ទ។",
                "រក្សាទុកលេខទូរស័ព្ទស្ថានទូតកម្ពុជាក្នុងទូរស័ព្ទរបស់អ្នក។",
                "ប្រសិនបើអ្នកត្រូវគេធ្វើបាប ឬកំពុងមានគ្រោះថ្នាក់ សូមទាក់ទងស្ថានទូត "
                "ឬលេខអាសន្នរបស់ប្រទេសនោះ បន្ទាប់មកដាក់បណ្តឹង។",
            ],
            "unconfirmed": (
                "ប្រទេសណាខ្លះបានផ្តល់សច្ចាប័នលើអនុសញ្ញាលេខ ១៨៨ និង ១៨៩ "
                "និងអ្វីដែលច្បាប់របស់ប្រទេសទាំងនោះផ្តល់ដល់ពលករធ្វើការងារតាមផ្ទះ និងអ្នកនេសាទ៖ "
                "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "Protection for domestic workers and fishers",
            "summary": (
                "Domestic workers and fishers often work alone, far from help. International "
                "conventions set out protections made for their work."
            ),
            "explanation": (
                "<p>Domestic workers live and work in their employer's home; fishers may spend "
                "weeks at sea. Both can be cut off from help. The ILO Domestic Workers "
                "Convention (No. 189) and Recommendation (No. 201), and the Work in Fishing "
                "Convention (No. 188), are international instruments made for this work; "
                "Cambodia lists them among the instruments it implements.</p>"
                "<p>Whether the country you go to has ratified them, and what its own law says, "
                "differs from country to country: read the guide for your destination.</p>"
            ),
            "broken_intro": "Be careful if:",
            "signs": [
                "Domestic work: you cannot leave the house, have no day off, or have no room of "
                "your own.",
                "Domestic work: your phone is taken away, or you are not allowed to contact your "
                "family.",
                "Fishing: you are kept at sea for months, moved from boat to boat, or not allowed "
                "ashore.",
                "Fishing: you are not given your identity papers, contract or payslips.",
            ],
            "steps": [
                "Before you leave, give your family your employer's address, or the name of the "
                "boat and its port.",
                "Agree with your family on a regular time to call, and on what to do if you do "
                "not call.",
                "Save the number of the Cambodian embassy in your phone.",
                "If you are abused or in danger, contact the embassy or the country's emergency "
                "number, then file a complaint.",
            ],
            "unconfirmed": (
                "Which countries have ratified Conventions 188 and 189, and what their law gives "
                "domestic workers and fishers: to be confirmed by editors."
            ),
        },
    },
    {
        "slug": "trafficked-or-detained",
        "destinations": ALL_DESTINATIONS,
        "instruments": [
            "un-migrant-workers-convention",
            "ilo-c143-migrant-workers",
            "asean-declaration-migrant-workers",
            "asean-consensus-migrant-workers",
            "labour-migration-policy-2019-2023",
        ],
        "km": {
            "title": "ប្រសិនបើអ្នករងការជួញដូរមនុស្ស ឬត្រូវគេឃុំខ្លួន",
            "summary": (
                "ប្រសិនបើគេបង្ខំអ្នកឱ្យធ្វើការ អ្នកមិនអាចចាកចេញបាន ឬត្រូវគេចាប់ខ្លួននៅបរទេស "
                "អ្នកនៅតែមានសិទ្ធិ។ សូមស្នើសុំទាក់ទងស្ថានទូតកម្ពុជា "
                "ហើយស្វែងរកជំនួយឱ្យបានឆាប់តាមដែលអាចធ្វើបាន។"
            ),
            "explanation": (
                "<p>ការជួញដូរមនុស្ស គឺជាការបោកប្រាស់ បង្ខិតបង្ខំ ឬគំរាមកំហែងមនុស្ស "
                "ដើម្បីនាំពួកគេទៅកេងប្រវ័ញ្ច។ នេះគឺជាបទឧក្រិដ្ឋ។ អ្នកដែលត្រូវគេជួញដូរ "
                "គឺជាជនរងគ្រោះ មិនមែនជាឧក្រិដ្ឋជនទេ។</p>"
                "<p>ប្រសិនបើអ្នកត្រូវគេចាប់ខ្លួន ឬឃុំខ្លួននៅបរទេស "
                "អ្នកអាចស្នើសុំឱ្យគេជូនដំណឹងទៅស្ថានទូតកម្ពុជា។ "
                "កុំចុះហត្ថលេខាលើឯកសារដែលអ្នកមិនយល់។ សូមស្នើសុំអ្នកបកប្រែ។</p>"
            ),
            "broken_intro": "សញ្ញាព្រមាន៖",
            "signs": [
                "គេសន្យាផ្តល់ការងារមួយ តែបែរជាបង្ខំឱ្យអ្នកធ្វើការងារមួយផ្សេងទៀត។",
                "គេចាក់សោអ្នក ឃ្លាំមើលអ្នក ឬមិនអនុញ្ញាតឱ្យអ្នកចេញពីកន្លែងធ្វើការ។",
                "គេប្រាប់ថា អ្នកជំពាក់បំណុលដែលចេះតែកើនឡើង ហើយត្រូវធ្វើការដើម្បីសង។",
                "គេគំរាមកំហែង វាយដំអ្នក ឬគំរាមកំហែងគ្រួសាររបស់អ្នក។",
            ],
            "steps": [
                "ប្រសិនបើអ្នកកំពុងមានគ្រោះថ្នាក់ភ្លាមៗ សូមហៅលេខអាសន្នរបស់ប្រទេសនោះ (មើលមគ្គុទ្ទេសក៍តាមប្រទេស)។",
                "ទាក់ទងស្ថានទូតកម្ពុជា ឬសុំឱ្យអ្នកដែលអ្នកទុកចិត្តទាក់ទងជំនួសអ្នក។",
                "ប្រសិនបើអ្នកត្រូវគេឃុំខ្លួន សូមប្រាប់ថាអ្នកជាពលរដ្ឋកម្ពុជា ហើយស្នើសុំទាក់ទងស្ថានទូត និងអ្នកបកប្រែ។",
                "នៅពេលអ្នកមានសុវត្ថិភាពហើយ សូមដាក់បណ្តឹង ឬសុំឱ្យអង្គការមួយដាក់បណ្តឹងជំនួសអ្នក។",
            ],
            "unconfirmed": (
                "លេខទូរស័ព្ទជំនួយសម្រាប់ជនរងគ្រោះពីការជួញដូរមនុស្ស នៅប្រទេសនីមួយៗ និងនៅកម្ពុជា៖ ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល។"
            ),
        },
        "en": {
            "title": "If you are trafficked or detained",
            "summary": (
                "If you are forced to work, cannot leave, or are arrested abroad, you still have "
                "rights. Ask for the Cambodian embassy and get help as soon as you can."
            ),
            "explanation": (
                "<p>Human trafficking is deceiving, forcing or threatening people to move them "
                "and exploit them. It is a crime. A person who has been trafficked is a victim, "
                "not a criminal.</p>"
                "<p>If you are arrested or detained abroad, you can ask for the Cambodian "
                "embassy to be told. Do not sign papers you do not understand; ask for an "
                "interpreter.</p>"
            ),
            "broken_intro": "Warning signs:",
            "signs": [
                "You were promised one job and forced into another.",
                "You are locked in, watched, or not allowed to leave the workplace.",
                "You are told you owe a debt that keeps growing and must work to repay it.",
                "You are threatened or beaten, or your family is threatened.",
            ],
            "steps": [
                "If you are in immediate danger, call the country's emergency number (see your "
                "destination guide).",
                "Contact the Cambodian embassy, or ask someone you trust to contact it for you.",
                "If you are detained, say that you are Cambodian, and ask for the embassy and "
                "an interpreter.",
                "When you are safe, file a complaint, or ask an organisation to file it on your "
                "behalf.",
            ],
            "unconfirmed": (
                "The help lines for victims of trafficking in each country and in Cambodia: to "
                "be confirmed by editors."
            ),
        },
    },
]


def body_for(text):
    """The StreamField value of one explainer in one language."""
    return [
        {"type": "explanation", "value": {"text": text["explanation"]}},
        {
            "type": "when_broken",
            "value": {"intro": text["broken_intro"], "signs": list(text["signs"])},
        },
        {
            "type": "steps",
            "value": {
                "steps": list(text["steps"]),
                "link_complaint_form": True,
                "link_destination_guides": True,
            },
        },
        {"type": "to_be_confirmed", "value": {"note": text["unconfirmed"]}},
    ]
