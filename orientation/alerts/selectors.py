from django.utils import timezone
from wagtail.models import Locale

from .models import Alert

LEVEL_ORDER = {Alert.Level.EMERGENCY: 0, Alert.Level.WARNING: 1, Alert.Level.INFO: 2}


def alerts_for_reader(destination=None, at=None):
    """Live, unexpired alerts in the reader's locale (or Khmer when not translated), most
    serious first. One query, whatever the number of alerts."""
    at = at or timezone.now()
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return []
    alerts = list(Alert.objects.current(at).for_destination(destination).filter(locale=locale))
    if not alerts and locale.language_code != "km":
        alerts = list(
            Alert.objects.current(at)
            .for_destination(destination)
            .filter(locale__language_code="km")
        )
    return sorted(
        alerts, key=lambda alert: (LEVEL_ORDER.get(alert.level, 9), -alert.starts_at.timestamp())
    )
