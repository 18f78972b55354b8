from django.conf import settings
from django.core.management.base import BaseCommand

from orientation.complaints.services import apply_retention


class Command(BaseCommand):
    help = (
        "Erase the personal data of complaints closed longer than the retention period "
        "(COMPLAINT_RETENTION_DAYS, default 365), keeping anonymous statistics."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, days=None, dry_run=False, **options):
        days = days if days is not None else getattr(settings, "COMPLAINT_RETENTION_DAYS", 365)
        count = apply_retention(days, dry_run=dry_run)
        what = "would be erased" if dry_run else "erased"
        self.stdout.write(f"{count} closed complaint(s) older than {days} days {what}.")
