import datetime

import factory
from django.utils import timezone
from wagtail.models import Locale

from orientation.alerts.models import Alert


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

    @factory.post_generation
    def destinations(self, create, extracted, **kwargs):
        if extracted:
            from orientation.destinations.models import Destination

            self.destinations.set(Destination.objects.filter(slug__in=extracted))
            self.save()


def translate_alert(alert, code, **fields):
    translation = alert.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.live = True
    translation.save()
    return translation
