from django.db import migrations

from orientation.resources.services_catalogue import create_services_and_languages


class Migration(migrations.Migration):
    dependencies = [("resources", "0001_initial")]
    operations = [migrations.RunPython(create_services_and_languages, migrations.RunPython.noop)]
