"""Wagtail API v2 router for partners: read-only JSON under /api/v2/.

Each area that publishes records declares `API_ENDPOINTS = [(name, EndpointClass), ...]` in
its own `api.py`; this module gathers them, so areas never edit a shared file.
"""

from importlib import import_module

from wagtail.api.v2.router import WagtailAPIRouter

AREAS_WITH_ENDPOINTS = [
    "orientation.core",
    "orientation.destinations",
    "orientation.scams",
    "orientation.alerts",
    "orientation.resources",
]

api_router = WagtailAPIRouter("wagtailapi")


def register_area_endpoints(router):
    for area in AREAS_WITH_ENDPOINTS:
        try:
            module = import_module(f"{area}.api")
        except ModuleNotFoundError as error:
            if error.name != f"{area}.api":
                raise
            continue
        for name, endpoint in getattr(module, "API_ENDPOINTS", []):
            router.register_endpoint(name, endpoint)


register_area_endpoints(api_router)
