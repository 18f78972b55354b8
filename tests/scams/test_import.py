from pathlib import Path

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import ModelLogEntry

from orientation.scams.models import Agency, AgencyStatus, AgencyStatusChange
from orientation.scams.services import STATUS_CHANGE_ACTION

pytestmark = pytest.mark.django_db

HEADER = "licence_number,name_latin,name_km,status,valid_from,valid_until,destinations,address,phone,reason\n"
SAMPLE = Path(__file__).resolve().parents[2] / "orientation/scams/samples/agencies_sample.csv"


def write_csv(tmp_path, body, name="register.csv", header=HEADER, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes((header + body).encode(encoding))
    return str(path)


def run_import(path, *arguments):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command("import_agencies", path, *arguments, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def import_errors(path):
    from io import StringIO

    err = StringIO()
    with pytest.raises(CommandError) as raised:
        call_command("import_agencies", path, stdout=StringIO(), stderr=err)
    return err.getvalue(), str(raised.value)


def test_the_sample_file_imports(home_km):
    out, _err = run_import(str(SAMPLE))
    assert "5 created" in out
    agencies = Agency.objects.filter(licence_number__startswith="DEMO-01")
    assert agencies.count() == 5
    assert set(agencies.values_list("status", flat=True)) == set(AgencyStatus.values)
    japan_agency = Agency.objects.get(licence_number="DEMO-0102")
    assert sorted(d.slug for d in japan_agency.destinations.all()) == [
        "hong-kong",
        "japan",
        "singapore",
    ]
    assert japan_agency.name_km == "ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍ ១០២"
    # Each agency's entry into the register is its first history row.
    assert AgencyStatusChange.objects.filter(source="import", from_status="").count() == 5


def test_good_file_with_bom_day_first_dates_and_destination_names(home_km, tmp_path):
    path = write_csv(
        tmp_path,
        "demo 0201,Demo Recruitment Agency 201,,Licensed,01/02/2025,31/01/2028,Thailand; ប្រទេសជប៉ុន,,,\n",
        encoding="utf-8-sig",
    )
    run_import(path)
    agency = Agency.objects.get(licence_key="DEMO0201")
    assert agency.status == AgencyStatus.LICENSED
    assert agency.valid_from.isoformat() == "2025-02-01"
    assert sorted(d.slug for d in agency.destinations.all()) == ["japan", "thailand"]


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        (",Demo Recruitment Agency 9,,licensed,,,thailand,,,", "missing licence number"),
        (
            "DEMO-0009,Demo Recruitment Agency 9,,licensed,,,atlantis,,,",
            "unknown destination 'atlantis'",
        ),
        (
            "DEMO-0009,Demo Recruitment Agency 9,,licensed,2025-13-45,,thailand,,,",
            "bad date in valid_from",
        ),
        (
            "DEMO-0009,Demo Recruitment Agency 9,,licensed,,next year,thailand,,,",
            "bad date in valid_until",
        ),
        ("DEMO-0009,Demo Recruitment Agency 9,,closed,,,thailand,,,", "unknown status 'closed'"),
        ("DEMO-0009,Demo Recruitment Agency 9,,,,,thailand,,,", "missing status"),
        ("DEMO-0009,,,licensed,,,thailand,,,", "missing name_latin"),
        (
            "DEMO-0009,Demo Recruitment Agency 9,,licensed,2026-01-01,2025-01-01,,,,",
            "valid_until is before valid_from",
        ),
    ],
)
def test_each_kind_of_bad_row_is_reported_with_its_line_and_nothing_is_written(
    home_km, tmp_path, row, reason
):
    good = "DEMO-0008,Demo Recruitment Agency 8,,licensed,,,thailand,,,\n"
    path = write_csv(tmp_path, good + row + "\n")
    err, message = import_errors(path)
    assert f"line 3: {reason}" in err
    assert "nothing was imported" in message
    assert not Agency.objects.exists()


def test_duplicate_licence_numbers_are_reported_whatever_their_spelling(home_km, tmp_path):
    path = write_csv(
        tmp_path,
        "DEMO-0010,Demo Recruitment Agency 10,,licensed,,,,,,\n"
        "DEMO-0011,Demo Recruitment Agency 11,,licensed,,,,,,\n"
        "demo 0010,Demo Recruitment Agency 10 again,,licensed,,,,,,\n",
    )
    err, _message = import_errors(path)
    assert "line 4: duplicate licence number demo 0010 (already on line 2)" in err
    assert not Agency.objects.exists()


def test_every_bad_row_is_reported_not_only_the_first(home_km, tmp_path):
    path = write_csv(
        tmp_path,
        ",Demo 1,,licensed,,,,,,\n"
        "DEMO-0012,Demo 2,,licensed,,,,,,\n"
        "DEMO-0013,Demo 3,,licensed,bad,,mars,,,\n",
    )
    err, message = import_errors(path)
    assert "line 2: missing licence number" in err
    assert "line 4: bad date in valid_from" in err
    assert "line 4: unknown destination 'mars'" in err
    assert "3 problem(s)" in message


