"""`manage.py check` findings about complaints: notices that could reach nobody, and a host
whose current encryption key was retired after a rotation.

They read the database, so before `migrate` has made the tables they say nothing."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register
from django.db.utils import DatabaseError

from .crypto import current_key_fingerprint, current_key_is_retired


@register()
def destinations_without_officer_check(app_configs=None, **kwargs):
    from .selectors import destinations_without_active_officer

    try:
        uncovered = [destination.slug for destination in destinations_without_active_officer()]
    except DatabaseError:
        return []
    if not uncovered:
        return []
    return [
        Warning(
            f"No active complaint officer for: {', '.join(uncovered)}.",
            hint=(
                "Their complaints go to the supervisors, or to COMPLAINT_FALLBACK_EMAIL. A "
                "supervisor adds officers in the admin (Complaint officers), or run "
                "`manage.py add_officer USERNAME EMAIL --destination SLUG --first-name NAME "
                "--last-name NAME`."
            ),
            id="complaints.W001",
        )
    ]


@register(deploy=True)
def fallback_address_check(app_configs=None, **kwargs):
    if getattr(settings, "COMPLAINT_FALLBACK_EMAIL", ""):
        return []
    return [
        Warning(
            "COMPLAINT_FALLBACK_EMAIL is not set: a complaint for a destination with no "
            "officer, while no supervisor exists, would reach nobody.",
            hint="Set it to an address the labour sub-committee reads every day.",
            id="complaints.W002",
        )
    ]


@register(Tags.database)
def current_key_not_retired(app_configs, **kwargs):
    try:
        retired = current_key_is_retired()
    except DatabaseError:  # no table yet (a fresh database before migrate)
        return []
    if not retired:
        return []
    return [
        Error(
            "The first key of DATA_ENCRYPTION_KEYS was retired after a key rotation "
            f"(fingerprint {current_key_fingerprint()[:16]}).",
            hint="Put the current key first, as on the other hosts (docs/deployment.md).",
            id="complaints.E001",
        )
    ]
