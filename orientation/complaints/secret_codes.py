"""Hashing of the secret code a worker uses to track a complaint.

The code is random (12 characters of a 31-letter alphabet, about 59 bits) and the tracking
form is rate-limited, so a slow password hash buys nothing against guessing that the limits
do not already stop; what it cost was intake: scrypt took 189 ms, 93% of a submission, and
held the surge of complaints to 8 a second (issue 23). The code is stored as an HMAC-SHA256
instead, keyed by a key derived from the current data key (DATA_ENCRYPTION_KEYS, rotated with
it), so a copy of the database alone tells nothing about the codes:

    hmac-sha256$<first 12 hex of the key's fingerprint>$<64 hex>   (89 characters; column: 128)

Codes stored before, as Django password hashes ("scrypt$..."), and codes hashed under a key
that has since moved down the list, keep verifying.
"""

import hashlib
import hmac
from functools import cache

from django.contrib.auth.hashers import check_password

from .crypto import configured_keys, key_fingerprint

SCHEME = "hmac-sha256"
KEY_ID_LENGTH = 12
# Derived, never the data key itself: the same key must not serve two purposes.
PURPOSE = b"complaint-tracking-code:v1"


def code_key(data_key) -> bytes:
    raw = data_key.encode("ascii") if isinstance(data_key, str) else data_key
    return hmac.new(raw.strip(), PURPOSE, hashlib.sha256).digest()


def key_id(data_key) -> str:
    return key_fingerprint(data_key)[:KEY_ID_LENGTH]


def keyed_digest(code: str, data_key) -> str:
    return hmac.new(code_key(data_key), code.encode("utf-8"), hashlib.sha256).hexdigest()


def hash_code(code: str) -> str:
    data_key = configured_keys()[0]
    return f"{SCHEME}${key_id(data_key)}${keyed_digest(code, data_key)}"


def code_matches(code: str, encoded: str) -> bool:
    if not encoded.startswith(SCHEME + "$"):
        return check_password(code, encoded)  # a code stored before (scrypt, PBKDF2)
    _scheme, stored_key_id, digest = encoded.split("$", 2)
    for data_key in configured_keys():
        if key_id(data_key) == stored_key_id:
            return hmac.compare_digest(keyed_digest(code, data_key), digest)
    return False  # its key is no longer configured


@cache
def decoy_hash() -> str:
    """Checked when the reference is unknown, so a wrong reference costs as long as a wrong
    code and the response time tells nothing."""
    return hash_code("no complaint has this reference")
