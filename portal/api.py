"""Wagtail API v2 router for partners: read-only JSON under /api/v2/, and its OpenAPI
document (portal/api_schema.py), both built from ENDPOINTS.

The project names every endpoint here; an area that publishes a new kind of record adds its
line below."""

from wagtail.api.v2.router import WagtailAPIRouter

from orientation.alerts.api import AlertsAPIViewSet
from orientation.complaints.api import StatisticsEndpoint
from orientation.core.api import PartnerPagesAPIViewSet
from orientation.resources.api import OrganisationsAPIViewSet
from orientation.scams.api import AgencyAPIViewSet

ENDPOINTS = {
    "pages": PartnerPagesAPIViewSet,
    "agencies": AgencyAPIViewSet,
    "alerts": AlertsAPIViewSet,
    "resources": OrganisationsAPIViewSet,
    "statistics": StatisticsEndpoint,
}

api_router = WagtailAPIRouter("wagtailapi")
for name, endpoint in ENDPOINTS.items():
    api_router.register_endpoint(name, endpoint)
