import factory
from wagtail.models import Locale

from orientation.resources.models import Organisation
from tests.factories import related_by, translate_record


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

    services = related_by("services", "resources.Service")
    destinations = related_by("destinations", "destinations.Destination")
    languages = related_by("languages", "resources.SpokenLanguage", field="code")


# The name the directory tests use.
translate = translate_record
