from django.db import migrations

from orientation.destinations.catalogue import DESTINATIONS, destination_fields


def create_destinations(apps, schema_editor):
    Destination = apps.get_model("destinations", "Destination")
    for position, row in enumerate(DESTINATIONS):
        fields = destination_fields(row, position)
        Destination.objects.update_or_create(slug=fields.pop("slug"), defaults=fields)


class Migration(migrations.Migration):
    dependencies = [("destinations", "0001_initial")]
    operations = [migrations.RunPython(create_destinations, migrations.RunPython.noop)]
