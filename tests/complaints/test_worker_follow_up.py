"""Issue 17 item 5: a worker's follow-up after a reply reopens the case, restarts the clock,
raises the urgent flag when the worker says so, tells the officers and shows in their list."""

from datetime import UTC, datetime, timedelta

import pytest
import time_machine
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from wagtail.users.models import UserProfile

from orientation.complaints.models import (
    CaseEvent,
    Complaint,
    Notification,
    Status,
    due_from,
)
from orientation.complaints.selectors import dashboard_counts
from orientation.complaints.services import case_reply, case_set_status, sla_sweep

from .factories import KNOWN_CODE, ComplaintFactory, OfficerFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

TRACK_URL = "/en/complaints/track/"
FILED = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def staff():
    officer = OfficerFactory(username="thai", destinations=["thailand"], admin_language="en")
    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "en"
    profile.save()
    return {
        "thai": officer,
        "malay": OfficerFactory(username="malay", destinations=["malaysia"], admin_language="en"),
        "boss": SupervisorFactory(username="boss", admin_language="en"),
    }


def answered_complaint(officer, **fields):
    complaint = ComplaintFactory(created_at=FILED, **fields)
    case_reply(complaint=complaint, user=officer, body="We called the agency.")
    complaint.refresh_from_db()
    assert complaint.status == Status.RESPONDED
    return complaint


def follow_up(client, complaint, text="They threatened me again yesterday.", danger=False):
    data = {"reference": complaint.reference, "code": KNOWN_CODE, "text": text}
    if danger:
        data["in_danger"] = "on"
    return client.post(TRACK_URL, data)


def test_follow_up_after_a_reply_reopens_the_case_and_restarts_the_clock(
    client, staff, django_capture_on_commit_callbacks
):
    complaint = answered_complaint(staff["thai"])
    later = FILED + timedelta(days=5)
    with time_machine.travel(later, tick=False):
        mail.outbox.clear()
        with django_capture_on_commit_callbacks(execute=True):
            response = follow_up(client, complaint)
        assert response.status_code == 200
        complaint.refresh_from_db()
        assert complaint.status == Status.IN_PROGRESS
        assert complaint.due_at == due_from(later) == later + timedelta(hours=48)
        assert complaint.new_information_at == later
        assert Complaint.objects.open().filter(pk=complaint.pk).exists()
        assert not Complaint.objects.overdue(later).filter(pk=complaint.pk).exists()
        # The worker sees the case open again with its new due time.
        assert 'data-complaint-status="in_progress"' in response.content.decode()
    # Officers of the destination are told, nobody else (it is not urgent).
    assert [m.to for m in mail.outbox] == [["thai@example.org"]]
    assert "New information from the worker" in mail.outbox[0].subject
    assert "threatened" not in mail.outbox[0].subject + mail.outbox[0].body
    notice = Notification.objects.get(kind=Notification.Kind.FOLLOW_UP)
    assert notice.recipient == staff["thai"] and notice.state == Notification.State.SENT
    assert CaseEvent.objects.filter(
        complaint=complaint, kind=CaseEvent.Kind.STATUS, new_value=Status.IN_PROGRESS
    ).exists()


def test_follow_up_saying_danger_makes_the_case_urgent_and_tells_supervisors(
    client, staff, django_capture_on_commit_callbacks
):
    complaint = answered_complaint(staff["thai"])
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        follow_up(client, complaint, danger=True)
    complaint.refresh_from_db()
    assert complaint.in_danger and complaint.status == Status.IN_PROGRESS
    assert sorted(a for m in mail.outbox for a in m.to) == ["boss@example.org", "thai@example.org"]
    assert all(m.subject.startswith("URGENT") for m in mail.outbox)


def test_a_case_filed_in_danger_gets_a_second_urgent_notice_for_a_new_danger(
    client, staff, django_capture_on_commit_callbacks
):
    complaint = answered_complaint(staff["thai"], in_danger=True)
    Notification.objects.create(
        complaint=complaint, kind=Notification.Kind.DANGER, recipient=staff["boss"]
    )
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        follow_up(client, complaint, danger=True)
    assert "boss@example.org" in [a for m in mail.outbox for a in m.to]
    assert (
        complaint.notifications.filter(
            kind=Notification.Kind.DANGER, recipient=staff["boss"]
        ).count()
        == 2
    )


