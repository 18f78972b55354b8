"""/api/v2/schema/ (the OpenAPI 3.1 document) and /api/v2/docs/ (the same, as a page a
person reads, rendered on the server: no script, nothing fetched from elsewhere).

The document is assembled from the endpoints' own declarations (orientation/core/api_schema.py
says how, and why not a generator)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from orientation.core import api_schema as parts
from orientation.core.links import public_url

from .api import ENDPOINTS

SCHEMA_SECONDS = 300
DESCRIPTION = (
    "Read-only public data of the Safe work abroad portal for NGOs and partners: pages in "
    "every language, alerts in force, the support directory, the register of licensed "
    "recruitment agencies and anonymised complaint statistics. No key is needed; CORS is "
    "open; answers are cached for 5 minutes (poll no more often). Every error under /api/ "
    'is JSON: {"message": "..."}. Guide: /api/v2/docs/.'
)


def schema_name(name):
    return {"pages": "Page", "agencies": "Agency", "alerts": "Alert", "resources": "Resource"}[name]


def openapi_document():
    # Field descriptions come from the models' verbose names: the document is in English.
    with translation.override("en"):
        return build_document()


def build_document():
    paths = {}
    schemas = {"Error": parts.ERROR_SCHEMA}
    for name, endpoint in ENDPOINTS.items():
        if hasattr(endpoint, "openapi_paths"):  # an endpoint of its own making (statistics)
            schemas.update(endpoint.openapi_schemas())
            paths.update(endpoint.openapi_paths(name))
            continue
        component = schema_name(name)
        item_ref = {"$ref": f"#/components/schemas/{component}"}
        if name == "pages":
            schemas[component] = parts.page_item_schema()
            filters = parts.page_filters()
            summary = "Every live public page of every language."
        else:
            schemas[component] = parts.record_schema(endpoint, endpoint.openapi_fields)
            filters = endpoint.openapi_filters()
            summary = endpoint.openapi_summary
        extra = getattr(endpoint, "openapi_listing_extra", None)
        paths.update(
            parts.record_paths(
                name, endpoint, item_ref, filters, summary, extra(item_ref) if extra else None
            )
        )
    return {
        "openapi": parts.OPENAPI_VERSION,
        "info": {
            "title": "Safe work abroad: partners' API",
            "version": "2",
            "description": DESCRIPTION,
        },
        "servers": [{"url": public_url("/api/v2")}],
        "paths": paths,
        "components": {"schemas": schemas},
    }


@require_safe
@cache_control(public=True, max_age=SCHEMA_SECONDS)
def schema(request):
    return JsonResponse(openapi_document(), json_dumps_params={"ensure_ascii": False, "indent": 1})


@require_safe
@cache_control(public=True, max_age=SCHEMA_SECONDS)
def docs(request):
    document = openapi_document()
    operations = [
        {"path": path, "method": method.upper(), **operation}
        for path, methods in document["paths"].items()
        for method, operation in methods.items()
    ]
    for operation in operations:
        for parameter in operation["parameters"]:
            parameter["values"] = parameter["schema"].get("enum")
    return render(
        request,
        "api/docs.html",
        {
            "document": document,
            "operations": operations,
            "schema_url": public_url("/api/v2/schema/"),
        },
    )
