import pytest
from django.contrib.auth.hashers import make_password
from django.db import connection

from orientation.complaints.crypto import key_fingerprint
from orientation.complaints.models import Complaint
from orientation.complaints.secret_codes import code_matches, decoy_hash, hash_code
from tests.complaints.factories import ComplaintFactory

OLD_KEY = "dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Q="
NEW_KEY = "bmV3LXRlc3Qta2V5LW5ldy10ZXN0LWtleS1uZXctdGU="


def test_codes_are_stored_as_a_keyed_hash_that_fits_its_column(settings):
    settings.DATA_ENCRYPTION_KEYS = [OLD_KEY]
    encoded = hash_code("ABCD2345EFGH")
    scheme, key_id, digest = encoded.split("$")
    assert scheme == "hmac-sha256"
    assert key_id == key_fingerprint(OLD_KEY)[:12]
    assert len(digest) == 64
    assert "ABCD2345EFGH" not in encoded
    assert len(encoded) <= Complaint._meta.get_field("code_hash").max_length
    assert code_matches("ABCD2345EFGH", encoded)
    assert not code_matches("ABCD2345EFGX", encoded)
    assert not code_matches("", encoded)


def test_the_hash_depends_on_the_key_so_a_database_copy_alone_tells_nothing(settings):
    settings.DATA_ENCRYPTION_KEYS = [OLD_KEY]
    under_old = hash_code("ABCD2345EFGH")
    settings.DATA_ENCRYPTION_KEYS = [NEW_KEY]
    under_new = hash_code("ABCD2345EFGH")
    assert under_old.split("$")[2] != under_new.split("$")[2]


def test_codes_keep_verifying_after_a_key_rotation_and_not_once_their_key_is_gone(settings):
    settings.DATA_ENCRYPTION_KEYS = [OLD_KEY]
    encoded = hash_code("ABCD2345EFGH")
    settings.DATA_ENCRYPTION_KEYS = [NEW_KEY, OLD_KEY]  # rotated: the new key comes first
    assert code_matches("ABCD2345EFGH", encoded)
    assert hash_code("ABCD2345EFGH").split("$")[1] == key_fingerprint(NEW_KEY)[:12]
    settings.DATA_ENCRYPTION_KEYS = [NEW_KEY]
    assert not code_matches("ABCD2345EFGH", encoded)


def test_codes_stored_before_as_password_hashes_keep_verifying():
    encoded = make_password("ABCD2345EFGH", hasher="scrypt")
    assert code_matches("ABCD2345EFGH", encoded)
    assert not code_matches("ABCD2345EFGX", encoded)


def test_decoy_hash_matches_no_code():
    assert decoy_hash().startswith("hmac-sha256$")
    assert not code_matches("", decoy_hash())
    assert not code_matches("no complaint has this reference".upper(), decoy_hash())


@pytest.mark.django_db
def test_the_stored_hash_is_kept_whole_by_the_database():
    complaint = ComplaintFactory()
    complaint.code_hash = hash_code("ABCD2345EFGH")
    complaint.save(update_fields=["code_hash"])
    with connection.cursor() as cursor:
        cursor.execute("SELECT code_hash FROM complaints_complaint WHERE id = %s", [complaint.pk])
        (stored,) = cursor.fetchone()
    assert code_matches("ABCD2345EFGH", stored)
