"""The agency and organisation names a worker types are personal data like the rest:
encrypted at rest, re-encrypted on key rotation, erased at retention."""

import io

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from orientation.complaints.models import Complaint
from orientation.complaints.services import ENCRYPTED_COMPLAINT_FIELDS, erase_personal_data

from .factories import ComplaintFactory

pytestmark = pytest.mark.django_db

AGENCY = "Sok Dara Manpower (my cousin's agency)"
ORGANISATION = "Legal aid office of Battambang"


def raw_values(complaint_id):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT agency_name, organisation_name FROM complaints_complaint WHERE id = %s",
            [complaint_id],
        )
        return cursor.fetchone()


def typed_complaint():
    return ComplaintFactory(
        filer_kind="organisation", organisation_name=ORGANISATION, agency_name=AGENCY
    )


def test_typed_names_are_ciphertext_in_the_database_and_plain_in_python():
    complaint = typed_complaint()
    agency, organisation = raw_values(complaint.pk)
    assert agency.startswith("gAAAA") and AGENCY not in agency
    assert organisation.startswith("gAAAA") and ORGANISATION not in organisation
    complaint = Complaint.objects.get(pk=complaint.pk)
    assert (complaint.agency_name, complaint.organisation_name) == (AGENCY, ORGANISATION)


def test_a_name_of_the_forms_full_length_in_khmer_is_stored():
    name = "ភ្នាក់ងារ" * 22  # 198 characters, ~600 bytes in UTF-8, longer again as a token
    complaint = ComplaintFactory(agency_name=name)
    assert Complaint.objects.get(pk=complaint.pk).agency_name == name


def test_they_are_erased_and_reencrypted_with_the_other_personal_fields(settings):
    assert {"agency_name", "organisation_name"} <= set(ENCRYPTED_COMPLAINT_FIELDS)
    kept, erased = typed_complaint(), typed_complaint()
    old_key = settings.DATA_ENCRYPTION_KEYS[0]
    new_key = Fernet.generate_key().decode()
    settings.DATA_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("reencrypt_complaints", stdout=io.StringIO())
    settings.DATA_ENCRYPTION_KEYS = [new_key]
    assert Complaint.objects.get(pk=kept.pk).agency_name == AGENCY

    erase_personal_data(Complaint.objects.get(pk=erased.pk))
    assert raw_values(erased.pk) == ("", "")


def test_the_migration_encrypts_rows_stored_in_plain_text():
    complaint = ComplaintFactory()
    with connection.cursor() as cursor:
        cursor.execute(
            "UPDATE complaints_complaint SET agency_name = %s, organisation_name = %s "
            "WHERE id = %s",
            [AGENCY, ORGANISATION, complaint.pk],
        )
    state = MigrationExecutor(connection).loader.project_state(
        ("complaints", "0004_widen_typed_names")
    )
    migration = __import__(
        "orientation.complaints.migrations.0005_encrypt_agency_and_organisation_names",
        fromlist=["encrypt_existing"],
    )
    migration.encrypt_existing(state.apps, None)
    assert all(value.startswith("gAAAA") for value in raw_values(complaint.pk))
    complaint = Complaint.objects.get(pk=complaint.pk)
    assert (complaint.agency_name, complaint.organisation_name) == (AGENCY, ORGANISATION)
