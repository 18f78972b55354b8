"""The ministry's agency register, read from its CSV export: all rows or none.

Every row is checked before anything is written, and every bad row is reported with its
line number and reason, so an editor fixes the spreadsheet once instead of row by row.
Columns are documented in docs/scams.md.
"""

import csv
import datetime
import io
from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone

from orientation.destinations.models import Destination

from .models import Agency, AgencyStatus
from .normalise import clean_text, licence_key
from .services import record_status_change

REQUIRED_COLUMNS = ("licence_number", "name_latin", "status")
OPTIONAL_COLUMNS = (
    "name_km",
    "valid_from",
    "valid_until",
    "destinations",
    "address",
    "phone",
    "reason",
)
DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y")
DESTINATION_SEPARATORS = (";", ",", "|")
DEFAULT_REASON = "Ministry register import"
PHONE_SOURCE = "Ministry of Labour and Vocational Training register (CSV import)"


class ImportFileError(Exception):
    """The file as a whole cannot be read (encoding, missing columns)."""


@dataclass
class RowError:
    line: int
    reason: str

    def __str__(self):
        return f"line {self.line}: {self.reason}"


@dataclass
class ParsedRow:
    line: int
    licence_number: str
    key: str
    values: dict
    destination_ids: list
    reason: str


@dataclass
class ImportReport:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    status_changes: int = 0
    errors: list = field(default_factory=list)
    dry_run: bool = False

    @property
    def ok(self):
        return not self.errors


def parse_date(text):
    text = clean_text(text)
    if not text:
        return None
    for date_format in DATE_FORMATS:
        try:
            return datetime.datetime.strptime(text, date_format).date()
        except ValueError:
            continue
    raise ValueError(text)


def destination_lookup():
    """Slug, English name or Khmer name (any case) -> destination id."""
    lookup = {}
    for destination in Destination.objects.all():
        for name in (destination.slug, destination.name_en, destination.name_km):
            if name:
                lookup[clean_text(name).casefold()] = destination.id
    return lookup


def split_destinations(text):
    text = clean_text(text)
    for separator in DESTINATION_SEPARATORS:
        text = text.replace(separator, ";")
    return [part.strip() for part in text.split(";") if part.strip()]


