"""`manage.py db_worker`: django-tasks-db's worker, made to survive a busy database.

This app is listed before django_tasks_db in INSTALLED_APPS, so this command replaces
theirs with the same options. Two additions (docs/deployment.md):

- A locked database (a long write elsewhere on SQLite) or a database that is briefly
  unreachable no longer ends the process: the worker waits, doubling the wait up to
  WORKER_RETRY_MAX_SECONDS, and carries on. Their loop only forgives a lock met while
  fetching a task, not one met when its transaction begins.
- A heartbeat thread records in the database every WORKER_HEARTBEAT_SECONDS that this
  worker is alive; the admin dashboard warns when no worker has been seen for two minutes.
"""

import logging
import os
import socket
import threading
import time

from django.conf import settings
from django.db import (
    DatabaseError,
    InterfaceError,
    OperationalError,
    close_old_connections,
    connections,
)
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands import db_worker
from django_tasks_db.utils import is_locked_database_exception

from orientation.operations.services import record_heartbeat

logger = logging.getLogger("orientation.operations.worker")

RETRY_FIRST_SECONDS = 1.0


def retry_max_seconds():
    return float(settings.WORKER_RETRY_MAX_SECONDS)


def heartbeat_seconds():
    return float(settings.WORKER_HEARTBEAT_SECONDS)


class ResilientWorker(db_worker.Worker):
    def run(self):
        delay = RETRY_FIRST_SECONDS
        while self.running:
            started = time.monotonic()
            try:
                return super().run()
            except (OperationalError, InterfaceError) as error:
                if time.monotonic() - started > retry_max_seconds():
                    delay = RETRY_FIRST_SECONDS  # it had been working: start the waits again
                if isinstance(error, OperationalError) and is_locked_database_exception(error):
                    logger.warning("Database is locked; the worker retries in %.0f s.", delay)
                else:
                    logger.error("Database error %r; the worker retries in %.0f s.", error, delay)
                # A fresh connection next time: this one may be broken (server restarted).
                for connection in connections.all(initialized_only=True):
                    if not connection.in_atomic_block:
                        connection.close()
                time.sleep(delay)
                delay = min(delay * 2, retry_max_seconds())
                self.startup_delay = False
        return None


class Heartbeat(threading.Thread):
    """Records "alive" every few seconds on its own database connection."""

    def __init__(self, worker_id, queues, interval):
        super().__init__(name="db-worker-heartbeat", daemon=True)
        self.worker_id = worker_id
        self.queues = queues
        self.interval = interval
        self.stopped = threading.Event()

    def beat(self):
        try:
            close_old_connections()
            record_heartbeat(
                worker_id=self.worker_id,
                hostname=socket.gethostname(),
                pid=os.getpid(),
                queues=self.queues,
            )
        except DatabaseError as error:
            # A locked or unreachable database: the next beat tries again, and meanwhile
            # the dashboard rightly shows the worker as not seen.
            logger.warning("Worker heartbeat not recorded: %r", error)

    def run(self):
        try:
            while True:
                self.beat()
                if self.stopped.wait(self.interval):
                    return
        finally:
            connections.close_all()


class Command(db_worker.Command):
    help = (
        "Runs queued background tasks (notifications first, then search indexing). "
        "Survives a locked or briefly unreachable database, and records a heartbeat that "
        "the admin dashboard shows."
    )

    def handle(self, *args, **options):
        heartbeat = Heartbeat(
            options["worker_id"], options["queue_name"] or "", heartbeat_seconds()
        )
        reloader_parent = (
            options["reload"]
            and not options["batch"]
            and os.environ.get(DJANGO_AUTORELOAD_ENV) != "true"
        )
        if not reloader_parent:  # with --reload (DEBUG) the child process runs the tasks
            heartbeat.start()
        original_worker = db_worker.Worker
        db_worker.Worker = ResilientWorker  # their handle() builds the worker by this name
        try:
            return super().handle(*args, **options)
        finally:
            db_worker.Worker = original_worker
            heartbeat.stopped.set()
