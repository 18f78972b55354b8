"""Key rotation across hosts: once the old key is retired, a host still encrypting with it
stores nothing, fails /healthz and its checks, and refuses to start."""

import importlib
import io
import sys

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.db import connection

from orientation.complaints import crypto
from orientation.complaints.crypto import RetiredKeyError, key_fingerprint
from orientation.complaints.models import Complaint, ComplaintAttachment, RetiredEncryptionKey
from orientation.complaints.services import complaint_submit
from orientation.destinations.models import Destination

from .factories import ComplaintFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _forget_retirement_checks():
    crypto.forget_retirement_checks()
    yield
    crypto.forget_retirement_checks()


@pytest.fixture
def rotated(settings):
    """Every host moved to [new, old]; the operator re-encrypted and retired the old key."""
    old_key = settings.DATA_ENCRYPTION_KEYS[0]
    ComplaintFactory(description="written before the rotation")
    new_key = Fernet.generate_key().decode()
    settings.DATA_ENCRYPTION_KEYS = [new_key, old_key]
    out = io.StringIO()
    call_command("reencrypt_complaints", "--retire-old", stdout=out)
    return {"old": old_key, "new": new_key, "output": out.getvalue(), "settings": settings}


def submit():
    return complaint_submit(
        destination=Destination.objects.get(slug="thailand"),
        description="written by a host on the old key list",
        agency_name="typed agency",
    )


def test_retire_old_records_only_a_fingerprint(rotated):
    retired = RetiredEncryptionKey.objects.get()
    assert retired.fingerprint == key_fingerprint(rotated["old"])
    assert rotated["old"] not in retired.fingerprint
    assert "1 old key(s) as retired" in rotated["output"]
    with connection.cursor() as cursor:
        cursor.execute("SELECT fingerprint FROM complaints_retiredencryptionkey")
        assert rotated["old"] not in str(cursor.fetchall())


def test_a_host_on_the_new_list_keeps_working(rotated, client):
    assert submit().reference
    assert Complaint.objects.count() == 2
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json()["encryption"] == "ok"


def test_a_host_whose_first_key_is_retired_stores_nothing(rotated, client):
    rotated["settings"].DATA_ENCRYPTION_KEYS = [rotated["old"], rotated["new"]]
    with pytest.raises(RetiredKeyError):
        submit()
    assert Complaint.objects.count() == 1
    assert not ComplaintAttachment.objects.exists()

    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["encryption"] == "retired-key"

    with pytest.raises(SystemCheckError, match=r"complaints\.E001"):
        call_command("check", "--database", "default", stdout=io.StringIO())

    with pytest.raises(RetiredKeyError):
        crypto.refuse_to_start_with_retired_key()


def test_the_wsgi_application_refuses_to_load(rotated):
    rotated["settings"].DATA_ENCRYPTION_KEYS = [rotated["old"]]
    sys.modules.pop("portal.wsgi", None)
    try:
        with pytest.raises(RetiredKeyError):
            importlib.import_module("portal.wsgi")
    finally:
        sys.modules.pop("portal.wsgi", None)


def test_the_old_rows_were_moved_before_the_old_key_was_retired(rotated):
    rotated["settings"].DATA_ENCRYPTION_KEYS = [rotated["new"]]  # the old key dropped
    assert Complaint.objects.get().description == "written before the rotation"
