"""Text columns for the agency and organisation names as typed: their Fernet tokens
(0005) are longer than the 200 characters the form allows."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("complaints", "0003_complaint_log_entry")]

    operations = [
        migrations.AlterField(
            model_name="complaint",
            name="agency_name",
            field=models.TextField(blank=True, verbose_name="agency (as typed)"),
        ),
        migrations.AlterField(
            model_name="complaint",
            name="organisation_name",
            field=models.TextField(blank=True, verbose_name="organisation"),
        ),
    ]
