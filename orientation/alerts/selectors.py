from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale

from orientation.core.links import public_url
from orientation.core.reader_language import in_reader_locale

from .models import Alert

LEVEL_ORDER = {Alert.Level.EMERGENCY: 0, Alert.Level.WARNING: 1, Alert.Level.INFO: 2}


def alerts_for_reader(destination=None, at=None):
    """Live, unexpired alerts as a reader of the active locale sees them (each translated
    one in that language, every other one in Khmer), most serious first. One query,
    whatever the number of alerts."""
    at = at or timezone.now()
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return []
    current = Alert.objects.current(at).for_destination(destination)
    alerts = list(in_reader_locale(current, locale).select_related("locale"))
    return sorted(
        alerts, key=lambda alert: (LEVEL_ORDER.get(alert.level, 9), -alert.starts_at.timestamp())
    )


def alert_link(alert):
    """Where an alert leads, absolute: the outside page the editors chose, a page of the site,
    or the alert itself on the home page of the active language. For the feed and the bot."""
    if alert.link.startswith(("http://", "https://")):
        return alert.link
    if alert.link:
        return public_url(alert.link)
    return public_url(reverse("wagtail_serve", args=[""]) + f"#alert-{alert.translation_key}")
