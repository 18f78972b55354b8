"""/api/v2/resources/: the support directory for partners (read-only, every locale)."""

from rest_framework.fields import Field
from wagtail.api import APIField
from wagtail.api.v2.views import BaseAPIViewSet

from orientation.core.api import (
    TRANSLATABLE_LISTING_FIELDS,
    TRANSLATABLE_META_FIELDS,
    RecordAPIMixin,
    RelatedSlugsField,
    choices_by,
    locale_from_query,
    value_choices,
)
from orientation.core.api_schema import SLUGS, choice
from orientation.core.constants import TO_BE_CONFIRMED_EN
from orientation.destinations.models import Destination
from orientation.destinations.selectors import destination_parameter

from .models import Organisation, Service, SpokenLanguage
from .selectors import filter_organisations, live_organisations, with_related


class PhoneNumbersField(Field):
    """Every phone line, but a number only when verified with a source (truth rule): a bot
    must never read out a number nobody has vouched for."""

    def get_attribute(self, instance):
        return instance

    def to_representation(self, organisation):
        numbers = []
        for block in organisation.contacts:
            phone = block.value["phone"]
            verified = bool(phone["verified"] and phone["number"])
            numbers.append(
                {
                    "label": block.value["label"],
                    "number": phone["number"] if verified else None,
                    "verified": verified,
                    "source": phone["source"] if verified else None,
                    "status": "verified" if verified else TO_BE_CONFIRMED_EN,
                }
            )
        return numbers


class AddressField(Field):
    def get_attribute(self, instance):
        return instance

    def to_representation(self, organisation):
        if not organisation.verified_address:
            return {"text": None, "source": None, "status": TO_BE_CONFIRMED_EN}
        return {
            "text": organisation.verified_address,
            "source": organisation.address_source,
            "status": "verified",
        }


class OrganisationsAPIViewSet(RecordAPIMixin, BaseAPIViewSet):
    name = "resources"
    model = Organisation
    filter_parameters = frozenset({"destination", "service", "language", "kind"})
    body_fields = [
        "id",
        "name",
        "kind",
        "description",
        APIField("services", serializer=RelatedSlugsField()),
        APIField("destinations", serializer=RelatedSlugsField()),
        APIField("languages", serializer=RelatedSlugsField(attribute="code")),
        APIField("phone_numbers", serializer=PhoneNumbersField()),
        APIField("address", serializer=AddressField()),
        "website",
        "last_reviewed",
    ]
    meta_fields = TRANSLATABLE_META_FIELDS
    listing_default_fields = [
        *TRANSLATABLE_LISTING_FIELDS,
        "name",
        "kind",
        "services",
        "destinations",
        "languages",
        "phone_numbers",
    ]

    openapi_summary = "The support directory: NGOs, hotlines, shelters, embassies."
    openapi_fields = {
        "services": SLUGS,
        "destinations": {**SLUGS, "description": "empty: helps workers going anywhere"},
        "languages": SLUGS,
        "phone_numbers": {
            "type": "array",
            "description": "A number only when an editor verified it and named its source.",
            "items": {
                "type": "object",
                "properties": {
                    "label": {"type": "string"},
                    "number": {"type": ["string", "null"]},
                    "verified": {"type": "boolean"},
                    "source": {"type": ["string", "null"]},
                    "status": {"type": "string", "enum": ["verified", TO_BE_CONFIRMED_EN]},
                },
                "required": ["label", "number", "verified", "source", "status"],
                "additionalProperties": False,
            },
        },
        "address": {
            "type": "object",
            "properties": {
                "text": {"type": ["string", "null"]},
                "source": {"type": ["string", "null"]},
                "status": {"type": "string", "enum": ["verified", TO_BE_CONFIRMED_EN]},
            },
            "required": ["text", "source", "status"],
            "additionalProperties": False,
        },
    }

    @classmethod
    def openapi_filters(cls):
        return {
            "destination": destination_parameter(
                "Organisations helping workers in this destination (and those helping anywhere).",
                example="malaysia",
            ),
            "service": choice(
                "service", "Offering this service.", Service.objects.values_list("slug", flat=True)
            ),
            "language": choice(
                "language",
                "Speaking this language.",
                SpokenLanguage.objects.values_list("code", flat=True),
            ),
            "kind": choice("kind", "Of this kind.", Organisation.Kind.values),
        }

    def validate_filters(self, request):
        self.filters = self.selected_filters()

    def selected_filters(self):
        request = self.request
        return {
            "destination": self.choice_from_query(
                request, "destination", choices_by(Destination.objects.all())
            ),
            "service": self.choice_from_query(
                request, "service", choices_by(Service.objects.all())
            ),
            "language": self.choice_from_query(
                request, "language", choices_by(SpokenLanguage.objects.all(), key="code")
            ),
            "kind": self.choice_from_query(
                request, "kind", value_choices(Organisation.Kind.values)
            ),
        }

    def get_queryset(self):
        organisations = live_organisations()
        if self.action != "listing_view":
            return with_related(organisations).order_by("id")
        filters = self.filters
        locale = locale_from_query(self.request)
        if locale is not None:
            organisations = organisations.filter(locale=locale)
        if filters["kind"]:
            organisations = organisations.filter(kind=filters["kind"])
        organisations = filter_organisations(
            organisations, filters["destination"], filters["service"], filters["language"]
        )
        return with_related(organisations).order_by("name", "id")
