"""/api/v2/agencies/: the public register, read-only, for partners' apps and hotline staff.

Only public fields are listed here; a filter that is unknown or malformed answers 400 with
a JSON message (never a 500, never silently ignored). ``?search=`` reads a licence number or
a name as the web's agency check does (``selectors.search_agencies``); when it, or
``?licence_number=``, matches nothing exactly, ``close_matches`` lists the nearest agencies
in the register, so that an app never answers "not registered" while one may be meant."""

from rest_framework import serializers
from rest_framework.filters import BaseFilterBackend
from wagtail.api import APIField
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet

from orientation.core.api import PublicUrlField, StrictPartnerAPIMixin
from orientation.core.api_schema import SLUGS, URL, choice, parameter
from orientation.core.text import normalise_text
from orientation.destinations.models import Destination
from orientation.destinations.selectors import destination_parameter

from .models import Agency, AgencyStatus
from .normalise import MAX_QUERY_LENGTH, licence_key, search_key
from .selectors import close_agencies, search_agencies, with_effective_status


class DestinationSlugsField(serializers.Field):
    def to_representation(self, value):
        return [destination.slug for destination in value.all()]


class AgencyRegisterFilter(BaseFilterBackend):
    """licence_number (any case, spaces, dashes), status (as readers see it) and destination
    (slug)."""

    def filter_queryset(self, request, queryset, view):
        parameters = request.GET
        if "search" in parameters:
            found = search_agencies(parameters["search"])
            if found.problem == "empty":
                raise BadRequestError("search must not be empty")
            if found.problem == "too_long":
                raise BadRequestError(f"search must be at most {MAX_QUERY_LENGTH} characters")
            view.close_matches = found.close_matches
            queryset = queryset.filter(pk__in=[agency.pk for agency in found.results])
        if "licence_number" in parameters:
            typed = normalise_text(parameters["licence_number"][:MAX_QUERY_LENGTH])
            key = licence_key(typed)
            if not key:
                raise BadRequestError("licence_number must not be empty")
            queryset = queryset.filter(licence_key=key)
            if not queryset.exists():
                view.close_matches = close_agencies(search_key(typed), key)
        if "status" in parameters:
            status = normalise_text(parameters["status"]).lower()
            if status not in AgencyStatus.values:
                raise BadRequestError("status must be one of: " + ", ".join(AgencyStatus.values))
            queryset = with_effective_status(queryset, status)
        if "destination" in parameters:
            slug = normalise_text(parameters["destination"]).lower()
            if not Destination.objects.filter(slug=slug).exists():
                raise BadRequestError(
                    "destination must be one of: "
                    + ", ".join(Destination.objects.values_list("slug", flat=True))
                )
            queryset = queryset.filter(destinations__slug=slug).distinct()
        return queryset


class AgencyAPIViewSet(StrictPartnerAPIMixin, BaseAPIViewSet):
    model = Agency
    name = "agencies"
    filter_backends = [AgencyRegisterFilter]
    known_query_parameters = frozenset(
        [
            "limit",
            "offset",
            "fields",
            "format",
            "search",
            "licence_number",
            "status",
            "destination",
        ]
    )
    body_fields = [
        "id",
        "name_km",
        "name_latin",
        "licence_number",
        APIField("status", serializer=serializers.CharField(source="effective_status")),
        "valid_from",
        "valid_until",
        APIField("destinations", serializer=DestinationSlugsField()),
        APIField("address", serializer=serializers.CharField()),
        APIField("phone", serializer=serializers.CharField(source="public_phone")),
        APIField("page_url", serializer=PublicUrlField(source="get_url")),
        "register_checked_at",
    ]
    listing_default_fields = [
        "id",
        "type",
        "detail_url",
        "name_km",
        "name_latin",
        "licence_number",
        "status",
        "valid_until",
        "destinations",
    ]

    openapi_summary = "The register of licensed recruitment agencies."
    openapi_fields = {
        "status": {
            "type": "string",
            "enum": list(AgencyStatus.values),
            "description": "as readers see it: a licence past its end date reads expired",
        },
        "destinations": SLUGS,
        "address": {"type": "string"},
        "phone": {"type": "string"},
        "page_url": {**URL, "description": "the agency's page on the public site"},
    }

    @classmethod
    def openapi_filters(cls):
        return {
            "search": parameter(
                "search",
                "A licence number or a name, forgiving as the web's agency check "
                f"(at most {MAX_QUERY_LENGTH} characters). Adds `close_matches`.",
                example="DEMO-0001",
            ),
            "licence_number": parameter(
                "licence_number",
                "An exact licence number, in any case, with or without spaces and dashes. "
                "Adds `close_matches`.",
                example="DEMO-0001",
            ),
            "status": choice("status", "Only agencies with this status.", AgencyStatus.values),
            "destination": destination_parameter(
                "Only agencies licensed to send workers to this destination.", example="thailand"
            ),
        }

    @classmethod
    def openapi_listing_extra(cls, item_ref):
        return {
            "close_matches": {
                "type": "array",
                "items": item_ref,
                "description": "With search or licence_number: the nearest agencies when "
                "nothing matched exactly (never say 'not registered' while it is not empty).",
            }
        }

    def listing_view(self, request):
        """The listing, with ``close_matches`` when a search or a licence number was asked
        for: the nearest agencies if nothing matched exactly, else an empty list."""
        self.close_matches = []
        response = super().listing_view(request)
        if {"search", "licence_number"} & set(request.GET):
            close = self.close_matches if not response.data["items"] else []
            response.data["close_matches"] = self.get_serializer(close, many=True).data
        return response

    def get_queryset(self):
        return (
            Agency.objects.in_register()
            .prefetch_related("destinations")
            .order_by("name_latin", "id")
        )

    def allowed_query_parameters(self):
        # A field name is not a filter here: only the filters the register documents.
        if self.action == "listing_view":
            return set(self.known_query_parameters)
        return super().allowed_query_parameters()

    def check_query_parameters(self, queryset):
        """Already done, more strictly, by the mixin before the view runs."""

    def find_object(self, queryset, request):
        if "id" in request.GET:
            try:
                return queryset.get(id=int(request.GET["id"]))
            except ValueError as error:
                raise BadRequestError("id must be an integer") from error
        return None
