"""Issue 20, urgent triage: four yes/no questions on the form and as a first step alone; any
"yes" makes the case urgent, shows whom to call before and after sending, and puts it on the
urgent clock (2 hours by default) with escalation to supervisors when it runs out."""

from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import override_settings
from django.utils import timezone

from orientation.complaints.models import Complaint, Notification
from orientation.complaints.services import complaint_submit, sla_sweep
from orientation.complaints.triage import DangerSign, is_urgent
from orientation.destinations.models import Destination

from .factories import ComplaintFactory, OfficerFactory, SupervisorFactory
from .helpers import valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_any_yes_is_urgent_and_no_answer_is_not():
    assert not is_urgent([])
    assert is_urgent([DangerSign.BEING_MOVED])
    assert is_urgent([], in_danger=True)
    assert not is_urgent(["not-a-sign"])


@pytest.mark.parametrize("sign", DangerSign.values)
def test_a_yes_on_the_form_files_an_urgent_case_with_its_sign(client, sign):
    response = client.post("/en/complaints/", valid_post(**{f"sign_{sign}": "yes"}))
    assert response.status_code == 200
    complaint = Complaint.objects.get()
    assert complaint.in_danger
    assert complaint.danger_sign_codes == [sign]
    # The urgent clock: a first answer due 2 hours after filing, not 48.
    assert complaint.due_at - complaint.created_at == timedelta(hours=2)


def test_all_no_files_an_ordinary_case_on_the_48_hour_clock(client):
    answers = {f"sign_{sign}": "no" for sign in DangerSign.values}
    client.post("/en/complaints/", valid_post(**answers))
    complaint = Complaint.objects.get()
    assert not complaint.in_danger and complaint.danger_signs == ""
    assert complaint.due_at - complaint.created_at == timedelta(hours=48)


@override_settings(COMPLAINT_URGENT_RESPONSE_HOURS=6)
def test_the_urgent_clock_is_a_setting():
    receipt = complaint_submit(
        destination=Destination.objects.get(slug="japan"),
        description="Locked in the dormitory.",
        danger_signs=[DangerSign.LOCKED_IN],
    )
    complaint = Complaint.objects.get(reference=receipt.reference)
    assert complaint.due_at - complaint.created_at == timedelta(hours=6)


def test_the_receipt_of_an_urgent_case_shows_whom_to_call(client, verified_thailand_guide):
    response = client.post(
        "/en/complaints/", valid_post(sign_documents_taken="yes", destination="thailand")
    )
    page = soup(response)
    calls = [a["href"] for a in page.select(".urgent-contacts a[href^='tel:']")]
    assert calls == ["tel:191"]  # verified only: the unchecked line is never offered
    assert "Urgent complaints are addressed within 2 hours." in page.get_text()


def test_a_refused_form_keeps_the_answers_and_says_it_will_be_urgent(
    client, verified_thailand_guide
):
    response = client.post("/km/complaints/", valid_post(description="", sign_locked_in="yes"))
    assert response.status_code == 400
    page = soup(response)
    assert page.select_one("#id_sign_locked_in_0[checked]") is not None  # "yes" kept
    assert page.select_one("[data-urgent-help]").get("hidden") is None
    assert "callout--urgent" in page.select_one("[data-danger-box]")["class"]


def test_the_form_asks_the_four_questions_in_khmer_with_pictograms(client):
    page = soup(client.get("/km/complaints/"))
    questions = page.select("[data-danger-questions] fieldset")
    assert len(questions) == 4
    assert "តើអ្នកត្រូវគេចាក់សោទុក" in questions[0].legend.get_text()
    for question in questions:
        drawing = question.select_one("legend svg.pictogram")
        # Beside the question's own words: hidden from screen readers, not read twice.
        assert drawing is not None and drawing["aria-hidden"] == "true"
        assert [i["value"] for i in question.select("input[type=radio]")] == ["yes", "no"]


