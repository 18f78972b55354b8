"""Every content locale exists and is kept in sync with the Khmer tree, and the role groups
of docs/design.md exist from the first migrate (their permissions are granted by later ones)."""

from django.conf import settings
from django.db import migrations

ROLE_GROUPS = [
    "Editors",
    "Translators",
    "Reviewers",
    "Complaint officers",
    "Complaint supervisors",
]


def create_locales_and_groups(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    Group = apps.get_model("auth", "Group")

    default, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        if locale.pk != default.pk:
            LocaleSynchronization.objects.get_or_create(
                locale=locale, defaults={"sync_from": default}
            )
    for name in ROLE_GROUPS:
        Group.objects.get_or_create(name=name)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(create_locales_and_groups, migrations.RunPython.noop)]
