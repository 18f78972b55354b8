import pytest
from django.core.cache import cache

from orientation.complaints.models import CaseEvent, ComplaintAttachment
from orientation.complaints.services import case_add_note, case_reply

from .factories import KNOWN_CODE, ComplaintFactory, OfficerFactory
from .helpers import jpeg_bytes, upload, valid_post

pytestmark = pytest.mark.django_db

TRACK_URL = "/en/complaints/track/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_filed_complaint_can_be_tracked_with_its_receipt(client):
    html = client.post("/en/complaints/", valid_post()).content.decode()
    reference = html.split("data-complaint-reference>")[1].split("<")[0]
    code = html.split("data-complaint-code>")[1].split("<")[0]
    response = client.post(
        TRACK_URL, {"reference": reference.lower(), "code": code.replace("-", " ")}
    )
    assert response.status_code == 200
    assert 'data-complaint-status="received"' in response.content.decode()


def test_right_pair_shows_status_due_time_and_replies_but_not_notes(client):
    complaint = ComplaintFactory()
    officer = OfficerFactory()
    case_add_note(complaint=complaint, user=officer, body="INTERNAL-ONLY note")
    case_reply(complaint=complaint, user=officer, body="We called your agency.")
    response = client.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE})
    html = response.content.decode()
    assert response.status_code == 200
    assert "We called your agency." in html
    assert "INTERNAL-ONLY" not in html
    assert 'data-complaint-status="responded"' in html
    assert "Answer due by" in html
    # The description and contact details are not shown to whoever holds the code.
    assert complaint.contact_detail not in html


@pytest.mark.parametrize("which", ["reference", "code", "both"])
def test_wrong_pair_gives_one_generic_message(client, which):
    complaint = ComplaintFactory()
    data = {"reference": complaint.reference, "code": KNOWN_CODE}
    if which in ("reference", "both"):
        data["reference"] = "KH-ZZZZZZZZ"
    if which in ("code", "both"):
        data["code"] = "WRONG-CODE-0000"
    response = client.post(TRACK_URL, data)
    assert response.status_code == 404
    assert "We could not find a complaint with this reference and code" in response.content.decode()


def test_repeated_wrong_tries_are_slowed_then_refused(client, settings):
    complaint = ComplaintFactory()
    wrong = {"reference": complaint.reference, "code": "NOPE"}
    statuses = [client.post(TRACK_URL, wrong).status_code for _ in range(3)]
    assert statuses == [404, 404, 404]
    # Now even the right code must wait: the address is slowed down.
    slowed = client.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE})
    assert slowed.status_code == 429
    assert "Too many tries" in slowed.content.decode()


def test_ten_failures_refuse_the_address_for_a_while(client):
    import time_machine

    complaint = ComplaintFactory()
    wrong = {"reference": complaint.reference, "code": "NOPE"}
    with time_machine.travel("2026-01-01 00:00", tick=False) as traveller:
        for _ in range(10):
            client.post(TRACK_URL, wrong)
            traveller.shift(120)  # waits out every back-off
        refused = client.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE})
        assert refused.status_code == 429
        traveller.shift(16 * 60)
        allowed = client.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE})
        assert allowed.status_code == 200


def test_worker_adds_information_and_a_photo(client):
    complaint = ComplaintFactory()
    response = client.post(
        TRACK_URL,
        {
            "reference": complaint.reference,
            "code": KNOWN_CODE,
            "text": "They also kept my phone.",
            "attachment_1": upload("more.jpg", jpeg_bytes()),
        },
    )
    assert response.status_code == 200
    assert "Your information was added" in response.content.decode()
    event = CaseEvent.objects.get(complaint=complaint, kind=CaseEvent.Kind.WORKER_UPDATE)
    assert event.body == "They also kept my phone."
    assert ComplaintAttachment.objects.get(complaint=complaint).from_worker_update


def test_worker_addition_with_a_wrong_code_is_refused(client):
    complaint = ComplaintFactory()
    response = client.post(
        TRACK_URL, {"reference": complaint.reference, "code": "BAD", "text": "sneaky"}
    )
    assert response.status_code == 404
    assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.WORKER_UPDATE).exists()


def test_tracking_page_is_never_cached(client):
    response = client.get(TRACK_URL)
    assert "no-store" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
    assert 'name="reference"' in response.content.decode()
    assert 'name="code"' in response.content.decode()
