"""Factories for the rights area: every page type and model it adds."""

import factory
import wagtail_factories
from wagtail.models import Locale

from orientation.rights.models import LegalInstrument, RightsIndexPage, RightsPage


def explainer_body(title="A right"):
    return [
        {"type": "explanation", "value": {"text": f"<p>What {title} means.</p>"}},
        {
            "type": "when_broken",
            "value": {"intro": "Be careful if:", "signs": ["Your employer keeps it."]},
        },
        {
            "type": "steps",
            "value": {
                "steps": ["Write down what happened.", "File a complaint."],
                "link_complaint_form": True,
                "link_destination_guides": True,
            },
        },
        {"type": "to_be_confirmed", "value": {"note": "Penalties: to be confirmed by editors."}},
    ]


class LegalInstrumentFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = LegalInstrument

    name = factory.Sequence(lambda n: f"Instrument {n}")
    slug = factory.Sequence(lambda n: f"instrument-{n}")
    kind = LegalInstrument.Kind.ILO_CONVENTION
    year = "2011"
    number = factory.Sequence(lambda n: f"C{n}")
    summary = "A one-line summary."
    locale = factory.LazyFunction(Locale.get_default)


class RightsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RightsIndexPage

    title = "Your rights"
    slug = "rights"
    intro = "Short explanations of your rights."


class RightsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = RightsPage
        skip_postgeneration_save = True

    title = factory.Sequence(lambda n: f"Right number {n}")
    slug = factory.Sequence(lambda n: f"right-{n}")
    summary = factory.LazyAttribute(lambda page: f"Summary of {page.title}.")
    body = factory.LazyAttribute(lambda page: explainer_body(page.title))

    @factory.post_generation
    def cited_instruments(self, create, extracted, **kwargs):
        if extracted:
            self.cited_instruments.set(extracted)
            if create:
                self.save()

    @factory.post_generation
    def related_destinations(self, create, extracted, **kwargs):
        if extracted:
            self.related_destinations.set(extracted)
            if create:
                self.save()
