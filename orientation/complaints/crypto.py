"""Encryption at rest for complaint personal data (contact details, descriptions, notes,
attachments) with the keys in DATA_ENCRYPTION_KEYS: the first one encrypts, every one of them
decrypts, so keys can be rotated and `manage.py reencrypt_complaints` moves old rows over."""

from functools import lru_cache

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
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


def cipher():
    keys = getattr(settings, "DATA_ENCRYPTION_KEYS", None) or []
    if isinstance(keys, str):
        keys = [key.strip() for key in keys.split(",") if key.strip()]
    return _multi_fernet(tuple(keys))


def encrypt_bytes(data: bytes) -> bytes:
    return cipher().encrypt(data)


def decrypt_bytes(token: bytes) -> bytes:
    try:
        return cipher().decrypt(token)
    except InvalidToken as error:
        raise DecryptionError(
            "Complaint data could not be decrypted with DATA_ENCRYPTION_KEYS (wrong key?)."
        ) from error


def rotate_bytes(token: bytes) -> bytes:
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
