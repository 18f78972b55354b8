"""/api/v2/alerts/: the alerts in force now, for partners' sites and chat bots.

`?destination=thailand&locale=km` gives what a Khmer reader of the Thailand guide sees:
alerts for every destination plus those naming Thailand, most serious first.
"""

from django.db.models import Case, IntegerField, Value, When
from django.utils import timezone
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
from orientation.destinations.models import Destination
from orientation.destinations.selectors import destination_parameter

from .models import Alert

# Most serious first, then newest: the order a reader must see them in.
LEVEL_RANK = {Alert.Level.EMERGENCY: 0, Alert.Level.WARNING: 1, Alert.Level.INFO: 2}


class AlertsAPIViewSet(RecordAPIMixin, BaseAPIViewSet):
    name = "alerts"
    model = Alert
    filter_parameters = frozenset({"destination", "level"})
    body_fields = [
        "id",
        "title",
        "message",
        "level",
        APIField("destinations", serializer=RelatedSlugsField()),
        "link",
        "starts_at",
        "expires_at",
    ]
    meta_fields = TRANSLATABLE_META_FIELDS
    listing_default_fields = [
        *TRANSLATABLE_LISTING_FIELDS,
        "title",
        "message",
        "level",
        "destinations",
        "link",
        "starts_at",
        "expires_at",
    ]

    openapi_summary = (
        "Alerts in force now, most serious first (emergency, warning, info), then newest."
    )
    openapi_fields = {"destinations": {**SLUGS, "description": "empty: every destination"}}

    @classmethod
    def openapi_filters(cls):
        return {
            "destination": destination_parameter(
                "Alerts for every destination plus those naming this one.", example="thailand"
            ),
            "level": choice("level", "Only alerts of this level.", Alert.Level.values),
        }

    def validate_filters(self, request):
        self.filters = {
            "destination": self.choice_from_query(
                request, "destination", choices_by(Destination.objects.all())
            ),
            "level": self.choice_from_query(request, "level", value_choices(Alert.Level.values)),
        }

    def get_queryset(self):
        # Only alerts in force: an expired or scheduled alert is not news a bot should repeat.
        alerts = Alert.objects.current(timezone.now())
        if self.action == "listing_view":
            locale = locale_from_query(self.request)
            if locale is not None:
                alerts = alerts.filter(locale=locale)
            if self.filters["level"]:
                alerts = alerts.filter(level=self.filters["level"])
            alerts = alerts.for_destination(self.filters["destination"])
        alerts = alerts.select_related("locale").prefetch_related("destinations")
        return alerts.order_by(level_rank(), "-starts_at", "id")


def level_rank():
    return Case(
        *[When(level=level, then=Value(rank)) for level, rank in LEVEL_RANK.items()],
        default=Value(9),
        output_field=IntegerField(),
    )
