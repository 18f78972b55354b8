"""Notifications to officers run before the search-index tasks queued ahead of them."""

import pytest
from django.core import mail
from django_tasks_db.management.commands import db_worker
from django_tasks_db.models import DBTaskResult
from modelsearch.tasks import insert_or_update_object_task

from orientation.complaints.models import Notification
from orientation.complaints.services import complaint_submit
from orientation.destinations.models import Destination
from orientation.scams.models import Agency
from tests.complaints.factories import OfficerFactory

pytestmark = pytest.mark.django_db


def batch_worker(worker_class, max_tasks=None):
    """A worker in batch mode on the default queue, as `db_worker --batch` makes it."""
    return worker_class(
        queue_names=["default"],
        interval=0,
        batch=True,
        backend_name="default",
        startup_delay=False,
        max_tasks=max_tasks,
        worker_id="test-worker",
        excluded_queue_names=[],
    )


def test_a_notification_runs_before_200_index_tasks_queued_earlier(
    settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker closes stale connections between tasks; inside the test's transaction
    # that would end the test's own connection.
    monkeypatch.setattr(db_worker, "close_old_connections", lambda: None)
    agency = Agency.objects.create(licence_number="PRIO-1", name_latin="Priority test")
    DBTaskResult.objects.all().delete()
    for _ in range(200):  # what a register import or a bulk publish leaves in the queue
        insert_or_update_object_task.enqueue("scams", "agency", str(agency.pk))
    OfficerFactory(username="thai", destinations=["thailand"])
    with django_capture_on_commit_callbacks(execute=True):
        complaint_submit(
            destination=Destination.objects.get(slug="thailand"),
            description="Wages not paid.",
        )
    assert DBTaskResult.objects.ready().count() == 201

    batch_worker(db_worker.Worker, max_tasks=1).run()

    assert Notification.objects.get().state == Notification.State.SENT
    assert len(mail.outbox) == 1
    done = DBTaskResult.objects.exclude(status="READY").get()
    assert done.task_path.endswith("deliver_notification")
    assert DBTaskResult.objects.ready().count() == 200


def test_the_worker_waits_and_carries_on_after_a_locked_database(monkeypatch):
    from django.db import OperationalError

    from orientation.operations.management.commands import db_worker as ours

    calls, sleeps = [], []

    def locked_once(self):
        calls.append(1)
        if len(calls) < 3:
            raise OperationalError("database is locked")
        return "finished"

    monkeypatch.setattr(db_worker.Worker, "run", locked_once)
    monkeypatch.setattr(ours.time, "sleep", sleeps.append)
    worker = batch_worker(ours.ResilientWorker)
    assert worker.run() == "finished"
    assert len(calls) == 3
    assert sleeps == [1.0, 2.0]  # waits that double


def test_other_errors_still_stop_the_worker(monkeypatch):
    from orientation.operations.management.commands import db_worker as ours

    def broken(self):
        raise ValueError("a bug")

    monkeypatch.setattr(db_worker.Worker, "run", broken)
    worker = batch_worker(ours.ResilientWorker)
    with pytest.raises(ValueError):
        worker.run()
