from django.db.models import Min, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from wagtail.models import Locale

from orientation.core.content_generation import until_content_or_clock_changes
from orientation.core.links import public_url
from orientation.core.reader_language import in_reader_locale

from .models import Alert

LEVEL_ORDER = {Alert.Level.EMERGENCY: 0, Alert.Level.WARNING: 1, Alert.Level.INFO: 2}


def alerts_for_reader(destination=None, at=None):
    """Live, unexpired alerts as a reader of the active locale sees them (each translated
    one in that language, every other one in Khmer), most serious first. Asked about now
    (every page's banner), the answer is kept until the content changes or the next alert
    starts or expires, whichever comes first: no query on most pages."""
    if at is not None:
        return _current_alerts(destination, at)
    key = f"alerts:{get_language()}:{destination.pk if destination else '-'}"

    def build():
        now = timezone.now()
        return _current_alerts(destination, now), seconds_until_next_alert_change(now)

    return until_content_or_clock_changes(key, build)


def _current_alerts(destination, at):
    """One query, whatever the number of alerts."""
    try:
        locale = Locale.get_active()
    except Locale.DoesNotExist:
        return []
    current = Alert.objects.current(at).for_destination(destination)
    alerts = list(in_reader_locale(current, locale).select_related("locale"))
    return sorted(
        alerts, key=lambda alert: (LEVEL_ORDER.get(alert.level, 9), -alert.starts_at.timestamp())
    )


def seconds_until_next_alert_change(now=None):
    """Alerts start and expire on a clock, not on a save, so no signal marks the change:
    whatever shows alerts is kept no longer than this (None: no change is scheduled)."""
    now = now or timezone.now()
    bounds = Alert.objects.filter(live=True).aggregate(
        next_start=Min("starts_at", filter=Q(starts_at__gt=now)),
        next_expiry=Min("expires_at", filter=Q(expires_at__gt=now)),
    )
    upcoming = [moment for moment in bounds.values() if moment is not None]
    if not upcoming:
        return None
    return max(1, int((min(upcoming) - now).total_seconds()) + 1)


def alert_link(alert):
    """Where an alert leads, absolute: the outside page the editors chose, a page of the site,
    or the alert itself on the home page of the active language. For the feed and the bot."""
    if alert.link.startswith(("http://", "https://")):
        return alert.link
    if alert.link:
        return public_url(alert.link)
    return public_url(reverse("wagtail_serve", args=[""]) + f"#alert-{alert.translation_key}")
