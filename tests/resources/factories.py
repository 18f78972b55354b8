import factory
from wagtail.models import Locale

from orientation.resources.models import Organisation, Service, SpokenLanguage


def unverified_phone(label=""):
    return ("phone", {"label": label, "phone": {"number": "", "verified": False, "source": ""}})


def verified_phone(number, source, label=""):
    return (
        "phone",
        {"label": label, "phone": {"number": number, "verified": True, "source": source}},
    )


class OrganisationFactory(factory.django.DjangoModelFactory):
    """A live organisation in Khmer. `services=["shelter"]`, `destinations=["thailand"]` and
    `languages=["km"]` take slugs and codes."""

    class Meta:
        model = Organisation
        skip_postgeneration_save = True

    name = factory.Sequence(lambda n: f"Demo organisation {n}")
    kind = Organisation.Kind.NGO
    description = "What they do"
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="km"))
    live = True
    contacts = factory.LazyFunction(lambda: [unverified_phone()])

    @factory.post_generation
    def services(self, create, extracted, **kwargs):
        if extracted:
            self.services.set(Service.objects.filter(slug__in=extracted))
            self.save()

    @factory.post_generation
    def destinations(self, create, extracted, **kwargs):
        if extracted:
            from orientation.destinations.models import Destination

            self.destinations.set(Destination.objects.filter(slug__in=extracted))
            self.save()

    @factory.post_generation
    def languages(self, create, extracted, **kwargs):
        if extracted:
            self.languages.set(SpokenLanguage.objects.filter(code__in=extracted))
            self.save()


def translate(organisation, code, **fields):
    translation = organisation.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.live = True
    translation.save()
    return translation
