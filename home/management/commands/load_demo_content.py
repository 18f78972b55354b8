from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

from orientation.core.demo import synchronise_all_locales

# Order matters: home pages first, then the areas whose pages live under them.
DEMO_MODULES = [
    "home.demo",
    "orientation.destinations.demo",
    "orientation.rights.demo",
    "orientation.scams.demo",
    "orientation.lessons.demo",
    "orientation.resources.demo",
    "orientation.alerts.demo",
    "orientation.complaints.demo",
]


def available_demo_modules():
    for name in DEMO_MODULES:
        try:
            yield import_module(name)
        except ModuleNotFoundError as error:
            if error.name != name:
                raise


class Command(BaseCommand):
    help = "Builds the demo site in every locale. Idempotent: safe to run twice."

    def handle(self, *args, **options):
        with transaction.atomic():
            for module in available_demo_modules():
                module.build(stdout=self.stdout)
                self.stdout.write(f"  {module.__name__}: done")
            synchronise_all_locales()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
