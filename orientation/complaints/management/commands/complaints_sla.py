from django.core.management.base import BaseCommand

from orientation.complaints.services import retry_failed_notifications, sla_sweep


class Command(BaseCommand):
    help = (
        "Run from cron every few minutes: 36-hour reminders to officers, escalation to "
        "supervisors once a complaint is past its 48 hours, and retries of failed emails."
    )

    def handle(self, **options):
        retried = retry_failed_notifications()
        result = sla_sweep()
        self.stdout.write(
            f"{result['created']} new reminder/escalation notifications, "
            f"{result['enqueued']} enqueued, {retried} retried."
        )