def test_the_urgent_check_alone_shows_numbers_and_links_to_the_form(
    client, verified_thailand_guide
):
    empty = client.get("/en/complaints/urgent/?destination=thailand")
    assert empty.status_code == 200
    assert "no-store" not in empty.get("Cache-Control", "")  # the same page for everyone
    response = client.post(
        "/en/complaints/urgent/", {"destination": "thailand", "sign_hurt_or_threatened": "yes"}
    )
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    page = soup(response)
    result = page.select_one("[data-urgent-result]")
    assert [a["href"] for a in result.select("a[href^='tel:']")] == ["tel:191"]
    link = result.select_one("a[href*='/complaints/?']")["href"]
    assert "destination=thailand" in link and "sign=hurt_or_threatened" in link
    # Following it: the form comes with the answer and the country filled in.
    form = soup(client.get(link))
    assert form.select_one("#id_sign_hurt_or_threatened_0[checked]") is not None
    assert form.select_one("#id_destination option[selected]")["value"] == "thailand"


def test_the_urgent_check_with_no_yes_is_not_urgent_and_stores_nothing(client):
    response = client.post("/km/complaints/urgent/", {"sign_locked_in": "no"})
    page = soup(response)
    assert page.select_one("[data-urgent-result] a[href^='tel:']") is None
    assert "អ្នកបានឆ្លើយថា ទេ" in page.get_text()
    assert Complaint.objects.count() == 0


def test_the_urgent_check_never_fails_on_bad_answers(client):
    response = client.post(
        "/en/complaints/urgent/",
        {"destination": "atlantis", "sign_locked_in": "yes", "sign_being_moved": "maybe"},
    )
    assert response.status_code == 200
    result = soup(response).select_one("[data-urgent-result]")
    assert "Choose your country above" in result.get_text()


def test_urgent_cases_come_first_for_officers_and_escalate_after_two_hours():
    with time_machine.travel("2026-05-01 10:00", tick=False):
        now = timezone.now()
        OfficerFactory(username="thai", destinations=["thailand"])
        SupervisorFactory(username="boss")
        ordinary = ComplaintFactory(created_at=now - timedelta(hours=3))
        urgent = ComplaintFactory(created_at=now - timedelta(hours=3), in_danger=True)
        fresh_urgent = ComplaintFactory(created_at=now - timedelta(minutes=30), in_danger=True)
        assert list(Complaint.objects.open())[:2] == [urgent, fresh_urgent]
        assert set(Complaint.objects.overdue(now)) == {urgent}
        sla_sweep(now)
        escalated = Notification.objects.filter(kind=Notification.Kind.OVERDUE)
        assert {n.complaint_id for n in escalated} == {urgent.pk}
        assert "boss" in {n.recipient.username for n in escalated}
        # No "36 hours in" reminder for an urgent case: it had an urgent notice at once.
        reminders = Notification.objects.filter(kind=Notification.Kind.REMINDER)
        assert urgent.pk not in {n.complaint_id for n in reminders}
        assert ordinary.pk not in {n.complaint_id for n in escalated}


def test_a_follow_up_in_danger_puts_an_open_case_on_the_urgent_clock():
    from orientation.complaints.services import worker_add_information

    with time_machine.travel("2026-05-01 10:00", tick=False):
        complaint = ComplaintFactory(created_at=timezone.now())
        assert complaint.due_at == timezone.now() + timedelta(hours=48)
    with time_machine.travel("2026-05-01 12:00", tick=False):
        complaint = worker_add_information(
            complaint=complaint, text="They took my phone.", in_danger=True
        )
        assert complaint.in_danger
        assert complaint.due_at == timezone.now() + timedelta(hours=2)


def test_the_officer_reads_the_yes_answers_and_the_urgent_clock_in_khmer(client, officer):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(officer)
    profile.preferred_language = "km"
    profile.save()
    complaint = ComplaintFactory(
        in_danger=True, danger_signs=",locked_in,documents_taken,", created_at=timezone.now()
    )
    client.force_login(officer)
    page = soup(client.get(f"/admin/complaints/{complaint.pk}/"))
    signs = [item.get_text(strip=True) for item in page.select("ul.danger-signs li")]
    assert signs == [
        "តើអ្នកត្រូវគេចាក់សោទុក ឬមិនអនុញ្ញាតឱ្យចេញទៅណាទេ?",
        "តើមាននរណាម្នាក់យកលិខិតឆ្លងដែន ឬទូរស័ព្ទរបស់អ្នកទេ?",
    ]
    assert "នាឡិកាបន្ទាន់" in page.get_text()
