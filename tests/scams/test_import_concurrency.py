"""A 100,000-row dry run on the production SQLite settings (a real file, WAL, IMMEDIATE
transactions) while another process stores complaints, each allowed to wait 2 s at most
for the write lock. Before the fix the dry run held the lock for minutes."""

import pytest

from bench.register_csv import dry_run_while_storing, write_register_csv
from bench.stack import manage, production_environment

pytestmark = pytest.mark.slow


def test_complaints_are_stored_while_a_100000_row_dry_run_runs(tmp_path):
    env = production_environment(tmp_path)
    manage(env, "migrate", "--noinput")
    register = write_register_csv(tmp_path / "register.csv", rows=100_000)

    figures = dry_run_while_storing(env, register, busy_timeout=2.0)

    assert figures["import_returncode"] == 0, figures["import_output"]
    assert "100000 created" in figures["import_output"]
    assert figures["stored"] >= 1, figures["writer_errors"]
    assert figures["failed"] == 0, figures["failures"]
