import smtplib

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command

from orientation.complaints.models import Complaint, Notification
from orientation.complaints.services import complaint_submit
from orientation.destinations.models import Destination

from .factories import ComplaintFactory, OfficerFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

SECRET_DESCRIPTION = "my passport was taken by Mr Somchai at 12 Sukhumvit"


@pytest.fixture
def staff():
    return {
        "thai": OfficerFactory(username="thai", destinations=["thailand"], admin_language="en"),
        "malay": OfficerFactory(username="malay", destinations=["malaysia"], admin_language="en"),
        "boss": SupervisorFactory(username="boss", admin_language="en"),
    }


def submit(**kwargs):
    defaults = {
        "destination": Destination.objects.get(slug="thailand"),
        "description": SECRET_DESCRIPTION,
        "contact_method": "phone",
        "contact_detail": "+66 81 555 0199",
    }
    defaults.update(kwargs)
    return complaint_submit(**defaults)


def test_officers_of_the_destination_get_an_email_without_personal_data(
    staff, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        receipt = submit()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["thai@example.org"]
    assert message.subject == f"A new complaint for Thailand, reference {receipt.reference}"
    complaint = Complaint.objects.get(reference=receipt.reference)
    assert f"/admin/complaints/{complaint.pk}/" in message.body
    for secret in (SECRET_DESCRIPTION, "+66 81 555 0199", receipt.code):
        assert secret not in message.subject + message.body
    assert Notification.objects.get().state == Notification.State.SENT


def test_in_danger_goes_to_supervisors_at_once(staff, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        submit(in_danger=True)
    recipients = sorted(address for m in mail.outbox for address in m.to)
    assert recipients == ["boss@example.org", "thai@example.org"]
    urgent = next(m for m in mail.outbox if m.to == ["boss@example.org"])
    assert urgent.subject.startswith("URGENT")


def test_task_is_queued_only_after_commit(staff, settings, django_capture_on_commit_callbacks):
    from django_tasks_db.models import DBTaskResult

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        submit()
        # Inside the transaction: the notification is recorded, nothing is queued yet.
        assert DBTaskResult.objects.count() == 0
        assert Notification.objects.filter(state="queued").count() == 1
    assert len(callbacks) == 1
    callbacks[0]()  # what Django runs once the transaction commits
    task = DBTaskResult.objects.get()
    assert task.task_path.endswith("deliver_notification")
    assert mail.outbox == []  # sent later by db_worker, not by the request


def test_failing_mail_server_keeps_the_complaint_and_is_retried(
    staff, monkeypatch, django_capture_on_commit_callbacks
):
    def broken(*args, **kwargs):
        raise smtplib.SMTPServerDisconnected("mail server down")

    monkeypatch.setattr("orientation.complaints.tasks.send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        receipt = submit()
    assert Complaint.objects.filter(reference=receipt.reference).exists()
    notification = Notification.objects.get()
    assert notification.state == Notification.State.FAILED
    assert notification.attempts == 1
    assert "SMTPServerDisconnected" in notification.last_error

    monkeypatch.undo()
    call_command("complaints_sla")
    notification.refresh_from_db()
    assert notification.state == Notification.State.SENT
    assert notification.attempts == 2
    assert len(mail.outbox) == 1


def test_queue_down_does_not_lose_the_complaint(
    staff, monkeypatch, django_capture_on_commit_callbacks
):
    from unittest import mock

    broken_task = mock.Mock()
    broken_task.enqueue.side_effect = RuntimeError("queue unavailable")
    monkeypatch.setattr("orientation.complaints.tasks.deliver_notification", broken_task)
    with django_capture_on_commit_callbacks(execute=True):
        receipt = submit()
    assert Complaint.objects.filter(reference=receipt.reference).exists()
    assert Notification.objects.get().state == Notification.State.QUEUED


def test_reminder_at_36_hours_and_escalation_when_overdue(staff):
    with time_machine.travel("2026-05-01 08:00", tick=False):
        complaint = ComplaintFactory()
        answered = ComplaintFactory(status="responded")
    with time_machine.travel("2026-05-02 19:00", tick=False):  # 35 hours
        call_command("complaints_sla")
        assert mail.outbox == []
    with time_machine.travel("2026-05-02 20:30", tick=False):  # 36.5 hours
        call_command("complaints_sla")
        call_command("complaints_sla")  # idempotent
    assert [m.to for m in mail.outbox] == [["thai@example.org"]]
    assert mail.outbox[0].subject.startswith(f"Reminder: complaint {complaint.reference}")
    mail.outbox.clear()
    with time_machine.travel("2026-05-03 08:01", tick=False):  # past 48 hours
        call_command("complaints_sla")
    assert sorted(m.to[0] for m in mail.outbox) == ["boss@example.org", "thai@example.org"]
    assert all(m.subject.startswith("Overdue") for m in mail.outbox)
    assert not Notification.objects.filter(complaint=answered).exists()


def test_open_and_overdue_are_one_rule_for_the_list_the_dashboard_and_the_sweep():
    """At one instant the model, the queryset (list and dashboard) and the SLA sweep agree
    on what is overdue, the boundary included."""
    from datetime import timedelta

    from django.utils import timezone

    from orientation.complaints.services import sla_sweep

    with time_machine.travel("2026-05-01 10:00", tick=False):
        now = timezone.now()
        exactly_due = ComplaintFactory(created_at=now - timedelta(hours=48))
        past_due = ComplaintFactory(created_at=now - timedelta(hours=49))
        ComplaintFactory(created_at=now - timedelta(hours=49), status="responded")
        overdue = set(Complaint.objects.overdue(now))
        assert overdue == {past_due}
        assert set(Complaint.objects.open()) == {exactly_due, past_due}
        SupervisorFactory(username="boss")
        sla_sweep(now)
        escalated = set(
            Notification.objects.filter(kind="overdue").values_list("complaint", flat=True)
        )
        assert escalated == {past_due.pk}
