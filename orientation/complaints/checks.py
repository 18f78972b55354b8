"""`manage.py check` warnings about complaints that could reach nobody.

Registered as ordinary checks so that `check` and `check --deploy` (run when deploying) show
them. They read the database, so before `migrate` has made the tables they say nothing."""

from django.conf import settings
from django.core.checks import Warning, register
from django.db.utils import DatabaseError


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
                "Their complaints go to the supervisors, or to COMPLAINT_FALLBACK_EMAIL. Add "
                "officers with `manage.py add_officer USERNAME EMAIL --destination SLUG`."
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
