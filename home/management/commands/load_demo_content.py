from django.core.management.base import BaseCommand
from django.db import transaction

from home import demo as home_demo
from orientation.alerts import demo as alerts_demo
from orientation.complaints import demo as complaints_demo
from orientation.core.demo import synchronise_all_locales
from orientation.destinations import demo as destinations_demo
from orientation.lessons import demo as lessons_demo
from orientation.resources import demo as resources_demo
from orientation.rights import demo as rights_demo
from orientation.scams import demo as scams_demo

# Order matters: home pages first, then the areas whose pages live under them. Each area's
# text is in demo/<area>.yaml (docs/demo-content.md).
AREAS = [
    home_demo,
    destinations_demo,
    rights_demo,
    scams_demo,
    lessons_demo,
    resources_demo,
    alerts_demo,
    complaints_demo,
]


class Command(BaseCommand):
    help = "Builds the demo site in every locale from demo/*.yaml. Idempotent: safe to run twice."

    def handle(self, *args, **options):
        with transaction.atomic():
            for area in AREAS:
                area.build(stdout=self.stdout)
                self.stdout.write(f"  {area.__name__}: done")
            synchronise_all_locales()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))
