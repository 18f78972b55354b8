"""The ministry's agency register, read from its CSV export: all rows or none.

Every row is checked before anything is written, and every bad row is reported with its
line number and reason, so an editor fixes the spreadsheet once instead of row by row.
The check only reads the database: on SQLite any transaction takes the single write lock
(IMMEDIATE mode), and a long one would make every complaint wait. The rows are then written
in short transactions of a few hundred rows. Columns and limits are in docs/scams.md.
"""

import csv
import datetime
import io
import os
import time
from dataclasses import dataclass, field

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone

from orientation.core.content_generation import bump_generation
from orientation.core.text import normalise_text, text_key
from orientation.destinations.models import Destination

from .models import Agency, AgencyStatus
from .normalise import licence_key
from .services import agency_save, mark_register_checked

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
# Keys per `IN (...)` query: under every database's limit on query parameters.
KEY_QUERY_CHUNK = 500
SQLITE_PAUSE_SECONDS = 0.12


def import_limit(name):
    """AGENCY_IMPORT_MAX_BYTES, _MAX_ROWS or _BATCH_ROWS (settings/base.py, docs/scams.md)."""
    return int(getattr(settings, name))


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
    text = normalise_text(text)
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
                lookup[text_key(name)] = destination.id
    return lookup


def split_destinations(text):
    text = normalise_text(text)
    for separator in DESTINATION_SEPARATORS:
        text = text.replace(separator, ";")
    return [part.strip() for part in text.split(";") if part.strip()]


