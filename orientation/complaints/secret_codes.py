"""Hashing of the secret code a worker uses to track a complaint.

The code is stored like a password, with a slow, memory-hard hash (scrypt), never in clear.
scrypt rather than Django's default PBKDF2 because the code is random (about 70 bits), so a
tenth of the CPU per submission is as safe, and intake must keep up with many submissions
on a small server.
"""

from functools import cache

from django.conf import settings
from django.contrib.auth.hashers import check_password, make_password


def hash_code(code: str) -> str:
    return make_password(code, hasher=getattr(settings, "COMPLAINT_CODE_HASHER", "scrypt"))


def code_matches(code: str, encoded: str) -> bool:
    return check_password(code, encoded)


@cache
def decoy_hash() -> str:
    """Checked when the reference is unknown, so a wrong reference costs as long as a wrong
    code and the response time tells nothing."""
    return hash_code("no complaint has this reference")
