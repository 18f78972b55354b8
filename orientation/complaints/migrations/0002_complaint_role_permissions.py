"""Complaint officers and supervisors get the admin and their complaint permissions; nobody
else gets any (editors, translators and reviewers never see complaints)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

OFFICER_PERMISSIONS = [("wagtailadmin", "access_admin"), ("complaints", "handle_complaints")]
SUPERVISOR_PERMISSIONS = [*OFFICER_PERMISSIONS, ("complaints", "see_all_complaints")]


def grant_complaint_permissions(apps, schema_editor):
    # Permissions are normally created after migrate; this migration needs them now.
    complaints_config = apps.get_app_config("complaints")
    complaints_config.models_module = True
    create_permissions(complaints_config, apps=apps, verbosity=0)
    complaints_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, wanted in [
        ("Complaint officers", OFFICER_PERMISSIONS),
        ("Complaint supervisors", SUPERVISOR_PERMISSIONS),
    ]:
        group, _created = Group.objects.get_or_create(name=group_name)
        for app_label, codename in wanted:
            permission = Permission.objects.filter(
                content_type__app_label=app_label, codename=codename
            ).first()
            if permission is not None:
                group.permissions.add(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("complaints", "0001_initial"),
        ("home", "0002_locales_and_roles"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]
    operations = [migrations.RunPython(grant_complaint_permissions, migrations.RunPython.noop)]
