import datetime

import factory
import wagtail_factories
from django.utils import timezone

from orientation.scams.models import (
    Agency,
    AgencyStatus,
    AgencyStatusChange,
    ScamIndexPage,
    ScamWarningPage,
)


class AgencyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Agency
        django_get_or_create = ("licence_number",)
        skip_postgeneration_save = True

    name_latin = factory.Sequence(lambda n: f"Demo Recruitment Agency {n + 100}")
    name_km = factory.Sequence(lambda n: f"ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍ {n + 100}")
    licence_number = factory.Sequence(lambda n: f"DEMO-{n + 100:04d}")
    status = AgencyStatus.LICENSED
    valid_from = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=100))
    valid_until = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=500))

    @factory.post_generation
    def destinations(self, create, extracted, **kwargs):
        if create and extracted:
            self.destinations.set(extracted)


class AgencyStatusChangeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AgencyStatusChange

    agency = factory.SubFactory(AgencyFactory)
    from_status = AgencyStatus.LICENSED
    to_status = AgencyStatus.SUSPENDED
    reason = "Demo change"


class ScamIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ScamIndexPage

    title = "Job scams"
    slug = "scams"
    intro = "Know the tricks."


class ScamWarningPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ScamWarningPage

    title = factory.Sequence(lambda n: f"Warning {n}")
    slug = factory.Sequence(lambda n: f"warning-{n}")
    summary = "A trick used to lure workers."
    red_flags = [("red_flag", "They ask for money first.")]
    what_to_do = [("step", "Check the agency's licence.")]
