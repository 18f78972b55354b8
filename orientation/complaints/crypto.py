"""Encryption at rest for complaint personal data (contact details, descriptions, notes,
attachments) with the keys in DATA_ENCRYPTION_KEYS: the first one encrypts, every one of them
decrypts, so keys can be rotated and `manage.py reencrypt_complaints` moves old rows over.

Rotation across several hosts (docs/deployment.md): once every row is under the new key,
`reencrypt_complaints --retire-old` records the fingerprints of the old keys (a hash, never
the key). A host whose first key is retired would write what the other hosts, which no
longer hold that key, cannot read: it refuses to encrypt anything (so nothing is stored),
its /healthz answers 503, the system check fails and production refuses to start."""

import hashlib
import threading
import time
from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.apps import apps
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


class DecryptionError(RuntimeError):
    """Raised instead of showing ciphertext when no configured key opens a value: a wrong or
    missing key must stop the request loudly, never display garbage or an empty field."""


@lru_cache(maxsize=4)
def _multi_fernet(keys):
    if not keys:
        raise ImproperlyConfigured("DATA_ENCRYPTION_KEYS is empty: complaints cannot be stored.")
    try:
        return MultiFernet([Fernet(key) for key in keys])
    except ValueError as error:
        raise ImproperlyConfigured("DATA_ENCRYPTION_KEYS holds an invalid Fernet key.") from error


class RetiredKeyError(ImproperlyConfigured):
    """This host's current (first) key was retired after a rotation: writing with it would
    store data the other hosts cannot read."""


def configured_keys():
    keys = getattr(settings, "DATA_ENCRYPTION_KEYS", None) or []
    if isinstance(keys, str):
        keys = [key.strip() for key in keys.split(",") if key.strip()]
    return tuple(keys)


def cipher():
    return _multi_fernet(configured_keys())


def key_fingerprint(key) -> str:
    """A one-way fingerprint that names a key in the database and in messages."""
    raw = key.encode("ascii") if isinstance(key, str) else key
    return hashlib.sha256(b"complaint-key-fingerprint:" + raw.strip()).hexdigest()


def current_key_fingerprint() -> str:
    keys = configured_keys()
    return key_fingerprint(keys[0]) if keys else ""


# The answer "is the current key retired?" is remembered for a few seconds per process, so
# that a complaint's seven encrypted fields cost one query, not seven; recording a retired
# key in this process forgets it at once (RetiredEncryptionKey.save).
RETIREMENT_CHECK_SECONDS = 5
_retirement_memo = {}
_memo_lock = threading.Lock()


def forget_retirement_checks():
    with _memo_lock:
        _retirement_memo.clear()


def current_key_is_retired() -> bool:
    # Looked up through the app registry: the model module builds its fields from this one,
    # so this module stays below it (models -> crypto, never back).
    retired_keys = apps.get_model("complaints", "RetiredEncryptionKey")
    fingerprint = current_key_fingerprint()
    if not fingerprint:
        return False
    now = time.monotonic()
    with _memo_lock:
        known = _retirement_memo.get(fingerprint)
    if known is not None and now - known[1] < RETIREMENT_CHECK_SECONDS:
        return known[0]
    retired = retired_keys.objects.filter(fingerprint=fingerprint).exists()
    with _memo_lock:
        _retirement_memo[fingerprint] = (retired, now)
    return retired


def ensure_current_key_not_retired():
    if current_key_is_retired():
        raise RetiredKeyError(
            "The first key of DATA_ENCRYPTION_KEYS on this host was retired after a key "
            f"rotation (fingerprint {current_key_fingerprint()[:16]}): put the current key "
            "first, as on the other hosts (docs/deployment.md, key rotation). Nothing is "
            "encrypted or stored with a retired key."
        )


def encrypt_bytes(data: bytes) -> bytes:
    ensure_current_key_not_retired()
    return cipher().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return cipher().decrypt(token)
    except InvalidToken as error:
        raise DecryptionError(
            "Complaint data could not be decrypted with DATA_ENCRYPTION_KEYS (wrong key?)."
        ) from error


def rotate_bytes(token: bytes) -> bytes:
    ensure_current_key_not_retired()
    try:
        return cipher().rotate(token)
    except InvalidToken as error:
        raise DecryptionError(
            "Complaint data could not be re-encrypted: no key opens it."
        ) from error


def encrypt_text(value: str) -> str:
    return encrypt_bytes(value.encode("utf-8")).decode("ascii")


def decrypt_text(token: str) -> str:
    return decrypt_bytes(token.encode("ascii")).decode("utf-8")


class EncryptedTextField(models.TextField):
    """Text stored as a Fernet token; Python code only ever sees the plain text. Empty values
    stay empty so that "not given" needs no key to read."""

    def from_db_value(self, value, expression, connection):
        if not value:
            return value
        return decrypt_text(value)

    def get_prep_value(self, value):
        value = super().get_prep_value(value)
        if not value:
            return value
        return encrypt_text(value)


def refuse_to_start_with_retired_key():
    """Called when the WSGI application loads (portal/wsgi.py): a host whose first key was
    retired stops there, before serving anything. A database that does not answer yet is
    not a reason to refuse: /healthz and the refusal to encrypt still hold."""
    from django.db import DatabaseError

    try:
        ensure_current_key_not_retired()
    except DatabaseError:
        return


def encryption_status() -> str:
    """For /healthz: "ok", or "retired-key" when this host must not serve."""
    from django.db import DatabaseError

    try:
        return "retired-key" if current_key_is_retired() else "ok"
    except DatabaseError:
        return "unknown"
