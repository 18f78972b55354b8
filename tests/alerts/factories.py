import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from orientation.alerts.models import Alert
from tests.factories import related_by, translate_record


class AlertFactory(factory.django.DjangoModelFactory):
    """A live Khmer alert shown from now for a day. `destinations=["thailand"]` takes slugs."""

    class Meta:
        model = Alert
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"ការជូនដំណឹង {n}")
    message = "សារ"
    level = Alert.Level.WARNING
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="km"))
    live = True
    starts_at = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(minutes=1))
    expires_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=1))

    destinations = related_by("destinations", "destinations.Destination")


# The name the alert tests use.
translate_alert = translate_record
