"""The first equivalent words: everyday Khmer and the formal words the pages use, loanwords,
and English variants, for this site's topics. Each Khmer formal word is the glossary's
spelling (docs/glossary.md); tests/search/test_equivalent_words.py checks it. Editors keep
the list from here on (Snippets → Equivalent words); this only fills an empty table."""

from django.db import migrations

SEED = [
    # (words and phrases, note)
    (["ពេទ្យ", "វេជ្ជបណ្ឌិត", "គ្រូពេទ្យ"], "doctor: everyday and formal"),
    (["ប៉ូលិស", "នគរបាល"], "police: loanword and formal"),
    (["ឡាន", "រថយន្ត"], "car: everyday and formal"),
    (["ផ្ទះ", "កន្លែងស្នាក់នៅ", "លំនៅដ្ឋាន"], "home, accommodation"),
    (["លុយ", "ប្រាក់"], "money: everyday and formal"),
    (["ប្រាក់ខែ", "ប្រាក់ឈ្នួល", "ប្រាក់បៀវត្ស"], "wages (glossary: ប្រាក់ឈ្នួល)"),
    (["ថៅកែ", "ចៅហ្វាយ", "និយោជក"], "boss and employer (glossary: និយោជក)"),
    (["ប៉ាស្ព័រ", "លិខិតឆ្លងដែន", "passport"], "passport (glossary: លិខិតឆ្លងដែន)"),
    (["កុងត្រា", "កិច្ចសន្យា", "កិច្ចសន្យាការងារ"], "contract (glossary: កិច្ចសន្យា)"),
    (["បំណុល", "ជំពាក់", "ជំពាក់លុយ"], "debt, owing money"),
    (["មេខ្យល់", "ឈ្មួញកណ្តាល"], "broker, middleman"),
    (["ថ្ងៃឈប់សម្រាក", "ថ្ងៃសម្រាក", "ថ្ងៃឈប់"], "day off"),
    (["ប្តូរការងារ", "ផ្លាស់ប្តូរការងារ", "ប្តូរនិយោជក"], "changing job or employer"),
    (["ស្ថានទូត", "ស្ថានទូតកម្ពុជា", "ស្ថានឯកអគ្គរាជទូត"], "embassy (glossary: ស្ថានទូត)"),
    (["វីសា", "ទិដ្ឋាការ", "visa"], "visa: loanword and formal"),
    (["ប័ណ្ណការងារ", "លិខិតអនុញ្ញាតការងារ"], "work permit (glossary: លិខិតអនុញ្ញាតការងារ)"),
    (
        ["ភ្នាក់ងារ", "ភ្នាក់ងារជ្រើសរើសឯកជន", "ក្រុមហ៊ុនជ្រើសរើសពលករ"],
        "recruitment agency (glossary: ភ្នាក់ងារជ្រើសរើសឯកជន)",
    ),
    (["អាជ្ញាប័ណ្ណ", "ប័ណ្ណអនុញ្ញាត"], "licence (glossary: អាជ្ញាប័ណ្ណ)"),
    (["បោក", "ឆបោក", "បោកប្រាស់", "ការបោកប្រាស់"], "scam, fraud (glossary: ការបោកប្រាស់)"),
    (["ជួញដូរមនុស្ស", "ការជួញដូរមនុស្ស", "លក់មនុស្ស"], "human trafficking (glossary)"),
    (["ប្តឹង", "បណ្តឹង", "ពាក្យបណ្តឹង"], "complaint (glossary: បណ្តឹង)"),
    (["ជួយ", "ជំនួយ", "ការជួយ"], "help (glossary: ជំនួយ)"),
    (["បន្ទាន់", "អាសន្ន", "គ្រាអាសន្ន"], "emergency (glossary: អាសន្ន)"),
    (["ឈឺ", "ជំងឺ"], "sick, illness"),
    (["មន្ទីរពេទ្យ", "ពេទ្យ"], "hospital: formal and everyday"),
    (["ថ្នាំ", "ឱសថ"], "medicine: everyday and formal"),
    (["ម៉ោងបន្ថែម", "ថែមម៉ោង", "ម៉ោងធ្វើការបន្ថែម"], "overtime"),
    (["កម្មករ", "ពលករ", "អ្នកធ្វើការ"], "worker (glossary: កម្មករ)"),
    (
        ["ពលករចំណាកស្រុក", "កម្មករចំណាកស្រុក", "អ្នកទៅធ្វើការនៅក្រៅប្រទេស"],
        "migrant worker (glossary: ពលករចំណាកស្រុក)",
    ),
    (["ការងារ", "ការធ្វើការ", "ការងារធ្វើ"], "work, a job"),
    (["ផ្ញើលុយ", "ផ្ញើប្រាក់", "ផ្ទេរប្រាក់"], "sending money home"),
    (["អត្តសញ្ញាណប័ណ្ណ", "កាតអត្តសញ្ញាណ"], "identity card"),
    (["រំលោភ", "បំពាន", "ការរំលោភបំពាន"], "abuse"),
    (["វាយ", "វាយដំ", "ធ្វើបាប"], "beating, mistreatment"),
    (["បង្ខំ", "បង្ខិតបង្ខំ"], "forced"),
    (["ដកហូត", "រឹបអូស"], "taken away (a passport, a phone)"),
    (["កាត់លុយ", "កាត់ប្រាក់ខែ", "កាត់ប្រាក់ឈ្នួល"], "deductions from wages"),
    (["ដេញចេញ", "បណ្តេញចេញ", "បញ្ឈប់ពីការងារ"], "dismissed"),
    (["ឈប់ពីការងារ", "លាឈប់", "លាលែង"], "quitting a job"),
    (["ត្រឡប់មកស្រុកវិញ", "ត្រឡប់មកកម្ពុជាវិញ", "វិលត្រឡប់"], "returning home"),
    (["គ្រោះថ្នាក់ការងារ", "គ្រោះថ្នាក់ពេលធ្វើការ"], "accident at work"),
    (["ក្រមការងារ", "ច្បាប់ការងារ"], "the labour law"),
    (
        ["ក្រសួងការងារ", "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ"],
        "the Ministry of Labour (glossary)",
    ),
    (["ស្រុកខ្មែរ", "កម្ពុជា", "ប្រទេសកម្ពុជា"], "Cambodia (glossary: កម្ពុជា)"),
    (["ថៃ", "ប្រទេសថៃ", "សៀម"], "Thailand (glossary); សៀម is the everyday name"),
    (["ម៉ាឡេស៊ី", "ប្រទេសម៉ាឡេស៊ី", "ម៉ាឡេ"], "Malaysia (glossary)"),
    (["កូរ៉េ", "កូរ៉េខាងត្បូង", "ប្រទេសកូរ៉េខាងត្បូង"], "South Korea (glossary)"),
    (["ជប៉ុន", "ប្រទេសជប៉ុន"], "Japan (glossary)"),
    (["សិង្ហបុរី", "ប្រទេសសិង្ហបុរី"], "Singapore (glossary)"),
    (["សាអូឌីត", "អារ៉ាប៊ីសាអូឌីត", "ប្រទេសអារ៉ាប៊ីសាអូឌីត"], "Saudi Arabia (glossary)"),
    (["គុយវ៉ែត", "ប្រទេសគុយវ៉ែត"], "Kuwait (glossary)"),
    (["កាតា", "ប្រទេសកាតា"], "Qatar (glossary)"),
    (["ទូរស័ព្ទ", "ទូរសព្ទ", "ទូរស័ព្ទដៃ"], "phone: both spellings in use"),
    (["លេខទូរស័ព្ទ", "លេខទំនាក់ទំនង"], "phone number"),
    (["លេខជំនួយ", "ខ្សែទូរស័ព្ទជំនួយ", "ខ្សែទូរស័ព្ទបន្ទាន់"], "hotline"),
    (["អង្គការ", "អង្គការក្រៅរដ្ឋាភិបាល"], "an NGO"),
    (["ការហ្វឹកហ្វឺន", "ការបណ្តុះបណ្តាល", "វគ្គបណ្តុះបណ្តាល"], "training"),
    (["កូន", "កុមារ", "ក្មេង"], "children"),
    (["ភាសាខ្មែរ", "អក្សរខ្មែរ"], "the Khmer language and script"),
    (["ម្ហូប", "អាហារ"], "food: everyday and formal"),
    (["ថ្លៃសេវា", "កម្រៃជើងសា"], "recruitment fees"),
    (["ឯកសារ", "ក្រដាស"], "documents, papers"),
    (["ចាប់ខ្លួន", "ឃុំខ្លួន"], "arrested, detained"),
    (["ខុសច្បាប់", "គ្មានឯកសារស្របច្បាប់"], "undocumented"),
    (["ស្របច្បាប់", "តាមច្បាប់", "ត្រឹមត្រូវតាមច្បាប់"], "legal, lawful"),
    (["រក", "ស្វែងរក"], "search (glossary: ស្វែងរក)"),
    # English
    (["pay", "paid", "payment", "wage", "wages", "salary"], "English: pay and wages"),
    (["boss", "employer"], "English"),
    (["broker", "middleman", "agent", "recruiter"], "English"),
    (["day off", "days off", "rest day"], "English"),
    (["change job", "change employer", "switch employer"], "English"),
    (["doctor", "physician"], "English"),
    (["home", "housing", "accommodation", "dormitory"], "English"),
    (["debt", "loan", "owe"], "English"),
    (["scam", "fraud", "cheat"], "English"),
    (["complaint", "complain", "grievance"], "English"),
    (["embassy", "consulate"], "English"),
    (["contract", "agreement"], "English"),
    (["overtime", "extra hours"], "English"),
    (["trafficking", "human trafficking"], "English"),
    (["fired", "dismissed", "sacked"], "English"),
    (["quit", "resign"], "English"),
    (["hotline", "helpline", "emergency number"], "English"),
    (["ngo", "organisation", "organization", "charity"], "English: both spellings"),
    (["sick", "ill", "illness"], "English"),
    (["injury", "injured", "hurt"], "English"),
]


def seed(apps, schema_editor):
    EquivalentWords = apps.get_model("search", "EquivalentWords")
    if EquivalentWords.objects.exists():
        return
    EquivalentWords.objects.bulk_create(
        EquivalentWords(words="\n".join(words), note=note) for words, note in SEED
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0004_search_vocabulary_and_equivalent_words")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