def test_line_numbers_count_multi_line_cells(home_km, tmp_path):
    path = write_csv(
        tmp_path,
        'DEMO-0014,Demo 14,,licensed,,,,"Street 1\nPhnom Penh",,\n'
        "DEMO-0015,Demo 15,,licensed,,,pluto,,,\n",
    )
    err, _message = import_errors(path)
    assert "line 4: unknown destination 'pluto'" in err


def test_missing_or_unknown_columns_stop_the_import(home_km, tmp_path):
    path = write_csv(tmp_path, "Demo,licensed\n", header="name_latin,status\n")
    with pytest.raises(CommandError, match="missing column"):
        run_import(path)
    path = write_csv(
        tmp_path, "DEMO-1,Demo,licensed,x\n", header="licence_number,name_latin,status,colour\n"
    )
    with pytest.raises(CommandError, match="unknown column"):
        run_import(path)


def test_a_file_that_is_not_utf8_is_refused_clearly(home_km, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(HEADER.encode() + "DEMO-1,Démo,,licensed,,,,,,\n".encode("latin-1"))
    with pytest.raises(CommandError, match="not UTF-8"):
        run_import(str(path))


def test_missing_file(home_km, tmp_path):
    with pytest.raises(CommandError, match="no such file"):
        run_import(str(tmp_path / "nope.csv"))


def test_dry_run_writes_nothing_but_reports_what_would_change(home_km):
    out, _err = run_import(str(SAMPLE), "--dry-run")
    assert "Dry run" in out and "5 created" in out
    assert not Agency.objects.exists()
    assert not AgencyStatusChange.objects.exists()
    assert not ModelLogEntry.objects.filter(action=STATUS_CHANGE_ACTION).exists()


def test_reimport_updates_by_licence_number_and_records_status_changes(home_km, tmp_path):
    run_import(str(SAMPLE))
    path = write_csv(
        tmp_path,
        "demo-0101,Demo Recruitment Agency 101,,suspended,2025-01-01,2027-12-31,thailand,,,Demo: ministry decision\n"
        "DEMO-0102,Demo Recruitment Agency 102 renamed,ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍ ១០២,licensed,2025-06-01,2028-05-31,japan;singapore;hong-kong,,,\n"
        "DEMO-0105,Demo Recruitment Agency 105,ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍ ១០៥,expired,2021-01-01,2024-12-31,saudi-arabia;kuwait;qatar,,,\n",
    )
    out, _err = run_import(path)
    assert "0 created, 2 updated, 1 unchanged, 1 status change(s)" in out
    suspended = Agency.objects.get(licence_number="DEMO-0101")
    assert suspended.status == AgencyStatus.SUSPENDED
    assert [d.slug for d in suspended.destinations.all()] == ["thailand"]
    change = suspended.status_changes.first()
    assert (change.from_status, change.to_status, change.reason, change.source) == (
        "licensed",
        "suspended",
        "Demo: ministry decision",
        "import",
    )
    assert Agency.objects.get(licence_number="DEMO-0102").name_latin.endswith("renamed")
    assert Agency.objects.count() == 5  # agencies missing from the file are left alone
    log = ModelLogEntry.objects.filter(
        action=STATUS_CHANGE_ACTION, object_id=str(suspended.pk)
    ).latest("timestamp")
    assert log.data["to"] == "suspended"


def test_every_listed_agency_is_marked_checked_even_when_unchanged(home_km, client, tmp_path):
    import time_machine

    with time_machine.travel("2026-03-01 09:00", tick=False):
        run_import(str(SAMPLE))
    path = write_csv(
        tmp_path,
        "DEMO-0105,Demo Recruitment Agency 105,ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍ ១០៥,expired,2021-01-01,2024-12-31,saudi-arabia;kuwait;qatar,,,\n",
    )
    with time_machine.travel("2026-06-15 09:00", tick=False):
        out, _err = run_import(path)
    assert "1 unchanged" in out
    unchanged = Agency.objects.get(licence_number="DEMO-0105")
    not_in_file = Agency.objects.get(licence_number="DEMO-0101")
    assert unchanged.register_checked_at.date().isoformat() == "2026-06-15"
    assert not_in_file.register_checked_at.date().isoformat() == "2026-03-01"

    page = client.get(unchanged.get_url()).content.decode()
    assert 'data-register-checked="2026-06-15"' in page


def test_dry_run_marks_nothing_checked(home_km, client):
    from orientation.scams.services import agency_save

    agency_save(Agency(licence_number="DEMO-0101", name_latin="Entered by hand"))
    run_import(str(SAMPLE), "--dry-run")
    agency = Agency.objects.get(licence_number="DEMO-0101")
    assert agency.register_checked_at is None
    page = client.get(agency.get_url()).content.decode()
    assert "data-register-checked" not in page
    assert 'class="last-reviewed"' in page  # says it was entered by hand, and when


def test_migration_dates_agencies_imported_before_the_field_existed(home_km):
    from importlib import import_module

    import time_machine
    from django.apps import apps

    from orientation.scams.services import agency_save

    with time_machine.travel("2026-02-01 09:00", tick=False):
        run_import(str(SAMPLE))
    agency_save(Agency(licence_number="DEMO-0999", name_latin="Entered by hand"))
    Agency.objects.update(register_checked_at=None)  # as before the field existed

    migration = import_module("orientation.scams.migrations.0003_agency_register_checked_at")
    migration.date_of_last_import_change(apps, None)

    imported = Agency.objects.get(licence_number="DEMO-0101")
    assert imported.register_checked_at.date().isoformat() == "2026-02-01"
    assert Agency.objects.get(licence_number="DEMO-0999").register_checked_at is None


def test_a_dry_run_opens_no_transaction(home_km, monkeypatch):
    # On SQLite (IMMEDIATE mode) any transaction takes the one write lock at once: a dry run
    # of a large file inside one made every complaint wait, then fail.
    from django.db import transaction

    def refuse(self):
        raise AssertionError("a dry run opened a transaction")

    monkeypatch.setattr(transaction.Atomic, "__enter__", refuse)
    out, _err = run_import(str(SAMPLE), "--dry-run")
    assert "5 created" in out


def test_rows_are_written_in_short_transactions(home_km, settings, monkeypatch):
    from django.db import transaction

    settings.AGENCY_IMPORT_BATCH_ROWS = 2
    opened = []
    enter = transaction.Atomic.__enter__

    def counting_enter(self):
        opened.append(transaction.get_connection().in_atomic_block)
        return enter(self)

    monkeypatch.setattr(transaction.Atomic, "__enter__", counting_enter)
    run_import(str(SAMPLE))
    assert Agency.objects.count() == 5
    # Outermost blocks of the import (the test's own transaction aside): one per batch of 2.
    outer = [depth for depth in opened if depth is True]
    assert len(opened) > 3 and len(outer) >= 3


def test_an_import_that_dies_midway_is_completed_by_the_next_run(home_km, settings, monkeypatch):
    import orientation.scams.importer as importer

    settings.AGENCY_IMPORT_BATCH_ROWS = 2
    settings.AGENCY_IMPORT_BATCH_SECONDS = 600  # batches of exactly two rows
    real_save, saved = importer.agency_save, []

    def dies_on_the_third_agency(agency, **kwargs):
        if len(saved) == 2:
            raise KeyboardInterrupt("the process was stopped")
        saved.append(agency.licence_number)
        return real_save(agency, **kwargs)

    monkeypatch.setattr(importer, "agency_save", dies_on_the_third_agency)
    with pytest.raises(KeyboardInterrupt):
        run_import(str(SAMPLE))
    assert Agency.objects.count() == 2  # the first batch stays; the second was rolled back

    monkeypatch.setattr(importer, "agency_save", real_save)
    out, _err = run_import(str(SAMPLE))
    assert "3 created, 0 updated, 2 unchanged" in out
    assert Agency.objects.count() == 5
    assert AgencyStatusChange.objects.count() == 5  # one entry each, none twice
    assert not Agency.objects.filter(register_checked_at=None).exists()


def test_a_file_above_the_size_limit_is_refused_before_reading(home_km, settings):
    settings.AGENCY_IMPORT_MAX_BYTES = 100
    _err, message = import_errors(str(SAMPLE))
    assert "above the limit" in message and "AGENCY_IMPORT_MAX_BYTES" in message
    assert not Agency.objects.exists()


def test_a_file_with_too_many_rows_is_refused(home_km, settings):
    settings.AGENCY_IMPORT_MAX_ROWS = 3
    _err, message = import_errors(str(SAMPLE))
    assert "more than 3 rows" in message and "AGENCY_IMPORT_MAX_ROWS" in message
    assert not Agency.objects.exists()


def test_a_batch_that_takes_too_long_is_committed_early(home_km, settings, monkeypatch):
    # On a loaded machine 200 rows may take seconds: the batch ends at its time budget.
    from django.db import transaction

    settings.AGENCY_IMPORT_BATCH_SECONDS = 0
    outer = []
    enter = transaction.Atomic.__enter__

    def counting_enter(self):
        connection = transaction.get_connection()
        outer.append(len(connection.atomic_blocks) == 1)  # only the test's own block open
        return enter(self)

    monkeypatch.setattr(transaction.Atomic, "__enter__", counting_enter)
    out, _err = run_import(str(SAMPLE))
    assert "5 created" in out
    assert outer.count(True) == 5  # one transaction per row