def read_rows(stream):
    """(line number, row dict) for each record; the header is line 1."""
    reader = csv.DictReader(stream)
    if reader.fieldnames is None:
        raise ImportFileError("the file is empty")
    columns = [normalise_text(name).lower() for name in reader.fieldnames]
    reader.fieldnames = columns
    missing = [name for name in REQUIRED_COLUMNS if name not in columns]
    if missing:
        raise ImportFileError("missing column(s): " + ", ".join(missing))
    unknown = [name for name in columns if name not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if unknown:
        raise ImportFileError("unknown column(s): " + ", ".join(unknown))
    max_rows = import_limit("AGENCY_IMPORT_MAX_ROWS")
    count = 0
    while True:
        line = reader.line_num + 1
        try:
            row = next(reader)
        except StopIteration:
            return
        if not any(normalise_text(value) for value in row.values() if isinstance(value, str)):
            continue  # blank lines at the end of spreadsheets
        count += 1
        if count > max_rows:
            raise ImportFileError(
                f"more than {max_rows} rows (the limit, setting AGENCY_IMPORT_MAX_ROWS): "
                "split the file, or ask the administrator to raise the limit"
            )
        yield line, row


def parse_row(line, row, destinations):
    """A ParsedRow, or the list of every reason the row is bad."""
    problems = []
    if None in row:
        problems.append("more cells than columns")
    licence_number = normalise_text(row.get("licence_number"))
    key = licence_key(licence_number)
    if not key:
        problems.append("missing licence number")
    elif len(licence_number) > 64:
        problems.append("licence number longer than 64 characters")
    name_latin = normalise_text(row.get("name_latin"))
    if not name_latin:
        problems.append("missing name_latin")
    status = normalise_text(row.get("status")).lower()
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
                f"bad date in {column}: '{normalise_text(row.get(column))}' (use YYYY-MM-DD)"
            )
    starts, ends = dates.get("valid_from"), dates.get("valid_until")
    if starts and ends and ends < starts:
        problems.append("valid_until is before valid_from")
    destination_ids = []
    for name in split_destinations(row.get("destinations")):
        destination_id = destinations.get(text_key(name))
        if destination_id is None:
            problems.append(f"unknown destination '{name}'")
        elif destination_id not in destination_ids:
            destination_ids.append(destination_id)
    if problems:
        return problems
    phone = normalise_text(row.get("phone"))
    return ParsedRow(
        line=line,
        licence_number=licence_number,
        key=key,
        values={
            "name_latin": name_latin[:255],
            "name_km": normalise_text(row.get("name_km"))[:255],
            "status": status,
            "valid_from": dates["valid_from"],
            "valid_until": dates["valid_until"],
            "address": normalise_text(row.get("address")),
            "phone": phone[:40],
            "phone_verified": bool(phone),
            "phone_source": PHONE_SOURCE if phone else "",
        },
        destination_ids=destination_ids,
        reason=normalise_text(row.get("reason"))[:500] or DEFAULT_REASON,
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


def existing_agencies(keys):
    """licence key -> Agency (with destinations) for the given keys, read in chunks so that
    no query passes a database's limit on parameters. Reads only: no lock is taken."""
    keys = list(keys)
    found = {}
    for start in range(0, len(keys), KEY_QUERY_CHUNK):
        chunk = keys[start : start + KEY_QUERY_CHUNK]
        for agency in Agency.objects.filter(licence_key__in=chunk).prefetch_related("destinations"):
            found[agency.licence_key] = agency
    return found


def row_changes(row, agency):
    """What writing this row would do to the agency as it stands: "created", "updated" or
    "unchanged", and whether the status changes."""
    if agency is None:
        return "created", True
    changed = any(getattr(agency, name) != value for name, value in row.values.items())
    changed |= sorted(d.id for d in agency.destinations.all()) != sorted(row.destination_ids)
    if not changed:
        return "unchanged", False
    return "updated", agency.status != row.values["status"]


def plan(parsed, report):
    """Count what the import would change, with reads only (the dry run stops here)."""
    for start in range(0, len(parsed), KEY_QUERY_CHUNK):
        chunk = parsed[start : start + KEY_QUERY_CHUNK]
        existing = existing_agencies(row.key for row in chunk)
        for row in chunk:
            outcome, status_changed = row_changes(row, existing.get(row.key))
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.status_changes += status_changed


def write_batch(rows, report, *, user, checked_at, seconds):
    """One short transaction: rows from the start of `rows`, until all are written or the
    batch has held the transaction for `seconds`, and their register stamp. Returns how many
    rows it took (at least one). Compares with the database inside the transaction, so rows
    that an interrupted run already wrote are found unchanged and only stamped again."""
    started = time.monotonic()
    with transaction.atomic():
        existing = existing_agencies(row.key for row in rows)
        done = 0
        for row in rows:
            done += 1
            agency = existing.get(row.key)
            outcome, status_changed = row_changes(row, agency)
            setattr(report, outcome, getattr(report, outcome) + 1)
            report.status_changes += status_changed
            if outcome != "unchanged":
                if agency is None:
                    agency = Agency(licence_number=row.licence_number)
                for name, value in row.values.items():
                    setattr(agency, name, value)
                agency_save(
                    agency,
                    user=user,
                    reason=row.reason,
                    source="import",
                    destinations=row.destination_ids,
                )
            if time.monotonic() - started > seconds:
                break
        mark_register_checked([row.key for row in rows[:done]], checked_at)
    return done


def write_rows(parsed, report, *, user=None):
    """Write in short transactions (AGENCY_IMPORT_BATCH_ROWS rows, or fewer when they take
    longer than AGENCY_IMPORT_BATCH_SECONDS), so any other writer (a complaint, the task
    worker) waits a fraction of a second at most, however loaded the machine."""
    batch_rows = import_limit("AGENCY_IMPORT_BATCH_ROWS")
    seconds = float(settings.AGENCY_IMPORT_BATCH_SECONDS)
    checked_at = timezone.now()
    sqlite = connection.vendor == "sqlite"
    position = 0
    while position < len(parsed):
        position += write_batch(
            parsed[position : position + batch_rows],
            report,
            user=user,
            checked_at=checked_at,
            seconds=seconds,
        )
        if sqlite:
            # SQLite has one write lock, and a writer waiting for it polls every 100 ms:
            # pause longer than that so it gets the lock before the next batch takes it.
            time.sleep(SQLITE_PAUSE_SECONDS)


def import_agencies(stream, *, dry_run=False, user=None):
    """Check every row with reads only; if any row is bad, write nothing. Otherwise write
    the rows in short transactions (see write_rows); a dry run only counts what would change,
    without opening any transaction. Returns an ImportReport; raises ImportFileError for an
    unreadable or too large file."""
    parsed, errors = parse_file(stream)
    report = ImportReport(rows=len(parsed) + len({error.line for error in errors}), dry_run=dry_run)
    report.errors = errors
    if errors:
        return report
    if dry_run:
        plan(parsed, report)
        return report
    write_rows(parsed, report, user=user)
    empty_page_cache()
    return report


def empty_page_cache():
    # Destinations are set after each agency's save signal: empty the cache once more
    # after commit so no page keeps the state from halfway through the import.
    bump_generation()


def open_csv(path):
    """Text stream of a CSV file saved by a spreadsheet (UTF-8, with or without BOM).
    A file above AGENCY_IMPORT_MAX_BYTES is refused before it is read."""
    size, limit = os.path.getsize(path), import_limit("AGENCY_IMPORT_MAX_BYTES")
    if size > limit:
        raise ImportFileError(
            f"the file is {size / 1_000_000:.1f} MB, above the limit of "
            f"{limit / 1_000_000:.1f} MB (setting AGENCY_IMPORT_MAX_BYTES): split the file, "
            "or ask the administrator to raise the limit"
        )
    with open(path, "rb") as handle:
        data = handle.read()
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise ImportFileError(
            f"the file is not UTF-8 (byte {error.start}): save it as 'CSV UTF-8'"
        ) from error
    return io.StringIO(text, newline="")
