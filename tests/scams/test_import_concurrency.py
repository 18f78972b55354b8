"""A 30,000-row dry run on the production SQLite settings (a real file, WAL, IMMEDIATE
transactions) while another process stores complaints, each allowed to wait 2 s at most
for the write lock. Before the fix the dry run held the lock for its whole length (minutes for
the ministry's 100,000 rows, tens of seconds for these 30,000); `bench/register_csv.py` runs
the full size."""

import pytest

from bench.register_csv import dry_run_while_storing, write_register_csv

pytestmark = pytest.mark.slow


def test_complaints_are_stored_while_a_30000_row_dry_run_runs(tmp_path, sqlite_stack_sites):
    env = sqlite_stack_sites.new_site(tmp_path, demo=False)
    register = write_register_csv(tmp_path / "register.csv", rows=30_000)

    figures = dry_run_while_storing(env, register, busy_timeout=2.0)

    assert figures["import_returncode"] == 0, figures["import_output"]
    assert "30000 created" in figures["import_output"]
    assert figures["stored"] >= 1, figures["writer_errors"]
    assert figures["failed"] == 0, figures["failures"]
