from django.conf import settings
from django.core.management.base import BaseCommand

from orientation.complaints.services import apply_max_retention, apply_retention


class Command(BaseCommand):
    help = (
        "Erase the personal data of complaints closed longer than the retention period "
        "(COMPLAINT_RETENTION_DAYS, default 365), and of complaints never closed once they "
        "are COMPLAINT_MAX_RETENTION_DAYS old (default 1095), after telling supervisors "
        "COMPLAINT_ERASURE_NOTICE_DAYS (default 30) before. Anonymous statistics stay."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)
        parser.add_argument("--max-days", type=int, default=None)
        parser.add_argument("--notice-days", type=int, default=None)
        parser.add_argument("--dry-run", action="store_true")

    def handle(self, days=None, max_days=None, notice_days=None, dry_run=False, **options):
        days = days if days is not None else settings.COMPLAINT_RETENTION_DAYS
        max_days = max_days if max_days is not None else settings.COMPLAINT_MAX_RETENTION_DAYS
        notice_days = (
            notice_days if notice_days is not None else settings.COMPLAINT_ERASURE_NOTICE_DAYS
        )
        count = apply_retention(days, dry_run=dry_run)
        what = "would be erased" if dry_run else "erased"
        self.stdout.write(f"{count} closed complaint(s) older than {days} days {what}.")
        outcome = apply_max_retention(max_days, notice_days, dry_run=dry_run)
        told = "would be announced" if dry_run else "announced"
        self.stdout.write(
            f"{outcome['noticed']} complaint(s) reaching the maximum retention of {max_days} "
            f"days {told} to supervisors ({notice_days} days' notice); "
            f"{outcome['erased']} {what}."
        )
