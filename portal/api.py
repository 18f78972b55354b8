"""Wagtail API v2 router for partners: read-only JSON under /api/v2/.

The project names every endpoint here; an area that publishes a new kind of record adds its
line below."""

from wagtail.api.v2.router import WagtailAPIRouter

from orientation.alerts.api import AlertsAPIViewSet
from orientation.complaints.api import StatisticsEndpoint
from orientation.core.api import PartnerPagesAPIViewSet
from orientation.resources.api import OrganisationsAPIViewSet
from orientation.scams.api import AgencyAPIViewSet

api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", PartnerPagesAPIViewSet)
api_router.register_endpoint("agencies", AgencyAPIViewSet)
api_router.register_endpoint("alerts", AlertsAPIViewSet)
api_router.register_endpoint("resources", OrganisationsAPIViewSet)
api_router.register_endpoint("statistics", StatisticsEndpoint)
