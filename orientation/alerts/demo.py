"""A demo alert, so the banner, the feed and the API have something to show. It says "demo"
in its title and text, names no real event, and expires a year after it is made."""

import datetime

from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale

from orientation.destinations.models import Destination

from .models import Alert

DEMO_ALERT = {
    "km": {
        "title": "ការជូនដំណឹងសាកល្បង (Demo)",
        "message": (
            "នេះគ្រាន់តែជាឧទាហរណ៍នៃការជូនដំណឹងប៉ុណ្ណោះ។ អ្នកកែសម្រួលផ្សព្វផ្សាយការជូនដំណឹងពិត "
            "(អាសន្ន ការបិទព្រំដែន ការបោកប្រាស់ដែលកំពុងរីករាលដាល) នៅក្នុងផ្ទាំងគ្រប់គ្រង។"
        ),
    },
    "en": {
        "title": "Demo alert",
        "message": (
            "This is only an example of an alert. Editors publish real alerts (emergencies, "
            "border closures, scams spreading now) in the admin."
        ),
    },
    "level": Alert.Level.INFO,
    "destinations": ["thailand"],
}


def ensure_demo_alert():
    km_locale = Locale.objects.get(language_code="km")
    en_locale = Locale.objects.get(language_code="en")
    alert = Alert.objects.filter(locale=km_locale, title=DEMO_ALERT["km"]["title"]).first()
    if alert is None:
        now = timezone.now()
        alert = Alert(
            locale=km_locale,
            level=DEMO_ALERT["level"],
            starts_at=now,
            expires_at=now + datetime.timedelta(days=365),
            live=True,
            **DEMO_ALERT["km"],
        )
        alert.destinations.set(Destination.objects.filter(slug__in=DEMO_ALERT["destinations"]))
        alert.save()
        alert.save_revision().publish()
    if alert.get_translation_or_none(en_locale) is None:
        translation = alert.copy_for_translation(en_locale)
        for name, value in DEMO_ALERT["en"].items():
            setattr(translation, name, value)
        translation.live = True
        translation.save()
        translation.save_revision().publish()
    return alert


def build(stdout=None):
    with transaction.atomic():
        ensure_demo_alert()
    if stdout is not None:
        stdout.write("alerts: one demo alert (Thailand) in km and en")
