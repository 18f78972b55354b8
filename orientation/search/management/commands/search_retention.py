from django.core.management.base import BaseCommand

from orientation.search.services import retention_days, unanswered_queries_purge


class Command(BaseCommand):
    help = (
        "Delete the daily counts of searches with no results older than "
        "UNANSWERED_QUERY_RETENTION_DAYS (default 90). Meant for cron, daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None)

    def handle(self, days=None, **options):
        days = retention_days() if days is None else days
        deleted = unanswered_queries_purge(days=days)
        self.stdout.write(
            f"{deleted} count(s) of searches with no results older than {days} days deleted."
        )
