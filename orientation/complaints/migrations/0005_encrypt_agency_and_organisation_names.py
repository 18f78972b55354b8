"""The agency and organisation names a worker types become encrypted personal fields: the
existing values are encrypted in place (0004 widened the columns to text, in its own
transaction: PostgreSQL refuses to alter a table with pending updates, which reversing
both in one migration would do), then the fields are declared encrypted (no schema
change)."""

from django.db import migrations

import orientation.complaints.crypto

FIELDS = ("agency_name", "organisation_name")


def encrypt_existing(apps, schema_editor):
    # The cipher itself: the check for retired keys reads a table that a later migration
    # creates.
    from orientation.complaints.crypto import cipher

    def encrypt_text(value):
        return cipher().encrypt(value.encode("utf-8")).decode("ascii")

    Complaint = apps.get_model("complaints", "Complaint")
    for field in FIELDS:
        rows = Complaint.objects.exclude(**{field: ""}).values_list("pk", field)
        for pk, value in rows.iterator(chunk_size=500):
            Complaint.objects.filter(pk=pk).update(**{field: encrypt_text(value)})


def decrypt_existing(apps, schema_editor):
    from orientation.complaints.crypto import decrypt_text

    Complaint = apps.get_model("complaints", "Complaint")
    for field in FIELDS:
        rows = Complaint.objects.exclude(**{field: ""}).values_list("pk", field)
        for pk, value in rows.iterator(chunk_size=500):
            Complaint.objects.filter(pk=pk).update(**{field: decrypt_text(value)[:200]})


class Migration(migrations.Migration):
    dependencies = [("complaints", "0004_widen_typed_names")]

    operations = [
        migrations.RunPython(encrypt_existing, decrypt_existing),
        migrations.AlterField(
            model_name="complaint",
            name="agency_name",
            field=orientation.complaints.crypto.EncryptedTextField(
                blank=True, verbose_name="agency (as typed)"
            ),
        ),
        migrations.AlterField(
            model_name="complaint",
            name="organisation_name",
            field=orientation.complaints.crypto.EncryptedTextField(
                blank=True, verbose_name="organisation"
            ),
        ),
    ]
