import io
import logging

import pytest
import time_machine
from cryptography.fernet import Fernet
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

from orientation.complaints.attachments import read_decrypted, stored_path
from orientation.complaints.crypto import DecryptionError
from orientation.complaints.models import CaseEvent, Complaint, ComplaintAttachment
from orientation.complaints.services import case_add_note, case_set_status

from .factories import KNOWN_CODE, ComplaintFactory, OfficerFactory
from .helpers import jpeg_bytes, upload, valid_post

pytestmark = pytest.mark.django_db

CANARY = "CANARY7f3e9q"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def raw_row(complaint_id):
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM complaints_complaint WHERE id = %s", [complaint_id])
        return " ".join(str(value) for value in cursor.fetchone())


def test_raw_sql_shows_only_ciphertext():
    complaint = ComplaintFactory(
        description="secret story",
        contact_detail="+855 99 111 222",
        employer="Boss Co",
        location="Rayong",
    )
    row = raw_row(complaint.pk)
    for plain in ("secret story", "+855 99 111 222", "Boss Co", "Rayong"):
        assert plain not in row
    assert "gAAAA" in row
    assert Complaint.objects.get(pk=complaint.pk).description == "secret story"


def test_secret_code_is_stored_only_as_a_slow_hash(client):
    html = client.post("/en/complaints/", valid_post()).content.decode()
    code = html.split("data-complaint-code>")[1].split("<")[0]
    complaint = Complaint.objects.get()
    assert code not in complaint.code_hash and code.replace("-", "") not in complaint.code_hash
    assert "$" in complaint.code_hash  # an algorithm$...$hash string from make_password


def test_wrong_key_fails_loudly(settings):
    complaint = ComplaintFactory(description="secret story")
    settings.DATA_ENCRYPTION_KEYS = [Fernet.generate_key().decode()]
    with pytest.raises(DecryptionError):
        Complaint.objects.get(pk=complaint.pk)


def test_reencrypt_command_moves_everything_to_the_new_key(client, settings):
    client.post(
        "/en/complaints/",
        valid_post(description="old key story", attachment_1=upload("a.jpg", jpeg_bytes())),
    )
    complaint = Complaint.objects.get()
    case_add_note(complaint=complaint, user=OfficerFactory(), body="old key note")
    old_key = settings.DATA_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    settings.DATA_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("reencrypt_complaints", stdout=io.StringIO())
    settings.DATA_ENCRYPTION_KEYS = [new_key]  # the old key can now be dropped
    complaint = Complaint.objects.get()
    assert complaint.description == "old key story"
    assert CaseEvent.objects.get(kind="note").body == "old key note"
    assert read_decrypted(ComplaintAttachment.objects.get().stored_name).startswith(b"\xff\xd8")


def test_retention_erases_personal_data_of_old_closed_complaints_only(client):
    officer = OfficerFactory()
    with time_machine.travel("2025-01-01 10:00", tick=False):
        client.post(
            "/en/complaints/",
            valid_post(
                form_token="old",
                description="old story",
                contact_method="phone",
                contact_detail="+855 12 345 678",
                attachment_1=upload("a.jpg", jpeg_bytes()),
            ),
        )
        old = Complaint.objects.get()
        case_add_note(complaint=old, user=officer, body="old note")
        case_set_status(complaint=old, user=officer, status="closed")
    recent_closed = ComplaintFactory(status="closed")
    recent_closed.closed_at = recent_closed.created_at
    recent_closed.save()
    open_old = ComplaintFactory(description="still open")
    stored_name = old.attachments.get().stored_name

    out = io.StringIO()
    call_command("complaints_retention", "--days", "180", stdout=out)
    assert "1 closed complaint" in out.getvalue()

    old.refresh_from_db()
    assert old.description == "" and old.contact_detail == ""
    assert old.personal_data_erased_at is not None
    assert not old.attachments.exists()
    assert not stored_path(stored_name).exists()
    assert not old.events.exclude(body="").exists()
    # Anonymous statistics stay.
    assert old.destination.slug == "thailand" and old.category_codes == ["unpaid-wages"]
    assert old.status == "closed"
    assert Complaint.objects.get(pk=open_old.pk).description == "still open"
    assert Complaint.objects.get(pk=recent_closed.pk).personal_data_erased_at is None
    # An erased complaint can no longer be opened on the tracking page.
    response = client.post(
        "/en/complaints/track/", {"reference": old.reference, "code": KNOWN_CODE}
    )
    assert response.status_code == 404