def read_rows(stream):
    """(line number, row dict) for each record; the header is line 1."""
    reader = csv.DictReader(stream)
    if reader.fieldnames is None:
        raise ImportFileError("the file is empty")
    columns = [clean_text(name).lower() for name in reader.fieldnames]
    reader.fieldnames = columns
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ImportFileError("missing column(s): " + ", ".join(missing))
    unknown = [name for name in columns if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise ImportFileError("unknown column(s): " + ", ".join(unknown))
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        if not any(clean_text(value) for value in row.values() if isinstance(value, str)):
            continue  # blank lines at the end of spreadsheets
        yield line, row


def parse_row(line, row, destinations):
    """A ParsedRow, or the list of every reason the row is bad."""
    problems = []
    if None in row:
        problems.append("more cells than columns")
    licence_number = clean_text(row.get("licence_number"))
    key = licence_key(licence_number)
    if not key:
        problems.append("missing licence number")
    elif len(licence_number) > 64:
        problems.append("licence number longer than 64 characters")
    name_latin = clean_text(row.get("name_latin"))
    if not name_latin:
        problems.append("missing name_latin")
    status = clean_text(row.get("status")).lower()
    if status not in AgencyStatus.values:
        problems.append(
            f"unknown status '{status}' (expected {', '.join(AgencyStatus.values)})"
            if status
            else "missing status"
        )
    dates = {}
    for column in ("valid_from", "valid_until"):
        try:
            dates[column] = parse_date(row.get(column))
        except ValueError:
            problems.append(
                f"bad date in {column}: '{clean_text(row.get(column))}' (use YYYY-MM-DD)"
            )
    starts, ends = dates.get("valid_from"), dates.get("valid_until")
    if starts and ends and ends < starts:
        problems.append("valid_until is before valid_from")
    destination_ids = []
    for name in split_destinations(row.get("destinations")):
        destination_id = destinations.get(name.casefold())
        if destination_id is None:
            problems.append(f"unknown destination '{name}'")
        elif destination_id not in destination_ids:
            destination_ids.append(destination_id)
    if problems:
        return problems
    phone = clean_text(row.get("phone"))
    return ParsedRow(
        line=line,
        licence_number=licence_number,
        key=key,
        values={
            "name_latin": name_latin[:255],
            "name_km": clean_text(row.get("name_km"))[:255],
            "status": status,
            "valid_from": dates["valid_from"],
            "valid_until": dates["valid_until"],
            "address": clean_text(row.get("address")),
            "phone": phone[:40],
            "phone_verified": bool(phone),
            "phone_source": PHONE_SOURCE if phone else "",
        },
        destination_ids=destination_ids,
        reason=clean_text(row.get("reason"))[:500] or DEFAULT_REASON,
    )


def parse_file(stream):
    """Every good row, and every bad one with its line and reason."""
    destinations = destination_lookup()
    parsed, errors, first_line_of_key = [], [], {}
    for line, row in read_rows(stream):
        result = parse_row(line, row, destinations)
        if isinstance(result, list):
            errors.extend(RowError(line, reason) for reason in result)
            continue
        if result.key in first_line_of_key:
            errors.append(
                RowError(
                    line,
                    f"duplicate licence number {result.licence_number} "
                    f"(already on line {first_line_of_key[result.key]})",
                )
            )
            continue
        first_line_of_key[result.key] = line
        parsed.append(result)
    return parsed, errors


def apply_rows(parsed, report, user=None):
    existing = {
        agency.licence_key: agency
        for agency in Agency.objects.filter(
            licence_key__in=[row.key for row in parsed]
        ).prefetch_related("destinations")
    }
    for row in parsed:
        agency = existing.get(row.key)
        if agency is None:
            agency = Agency(licence_number=row.licence_number, **row.values)
            agency.save()
            agency.destinations.set(row.destination_ids)
            previous_status = ""
            report.created += 1
        else:
            previous_status = agency.status
            changed = any(getattr(agency, name) != value for name, value in row.values.items())
            changed |= sorted(d.id for d in agency.destinations.all()) != sorted(
                row.destination_ids
            )
            if not changed:
                report.unchanged += 1
                continue
            for name, value in row.values.items():
                setattr(agency, name, value)
            agency.save()
            agency.destinations.set(row.destination_ids)
            report.updated += 1
        if record_status_change(
            agency, from_status=previous_status, user=user, reason=row.reason, source="import"
        ):
            report.status_changes += 1


def import_agencies(stream, *, dry_run=False, user=None):
    """Check every row, then write all of them in one transaction (or none: dry run, or any
    bad row). Returns an ImportReport; raises ImportFileError for an unreadable file."""
    parsed, errors = parse_file(stream)
    report = ImportReport(rows=len(parsed) + len({error.line for error in errors}), dry_run=dry_run)
    report.errors = errors
    if errors:
        return report
    with transaction.atomic():
        apply_rows(parsed, report, user=user)
        Agency.objects.filter(licence_key__in=[row.key for row in parsed]).update(
            register_checked_at=timezone.now()
        )
        if dry_run:
            # Counting what would change means doing it; then nothing is kept.
            transaction.set_rollback(True)
        else:
            transaction.on_commit(empty_page_cache)
    return report


def empty_page_cache():
    # Destinations are set after each agency's save signal: empty the cache once more
    # after commit so no page keeps the state from halfway through the import.
    from portal.page_cache import bump_generation

    bump_generation()


def open_csv(path):
    """Text stream of a CSV file saved by a spreadsheet (UTF-8, with or without BOM)."""
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"the file is not UTF-8 (byte {error.start}): save it as 'CSV UTF-8'"
        ) from error
    return io.StringIO(text, newline="")