def test_follow_up_on_an_unanswered_case_keeps_its_due_time(client, staff):
    complaint = ComplaintFactory(created_at=FILED)
    original_due = complaint.due_at
    with time_machine.travel(FILED + timedelta(hours=30), tick=False):
        follow_up(client, complaint)
    complaint.refresh_from_db()
    assert complaint.status == Status.RECEIVED
    assert complaint.due_at == original_due
    assert complaint.clock_round == 0
    # Still news for the officers.
    assert complaint.new_information_at is not None
    assert complaint.notifications.filter(kind=Notification.Kind.FOLLOW_UP).count() == 1


def test_follow_up_on_a_closed_case_reopens_it(client, staff):
    complaint = answered_complaint(staff["thai"])
    case_set_status(complaint=complaint, user=staff["thai"], status=Status.CLOSED)
    complaint.refresh_from_db()
    assert complaint.closed_at is not None
    follow_up(client, complaint)
    complaint.refresh_from_db()
    assert complaint.status == Status.IN_PROGRESS and complaint.closed_at is None


def test_officers_list_shows_the_new_information_until_a_reply(client, staff):
    complaint = answered_complaint(staff["thai"])
    quiet = answered_complaint(staff["thai"])
    follow_up(client, complaint)
    officer = staff["thai"]
    client.force_login(officer)
    url = reverse("complaints_admin:index")
    html = client.get(url).content.decode()
    # Back in the default (open) list, with its label; the answered one is not.
    assert f'data-complaint-row="{complaint.reference}"' in html
    assert f'data-complaint-row="{quiet.reference}"' not in html
    assert "New information from the worker" in html
    only_new = client.get(url, {"status": "all", "new_info": "1"}).content.decode()
    assert complaint.reference in only_new and quiet.reference not in only_new
    assert dashboard_counts(officer)["new_information"] == 1
    case_html = client.get(reverse("complaints_admin:case", args=[complaint.pk])).content
    assert b"data-new-information" in case_html

    client.post(
        reverse("complaints_admin:case", args=[complaint.pk]),
        {"action": "reply", "body": "We are calling the employer again."},
    )
    complaint.refresh_from_db()
    assert complaint.new_information_at is None and complaint.status == Status.RESPONDED
    html = client.get(url).content.decode()
    assert f'data-complaint-row="{complaint.reference}"' not in html
    assert dashboard_counts(officer)["new_information"] == 0


def test_reopened_case_is_reminded_and_escalated_again_on_its_new_clock(client, staff):
    complaint = ComplaintFactory(created_at=FILED)
    sla_sweep(FILED + timedelta(hours=50))  # first round: overdue
    case_reply(complaint=complaint, user=staff["thai"], body="Answered late.")
    follow_up_time = FILED + timedelta(days=4)
    with time_machine.travel(follow_up_time, tick=False):
        follow_up(client, complaint)
    complaint.refresh_from_db()
    assert complaint.clock_round == 1
    sla_sweep(follow_up_time + timedelta(hours=37))
    reminders = complaint.notifications.filter(kind=Notification.Kind.REMINDER, occasion=1)
    assert list(reminders.values_list("recipient", flat=True)) == [staff["thai"].pk]
    sla_sweep(follow_up_time + timedelta(hours=49))
    overdue = complaint.notifications.filter(kind=Notification.Kind.OVERDUE)
    assert overdue.filter(occasion=0).count() == 2  # officer + supervisor, first round
    assert overdue.filter(occasion=1).count() == 2  # and again for the reopened round
    # The sweep is idempotent within a round.
    sla_sweep(follow_up_time + timedelta(hours=60))
    assert overdue.count() == 4


def test_other_destinations_officer_is_not_told_and_cannot_see_it(client, staff):
    complaint = answered_complaint(staff["thai"])
    follow_up(client, complaint)
    assert not Notification.objects.filter(recipient=staff["malay"]).exists()
    assert dashboard_counts(staff["malay"])["new_information"] == 0
    assert dashboard_counts(staff["boss"])["new_information"] == 1


def test_a_follow_up_saying_danger_shows_whom_to_call_at_once(client, staff, home_km):
    """As on the first receipt: the verified numbers of the worker's destination, at once."""
    from tests.destinations.factories import (
        DestinationGuidePageFactory,
        GuideIndexPageFactory,
        contact_card,
    )

    DestinationGuidePageFactory(
        parent=GuideIndexPageFactory(parent=home_km),
        body=[contact_card("Police", "191"), contact_card("Embassy", "", verified=False)],
    )
    complaint = answered_complaint(staff["thai"])
    html = follow_up(client, complaint, danger=True).content.decode()
    assert "You said you are in danger now" in html
    assert 'href="tel:191"' in html
    assert "Embassy" not in html
    calm = follow_up(client, complaint, text="The agency paid me back.").content.decode()
    assert "You said you are in danger now" not in calm
