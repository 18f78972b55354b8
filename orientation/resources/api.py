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
from orientation.core.constants import TO_BE_CONFIRMED_EN
from orientation.destinations.models import Destination

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
