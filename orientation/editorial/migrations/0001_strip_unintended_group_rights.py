"""Rights nobody meant any group to have, left by Wagtail's and wagtail-localize's own data
migrations (issue 17): Wagtail's "Moderators" group (publish on the whole tree; no such role
in docs/design.md), the whole-tree page rights and image/document change and delete rights
its "Editors" group came with (ours are granted per locale by editorial/roles.py), the
image/document choosers that Wagtail gave every admin group (complaint staff never choose
images), and add/change/delete on the agency status history (written only by the register's
service). What each group should hold is tests/editorial/test_group_rights.py."""

from django.db import migrations

MODERATORS = "Moderators"
EDITORS = "Editors"
COMPLAINT_GROUPS = ["Complaint officers", "Complaint supervisors"]
EDITOR_EXTRA_MODEL_RIGHTS = [
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
]
EDITOR_EXTRA_COLLECTION_RIGHTS = ["change_image", "change_document"]
CHOOSERS = [("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")]
HISTORY_WRITES = [
    "add_agencystatuschange",
    "change_agencystatuschange",
    "delete_agencystatuschange",
]


def strip(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")

    def permissions(pairs):
        found = Permission.objects.none()
        for app_label, codename in pairs:
            found |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
        return list(found)

    # Its members lose publish rights they were never meant to have; the group goes.
    moderators = Group.objects.filter(name=MODERATORS).first()
    if moderators is not None:
        GroupPagePermission.objects.filter(group=moderators).delete()
        GroupCollectionPermission.objects.filter(group=moderators).delete()
        moderators.delete()

    editors = Group.objects.filter(name=EDITORS).first()
    if editors is not None:
        # The tree's root (depth 1) is above every locale: rights there reach everything.
        GroupPagePermission.objects.filter(group=editors, page__depth=1).delete()
        GroupCollectionPermission.objects.filter(
            group=editors, permission__codename__in=EDITOR_EXTRA_COLLECTION_RIGHTS
        ).delete()
        editors.permissions.remove(*permissions(EDITOR_EXTRA_MODEL_RIGHTS))

    for group in Group.objects.filter(name__in=COMPLAINT_GROUPS):
        group.permissions.remove(*permissions(CHOOSERS))
        GroupCollectionPermission.objects.filter(
            group=group, permission__codename__in=[c for _a, c in CHOOSERS]
        ).delete()

    history = Permission.objects.filter(
        content_type__app_label="scams", codename__in=HISTORY_WRITES
    )
    for group in Group.objects.all():
        group.permissions.remove(*history)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_locales_and_roles"),
        ("complaints", "0002_complaint_role_permissions"),
        ("scams", "0004_recompute_normalised_keys"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]
    operations = [migrations.RunPython(strip, migrations.RunPython.noop)]