def test_canary_in_every_field_never_reaches_a_public_surface_or_the_logs(
    search_index, client, caplog, home_km, settings, django_capture_on_commit_callbacks
):
    settings.PAGE_CACHE_SECONDS = 0
    caplog.set_level(logging.DEBUG)
    officer = OfficerFactory(email="officer@example.org")
    supervisor_email_check = officer.email
    data = valid_post(
        form_token=CANARY + "token",
        filer_kind="organisation",
        organisation_name=CANARY + " org",
        categories=["other"],
        description=CANARY + " description",
        agency_name=CANARY + " agency",
        employer=CANARY + " employer",
        location=CANARY + " where",
        happened_when=CANARY + " when",
        contact_method="email",
        contact_detail=f"{CANARY.lower()}@example.org",
        in_danger="on",
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/complaints/", data)
    assert response.status_code == 200
    receipt_html = response.content.decode()
    assert CANARY.lower() not in receipt_html.lower()
    complaint = Complaint.objects.get()
    tracking = client.post(
        "/en/complaints/track/",
        {
            "reference": complaint.reference,
            "code": receipt_html.split("data-complaint-code>")[1].split("<")[0],
        },
    )
    assert tracking.status_code == 200

    surfaces = [
        "/km/",
        "/en/",
        "/en/complaints/",
        "/en/complaints/track/",
        "/en/feeds/alerts.xml",
        "/en/feeds/scams.xml",
        "/km/feeds/alerts.xml",
        "/api/v2/pages/",
        "/api/v2/alerts/",
        "/api/v2/resources/",
        "/sitemap.xml",
        "/robots.txt",
        "/en/no-such-page-at-all/",
    ]
    for url in surfaces:
        page = client.get(url, follow=True)
        body = b"".join(page.streaming_content) if page.streaming else page.content
        assert CANARY.lower() not in body.decode("utf-8", "replace").lower(), url
    # Search pages echo the query: the canary must appear no more often than a word that
    # is stored nowhere does.
    control = "CONTROLx9k2w1"
    for template in [
        "/en/search/?q={}",
        "/km/search/?q={}",
        "/api/v2/pages/?search={}",
        "/api/v2/agencies/?search={}",
    ]:
        with_canary = client.get(template.format(CANARY), follow=True).content.decode(
            "utf-8", "replace"
        )
        with_control = client.get(template.format(control), follow=True).content.decode(
            "utf-8", "replace"
        )
        assert with_canary.lower().count(CANARY.lower()) == with_control.lower().count(
            control.lower()
        ), template
    # Tracking shows status and replies only: none of the worker's details.
    assert CANARY.lower() not in tracking.content.decode().lower()
    # Emails and logs.
    assert mail.outbox and all(
        CANARY.lower() not in (m.subject + m.body).lower() for m in mail.outbox
    )
    assert supervisor_email_check in [a for m in mail.outbox for a in m.to]
    assert CANARY.lower() not in caplog.text.lower()
    # Wagtail's search index and audit log.
    from wagtail.models import ModelLogEntry
    from wagtail.search.models import IndexEntry

    from orientation.complaints.models import ComplaintLogEntry

    assert not IndexEntry.objects.filter(body__icontains=CANARY).exists()
    assert not IndexEntry.objects.filter(title__icontains=CANARY).exists()
    assert ComplaintLogEntry.objects.exists()  # the complaint's trail was written here
    for log_model in (ComplaintLogEntry, ModelLogEntry):
        assert not log_model.objects.filter(label__icontains=CANARY).exists()
        assert not log_model.objects.filter(data__icontains=CANARY).exists()
