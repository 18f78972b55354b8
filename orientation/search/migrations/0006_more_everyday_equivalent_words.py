"""More equivalent words, from the everyday queries of tests/search/data/everyday_queries.yaml
that found nothing: words of English readers the pages do not use (maid, Facebook), and
Khmer phrases of the street (ប៉ូលិសចាប់, មេខ្យល់) with the words the pages use. A group is
added only where no group already lists the same words, so an editor's list is never
changed."""

from django.db import migrations

GROUPS = [
    (
        ["maid", "maids", "housemaid", "domestic worker", "domestic workers", "domestic helper"],
        "English: domestic work",
    ),
    (["facebook", "tiktok", "social media", "online"], "English: where job ads are posted"),
    (["telegram", "whatsapp", "messenger", "chat app"], "English: chat apps"),
    (["fake", "false", "forged", "counterfeit"], "English"),
    (["arrested", "arrest", "detained", "jailed"], "English"),
    (["late", "delayed", "not on time"], "English: wages paid late"),
    (["ប៉ូលិសចាប់", "ចាប់ខ្លួន", "ឃុំខ្លួន"], "arrested by the police: everyday and formal"),
    (["មេខ្យល់", "អ្នកជ្រើសរើស", "អ្នកជ្រើសរើសពលករ"], "broker and recruiter"),
    (
        ["អ្នកបម្រើ", "អ្នកបម្រើតាមផ្ទះ", "ពលករធ្វើការងារតាមផ្ទះ"],
        "maid: everyday and the pages' domestic worker",
    ),
    (["ហ្វេសប៊ុក", "បណ្តាញសង្គម", "អនឡាញ"], "Facebook, social media, online"),
    (["តេឡេក្រាម", "កម្មវិធីជជែក"], "Telegram and chat apps"),
    (
        ["ការងារក្លែងក្លាយ", "ការងារមិនពិត", "ការងារដែលមិនមានពិត"],
        "a fake job: everyday and the pages' wording",
    ),
    (["យឺត", "មិនទាន់ពេល"], "late, not on time"),
]


def add_groups(apps, schema_editor):
    EquivalentWords = apps.get_model("search", "EquivalentWords")
    listed = {
        frozenset(line.strip() for line in words.splitlines() if line.strip())
        for words in EquivalentWords.objects.values_list("words", flat=True)
    }
    EquivalentWords.objects.bulk_create(
        EquivalentWords(words="\n".join(words), note=note)
        for words, note in GROUPS
        if frozenset(words) not in listed
    )


class Migration(migrations.Migration):
    dependencies = [("search", "0005_seed_equivalent_words")]

    operations = [migrations.RunPython(add_groups, migrations.RunPython.noop)]
