"""`manage.py db_worker` on the production SQLite settings, with another connection holding
the write lock for longer than the busy timeout (2 s here, 20 s by default): the worker waits
and carries on."""

import sqlite3
import subprocess
import time

import pytest

from bench.stack import PYTHON, ROOT, manage

pytestmark = pytest.mark.slow


def wait_for(condition, worker, what, limit=120):
    # A guard against hanging forever, not a measured time.
    deadline = time.monotonic() + limit
    while not condition():
        if worker.poll() is not None:
            return
        if time.monotonic() > deadline:
            pytest.fail(f"still waiting for {what}")
        time.sleep(0.5)


def task_statuses(database):
    with sqlite3.connect(database, timeout=30) as connection:
        return [
            row[0]
            for row in connection.execute("SELECT status FROM django_tasks_database_dbtaskresult")
        ]


def heartbeats(database):
    with sqlite3.connect(database, timeout=30) as connection:
        return connection.execute("SELECT count(*) FROM operations_workerheartbeat").fetchone()[0]


def test_a_locked_database_does_not_stop_the_worker(tmp_path, sqlite_stack_sites):
    env = sqlite_stack_sites.new_site(
        tmp_path, demo=False, WORKER_HEARTBEAT_SECONDS=1, SQLITE_BUSY_SECONDS=2
    )
    database = tmp_path / "portal.sqlite3"
    manage(
        env,
        "shell",
        "-c",
        "from orientation.complaints.tasks import deliver_notification; "
        "deliver_notification.enqueue(999999)",
    )
    lock = sqlite3.connect(database, isolation_level=None)
    lock.execute("BEGIN IMMEDIATE")  # what a long import transaction used to do
    log_path = tmp_path / "worker.log"
    with open(log_path, "w") as log:
        worker = subprocess.Popen(
            [
                PYTHON,
                "manage.py",
                "db_worker",
                "--interval=0.2",
                "--no-startup-delay",
                "--no-reload",
            ],
            cwd=ROOT,
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
    try:
        wait_for(lambda: "the worker retries" in log_path.read_text(), worker, "a lock error")
        assert worker.poll() is None, log_path.read_text()
        assert task_statuses(database) == ["READY"]

        lock.execute("ROLLBACK")
        wait_for(lambda: task_statuses(database) == ["SUCCESSFUL"], worker, "the task")
        wait_for(lambda: heartbeats(database) == 1, worker, "a heartbeat")
        assert worker.poll() is None, log_path.read_text()
        assert task_statuses(database) == ["SUCCESSFUL"]
        assert heartbeats(database) == 1
    finally:
        lock.close()
        worker.terminate()
        worker.wait(timeout=30)
