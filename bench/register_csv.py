"""A large ministry-format register file, and complaints stored while it is imported.

    .venv/bin/python bench/register_csv.py [--rows 100000] [--databases sqlite,postgres]

prints, for each database, how many complaints a second process stored (of how many tried)
while `import_agencies --dry-run` checked the file, and the longest a complaint waited.
Each complaint gets a short lock wait (2 s): an import holding the write lock makes it fail.

Used by tests/scams/test_import_concurrency.py and by bench/faults.py:
`write_register_csv(path, rows)` writes a valid file (generated agencies, licence numbers
`BENCH-000001`...; no real agency), `dry_run_while_storing(env, path)` runs the import and the
complaint writer in child processes of a production environment (bench.stack).
"""

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stack import PYTHON, ROOT, manage, postgres_database, production_environment

STATUSES = ("licensed", "suspended", "revoked", "expired")
COLUMNS = (
    "licence_number",
    "name_latin",
    "name_km",
    "status",
    "valid_from",
    "valid_until",
    "destinations",
    "address",
    "phone",
    "reason",
)
WRITER_DESTINATION = "bench-destination"


def write_register_csv(path, rows=100_000, destinations=""):
    """A valid register file in the ministry's format (docs/scams.md) with `rows` generated
    agencies. `destinations` (e.g. "thailand;malaysia") must name destinations that exist."""
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for number in range(1, rows + 1):
            writer.writerow(
                (
                    f"BENCH-{number:06d}",
                    f"Generated Bench Agency {number}",
                    f"ភ្នាក់ងារសាកល្បង {number}",
                    STATUSES[number % len(STATUSES)],
                    "2024-01-01",
                    "2027-12-31",
                    destinations,
                    "",
                    "",
                    "",
                )
            )
    return Path(path)


# Run in a child process (`python bench/register_csv.py --store-complaints`): stores one
# complaint every `interval` seconds until its standard input closes, one JSON line each.
def store_complaints(busy_timeout, interval):
    import django

    django.setup()
    from django.db import connection

    from orientation.complaints.services import complaint_submit
    from orientation.destinations.models import Destination

    destination, _ = Destination.objects.get_or_create(
        slug=WRITER_DESTINATION,
        defaults={"name_en": "Bench", "name_km": "សាកល្បង", "currency_code": "USD"},
    )
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            # A complaint that waits longer than this for the write lock fails: the figure
            # that shows whether the import holds the lock.
            cursor.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
        else:
            cursor.execute(f"SET lock_timeout = {int(busy_timeout * 1000)}")
    print(json.dumps({"ready": True}), flush=True)

    import select

    while True:
        readable, _, _ = select.select([sys.stdin], [], [], interval)
        if readable and not sys.stdin.readline():
            return
        started = time.monotonic()
        try:
            receipt = complaint_submit(
                destination=destination,
                description="Stored while the register is imported.",
                consent=True,
                language="km",
            )
            result = {"stored": receipt.reference}
        except Exception as error:  # reported: this is what is measured
            result = {"failed": f"{type(error).__name__}: {error}"}
        result["seconds"] = round(time.monotonic() - started, 3)
        print(json.dumps(result), flush=True)


def dry_run_while_storing(env, csv_path, busy_timeout=2.0, interval=0.2, dry_run=True):
    """Run `import_agencies --dry-run` (or, with dry_run=False, the real import) while another
    process stores complaints. Returns the import's exit status and seconds, and the
    complaints stored and failed meanwhile."""
    writer = subprocess.Popen(
        [
            PYTHON,
            "bench/register_csv.py",
            "--store-complaints",
            f"--busy-timeout={busy_timeout}",
            f"--interval={interval}",
        ],
        cwd=ROOT,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        ready = writer.stdout.readline()
        if not ready.strip():
            raise RuntimeError("the complaint writer did not start:\n" + writer.stderr.read())
        started = time.monotonic()
        result = subprocess.run(
            [PYTHON, "manage.py", "import_agencies", str(csv_path)]
            + (["--dry-run"] if dry_run else []),
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        import_seconds = time.monotonic() - started
    finally:
        output, errors = writer.communicate(timeout=60)  # closes its stdin: it stops
    lines = [json.loads(line) for line in output.splitlines() if line.strip()]
    stored = [line for line in lines if "stored" in line]
    failed = [line for line in lines if "failed" in line]
    return {
        "import_returncode": result.returncode,
        "import_output": (result.stdout + result.stderr).strip()[-2000:],
        "import_seconds": round(import_seconds, 1),
        "stored": len(stored),
        "failed": len(failed),
        "failures": [line["failed"] for line in failed][:5],
        "longest_complaint_seconds": max((line["seconds"] for line in lines), default=0),
        "writer_errors": errors.strip()[-2000:],
    }


def run(label, env, rows, dry_run=True):
    manage(env, "migrate", "--noinput")
    with tempfile.TemporaryDirectory() as folder:
        path = write_register_csv(Path(folder) / "register.csv", rows)
        figures = dry_run_while_storing(env, path, dry_run=dry_run)
    kind = "dry run" if dry_run else "import (writing)"
    print(
        f"{label}: {rows:,}-row {kind} took {figures['import_seconds']} s "
        f"(exit {figures['import_returncode']}); complaints stored meanwhile: "
        f"{figures['stored']} of {figures['stored'] + figures['failed']}, longest "
        f"{figures['longest_complaint_seconds']} s"
    )
    for failure in figures["failures"]:
        print("  failed:", failure)
    return figures


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--databases", default="sqlite,postgres", help="comma-separated")
    parser.add_argument(
        "--write", action="store_true", help="run the real import instead of a dry run"
    )
    parser.add_argument("--store-complaints", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--busy-timeout", type=float, default=2.0, help=argparse.SUPPRESS)
    parser.add_argument("--interval", type=float, default=0.2, help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    if arguments.store_complaints:
        store_complaints(arguments.busy_timeout, arguments.interval)
        return
    databases = arguments.databases.split(",")
    if "sqlite" in databases:
        with tempfile.TemporaryDirectory() as folder:
            run("SQLite", production_environment(folder), arguments.rows, not arguments.write)
    if "postgres" in databases:
        with tempfile.TemporaryDirectory() as folder, postgres_database("register_bench") as url:
            env = production_environment(folder, DATABASE_URL=url)
            run("PostgreSQL", env, arguments.rows, not arguments.write)


if __name__ == "__main__":
    main()
