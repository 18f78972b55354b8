import datetime
import re

import pytest
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from orientation.operations.models import WorkerHeartbeat
from orientation.operations.selectors import worker_health
from orientation.operations.services import record_heartbeat
from tests.complaints.factories import OfficerFactory, SupervisorFactory

pytestmark = pytest.mark.django_db


def beat(seconds_ago):
    record_heartbeat(
        worker_id="w1",
        hostname="host",
        pid=1,
        now=timezone.now() - datetime.timedelta(seconds=seconds_ago),
    )


def dashboard(client, user):
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_a_worker_not_seen_for_ten_minutes_is_a_warning_for_supervisors(client):
    beat(600)
    page = dashboard(client, SupervisorFactory())
    assert 'data-worker-warning="stale"' in page
    seconds = re.search(r'data-last-seen-seconds="(\d+)"', page)
    assert seconds and int(seconds.group(1)) >= 600


def test_a_worker_never_seen_is_a_warning(client):
    page = dashboard(client, SupervisorFactory())
    assert 'data-worker-warning="never"' in page
    assert "មិនធ្លាប់ឃើញដំណើរការផ្ទៃខាងក្រោយ" in page  # the admin speaks Khmer by default


def test_a_live_worker_shows_without_warning_with_the_queue(client):
    beat(5)
    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="orientation.complaints.tasks.deliver_notification",
        backend_name="default",
        run_after=timezone.now(),
    )
    page = dashboard(client, SupervisorFactory())
    assert "data-worker-warning" not in page
    assert 'data-last-seen-seconds="' in page
    assert 'data-tasks-waiting="1"' in page


def test_officers_do_not_get_the_panel(client):
    page = dashboard(client, OfficerFactory(destinations=["thailand"]))
    assert "worker-health-panel" not in page


def test_heartbeat_updates_one_row_per_worker():
    beat(300)
    beat(0)
    assert WorkerHeartbeat.objects.count() == 1
    assert not worker_health().worker_stale


def test_failed_tasks_of_the_last_day_are_counted():
    DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="orientation.complaints.tasks.deliver_notification",
        backend_name="default",
        run_after=timezone.now(),
        status="FAILED",
        finished_at=timezone.now(),
    )
    assert worker_health().failed_last_day == 1


def test_ages_are_told_in_words_of_the_officers_language(client):
    """An hour-old queue reads "1 hour" (Khmer: "1 ម៉ោង"), not 3600 seconds."""
    beat(2 * 3600)
    task = DBTaskResult.objects.create(
        args_kwargs={"args": [], "kwargs": {}},
        task_path="orientation.complaints.tasks.deliver_notification",
        backend_name="default",
        run_after=timezone.now(),
    )
    # enqueued_at is set on creation: move it back as time would.
    DBTaskResult.objects.filter(pk=task.pk).update(
        enqueued_at=timezone.now() - datetime.timedelta(minutes=90)
    )
    # Django keeps number and unit together with a no-break space.
    page = dashboard(client, SupervisorFactory()).replace("\xa0", " ")
    assert "2 ម៉ោង" in page  # the worker last seen two hours ago
    assert "1 ម៉ោង, 30 នាទី" in page  # the oldest task waiting
    panel = page.split('id="worker-health-heading"', 1)[1].split("</section>", 1)[0]
    assert "seconds" not in panel and "វិនាទី" not in panel
