"""Complaints never closed lose their personal data at the maximum retention, after a
notice to supervisors; never without that notice."""

import io
from datetime import timedelta

import pytest
import time_machine
from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from orientation.complaints.models import Complaint

from .factories import ComplaintFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

STORY = "The employer keeps my passport"


@pytest.fixture
def retention(settings):
    settings.COMPLAINT_MAX_RETENTION_DAYS = 1095
    settings.COMPLAINT_ERASURE_NOTICE_DAYS = 30
    settings.COMPLAINT_FALLBACK_EMAIL = ""
    return settings


def filed_days_ago(days, **fields):
    return ComplaintFactory(
        created_at=timezone.now() - timedelta(days=days), description=STORY, **fields
    )


def run(django_capture_on_commit_callbacks):
    out = io.StringIO()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("complaints_retention", stdout=out)
    return out.getvalue()


def test_supervisors_are_told_then_the_complaint_is_erased_a_month_later(
    retention, django_capture_on_commit_callbacks
):
    SupervisorFactory(username="supervisor", email="supervisor@example.org")
    near = filed_days_ago(1095 - 20, status="in_progress")
    recent = filed_days_ago(400)
    closed_long_ago = filed_days_ago(1200, status="closed")
    closed_long_ago.closed_at = timezone.now() - timedelta(days=10)
    closed_long_ago.save()

    output = run(django_capture_on_commit_callbacks)

    assert "1 complaint(s) reaching the maximum retention" in output
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == ["supervisor@example.org"]
    assert near.reference in notice.body
    assert recent.reference not in notice.body and closed_long_ago.reference not in notice.body
    assert STORY not in notice.body and "+855" not in notice.body
    near.refresh_from_db()
    assert near.erasure_notice_sent_at is not None and near.personal_data_erased_at is None

    # The next daily run does not tell them again, and erases nothing before the date.
    run(django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1
    assert Complaint.objects.get(pk=near.pk).description == STORY

    with time_machine.travel(timezone.now() + timedelta(days=31)):
        output = run(django_capture_on_commit_callbacks)
    near.refresh_from_db()
    assert near.personal_data_erased_at is not None
    assert near.description == "" and near.contact_detail == ""
    assert near.destination.slug == "thailand"  # the anonymous statistics stay
    assert Complaint.objects.get(pk=recent.pk).personal_data_erased_at is None
    # The closed one follows the closed rule (closed 10 days ago, kept 365 days).
    assert Complaint.objects.get(pk=closed_long_ago.pk).personal_data_erased_at is None


def test_a_complaint_past_the_maximum_is_never_erased_without_a_notice_first(
    retention, django_capture_on_commit_callbacks
):
    SupervisorFactory(username="supervisor", email="supervisor@example.org")
    old = filed_days_ago(1500)  # already past the maximum when the rule arrives

    run(django_capture_on_commit_callbacks)

    old.refresh_from_db()
    assert old.personal_data_erased_at is None
    assert old.reference in mail.outbox[0].body


def test_without_anyone_to_tell_nothing_is_erased_and_it_is_logged(
    retention, caplog, django_capture_on_commit_callbacks
):
    old = filed_days_ago(1500)
    run(django_capture_on_commit_callbacks)
    with time_machine.travel(timezone.now() + timedelta(days=40)):
        run(django_capture_on_commit_callbacks)
    old.refresh_from_db()
    assert old.personal_data_erased_at is None and old.erasure_notice_sent_at is None
    assert "no supervisor" in caplog.text


def test_the_fallback_address_hears_when_there_is_no_supervisor(
    retention, django_capture_on_commit_callbacks
):
    retention.COMPLAINT_FALLBACK_EMAIL = "duty@example.org"
    old = filed_days_ago(1500)
    run(django_capture_on_commit_callbacks)
    assert mail.outbox[0].to == ["duty@example.org"]
    assert old.reference in mail.outbox[0].body


def test_dry_run_tells_nobody_and_erases_nothing(retention, django_capture_on_commit_callbacks):
    SupervisorFactory(username="supervisor", email="supervisor@example.org")
    old = filed_days_ago(1500, erasure_notice_sent_at=timezone.now() - timedelta(days=60))
    out = io.StringIO()
    call_command("complaints_retention", "--dry-run", stdout=out)
    assert "1 would be erased" in out.getvalue()
    assert not mail.outbox
    assert Complaint.objects.get(pk=old.pk).personal_data_erased_at is None
