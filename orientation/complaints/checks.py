"""`manage.py check --database default` (and `migrate`, which runs the database checks):
refuses a host whose current encryption key was retired after a rotation."""

from django.core import checks
from django.db import DatabaseError

from .crypto import current_key_fingerprint, current_key_is_retired


@checks.register(checks.Tags.database)
def current_key_not_retired(app_configs, **kwargs):
    try:
        retired = current_key_is_retired()
    except DatabaseError:  # no table yet (a fresh database before migrate)
        return []
    if not retired:
        return []
    return [
        checks.Error(
            "The first key of DATA_ENCRYPTION_KEYS was retired after a key rotation "
            f"(fingerprint {current_key_fingerprint()[:16]}).",
            hint="Put the current key first, as on the other hosts (docs/deployment.md).",
            id="complaints.E001",
        )
    ]
