from django.core.management.base import BaseCommand, CommandError

from orientation.scams.importer import ImportFileError, import_agencies, open_csv


class Command(BaseCommand):
    help = (
        "Imports the ministry's register of licensed recruitment agencies from a CSV file. "
        "Every row is checked first, with reads only: any bad row (reported by line number) "
        "and nothing is written. Then rows are written in short transactions, so the site "
        "keeps working; if the run is interrupted, run the same file again to complete it. "
        "Size and row limits, and the columns, are described in docs/scams.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("csv_file", metavar="FILE.csv")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help=(
                "Check the file and report what would change, without writing anything "
                "(and without taking the database's write lock)."
            ),
        )

    def handle(self, *args, csv_file, dry_run, **options):
        try:
            report = import_agencies(open_csv(csv_file), dry_run=dry_run)
        except FileNotFoundError as error:
            raise CommandError(f"{csv_file}: no such file") from error
        except ImportFileError as error:
            raise CommandError(f"{csv_file}: {error}") from error
        if not report.ok:
            for error in report.errors:
                self.stderr.write(f"{csv_file}: {error}")
            raise CommandError(
                f"{len(report.errors)} problem(s) found; nothing was imported. "
                "Fix the file and run the command again."
            )
        prefix = "Dry run, nothing written. Would have: " if dry_run else ""
        self.stdout.write(
            self.style.SUCCESS(
                f"{prefix}{report.created} created, {report.updated} updated, "
                f"{report.unchanged} unchanged, {report.status_changes} status change(s) recorded."
            )
        )
