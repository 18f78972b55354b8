"""Demo alerts (demo/alerts.yaml), so the banner, the feed and the API have something to show.
Each says "demo" in its title and text, names no real event, and expires after `days_live`."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from orientation.core.demo_loader import load
from orientation.destinations.models import Destination

from .models import Alert

CONTENT = "alerts"


def ensure_demo_alert(entry, km_locale, en_locale):
    level = entry["level"]
    if level not in Alert.Level.values:
        raise entry.error("level", f"not one of {Alert.Level.values}")
    alert = Alert.objects.filter(locale=km_locale, title=entry.text("title", "km")).first()
    if alert is None:
        now = timezone.now()
        alert = Alert(
            locale=km_locale,
            level=level,
            starts_at=now,
            expires_at=now + datetime.timedelta(days=entry["days_live"]),
            live=True,
            **entry.fields("km", "title", "message"),
        )
        alert.destinations.set(Destination.objects.filter(slug__in=entry.strings("destinations")))
        alert.save()
        alert.save_revision().publish()
    if alert.get_translation_or_none(en_locale) is None:
        translation = alert.copy_for_translation(en_locale)
        for name, value in entry.fields("en", "title", "message").items():
            setattr(translation, name, value)
        translation.live = True
        translation.save()
        translation.save_revision().publish()
    return alert


def build(stdout=None):
    km_locale = Locale.objects.get(language_code="km")
    en_locale = Locale.objects.get(language_code="en")
    with transaction.atomic():
        for entry in load(CONTENT).entries("alerts"):
            ensure_demo_alert(entry, km_locale, en_locale)
    if stdout is not None:
        stdout.write("alerts: one demo alert (Thailand) in km and en")
