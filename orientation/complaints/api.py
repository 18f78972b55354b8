"""/api/v2/statistics/: the public complaint statistics for partners, in the shape of the
other endpoints (a listing with "meta" and "items", a detail per item, JSON errors). The
items are the destinations (id: the destination's slug); "meta" holds the figures of all
destinations, per month and per registered agency."""

from django.http import JsonResponse
from django.urls import path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from orientation.core.api import MAX_LIMIT, MAX_OFFSET
from orientation.core.api_errors import api_error
from orientation.core.api_schema import common_parameters, errors, ok, parameter

from .statistics import complaint_statistics
from .statistics_views import GROUP_FIELDS, PUBLIC_SECONDS, destination_items, statistics_meta

# What ?fields= may name besides "*" (all) and "_" (none but the id).
ITEM_FIELDS = {"destination", "by_month", *GROUP_FIELDS}


def _page(request):
    """(offset, limit) of the listing, as the other endpoints bound them, or an error."""
    try:
        offset = int(request.GET.get("offset", 0))
        limit = int(request.GET.get("limit", 20))
    except ValueError:
        return None, "limit and offset must be whole numbers"
    if not 0 <= offset <= MAX_OFFSET:
        return None, f"offset must be between 0 and {MAX_OFFSET}"
    if not 1 <= limit <= MAX_LIMIT:
        return None, f"limit must be between 1 and {MAX_LIMIT}"
    return (offset, limit), None


def _fields(request, allowed=frozenset({"fields"})):
    """The fields asked for (None: all), or an error message for a query it cannot answer."""
    unknown = sorted(set(request.GET) - allowed)
    if unknown:
        return None, f"query parameter is not recognised: {', '.join(unknown)}"
    asked = [name for name in request.GET.get("fields", "*").split(",") if name]
    if asked in (["*"], []):
        return None, None
    bad = sorted(set(asked) - ITEM_FIELDS - {"_", "*", "id"})
    if bad:
        return None, f"unknown field(s): {', '.join(bad)}"
    if "*" in asked:
        return None, None
    return {name for name in asked if name in ITEM_FIELDS}, None


def _shown(item, fields):
    if fields is None:
        return item
    return {"id": item["id"], **{name: item[name] for name in fields}}


@require_safe
@cache_control(public=True, max_age=PUBLIC_SECONDS)
def listing(request):
    fields, problem = _fields(request, allowed=frozenset({"fields", "limit", "offset"}))
    page, page_problem = _page(request)
    if problem or page_problem:
        return api_error(problem or page_problem, 400)
    offset, limit = page
    figures = complaint_statistics()
    items = [_shown(item, fields) for item in destination_items(figures)][offset : offset + limit]
    return JsonResponse(
        {"meta": statistics_meta(figures), "items": items},
        json_dumps_params={"ensure_ascii": False},
    )


@require_safe
@cache_control(public=True, max_age=PUBLIC_SECONDS)
def detail(request, slug):
    fields, problem = _fields(request)
    if problem:
        return api_error(problem, 400)
    figures = complaint_statistics()
    for item in destination_items(figures):
        if item["id"] == slug:
            return JsonResponse(_shown(item, fields), json_dumps_params={"ensure_ascii": False})
    return api_error("Not found: no destination with this id.", 404)


def _figures_schema(extra=None):
    count = {"type": ["integer", "null"], "minimum": 0}
    share = {"type": ["number", "null"], "minimum": 0, "maximum": 100}
    return {
        "received": count,
        "urgent": count,
        "closed": count,
        "percent_first_answered_within_48_hours": share,
        "percent_urgent_first_answered_in_time": share,
        "median_hours_to_first_answer": {"type": ["number", "null"], "minimum": 0},
        "main_categories": {"type": "array", "items": {"type": "string"}},
        **(extra or {}),
    }


def _object(properties, required=None):
    return {
        "type": "object",
        "properties": properties,
        "required": list(required or []),
        "additionalProperties": False,
    }


MONTH = {"type": "string", "pattern": "^[0-9]{4}-[0-9]{2}$"}


class StatisticsEndpoint:
    """What WagtailAPIRouter needs of an endpoint: its URL patterns (and a model, which
    serves only to say that no model's objects are listed here)."""

    openapi_summary = "Anonymised complaint statistics per destination (counts under 5 are null)."

    @classmethod
    def openapi_schemas(cls):
        item = _object(
            {
                "id": {"type": "string", "description": "the destination's slug"},
                "destination": {"type": "string"},
                **_figures_schema(
                    {
                        "by_month": {
                            "type": "array",
                            "items": _object(_figures_schema({"month": MONTH})),
                        }
                    }
                ),
            },
            required=["id"],
        )
        meta = _object(
            {
                "total_count": {"type": "integer", "minimum": 0},
                "period": _object({"first_month": MONTH, "last_month": MONTH}),
                "small_count": {"type": "integer"},
                "note": {"type": "string"},
                "all_destinations": _object(_figures_schema()),
                "by_month": {
                    "type": "array",
                    "items": _object({"month": MONTH, "received": {"type": ["integer", "null"]}}),
                },
                "agencies": {
                    "type": "array",
                    "items": _object(
                        {
                            "licence_number": {"type": "string"},
                            "name_latin": {"type": "string"},
                            "name_km": {"type": "string"},
                            "complaints": {"type": ["integer", "null"]},
                        }
                    ),
                },
            },
            required=["total_count"],
        )
        return {"Statistics": item, "StatisticsMeta": meta}

    @classmethod
    def openapi_paths(cls, name):
        shared = common_parameters()
        fields = parameter(
            "fields",
            "Comma-separated fields of each item (`*` every field, `_` only the id): "
            + ", ".join(sorted(ITEM_FIELDS)),
            example="received,by_month",
        )
        item = {"$ref": "#/components/schemas/Statistics"}
        listing = _object(
            {
                "meta": {"$ref": "#/components/schemas/StatisticsMeta"},
                "items": {"type": "array", "items": item},
            },
            required=["meta", "items"],
        )
        return {
            f"/{name}/": {
                "get": {
                    "operationId": "list_statistics",
                    "summary": cls.openapi_summary,
                    "tags": [name],
                    "parameters": [shared["limit"], shared["offset"], fields],
                    "responses": {
                        **ok("Every destination's figures.", listing),
                        **errors("400", "405"),
                    },
                }
            },
            f"/{name}/{{id}}/": {
                "get": {
                    "operationId": "get_statistics",
                    "summary": "One destination's figures.",
                    "tags": [name],
                    "parameters": [
                        parameter(
                            "id", "A destination's slug.", location="path", example="thailand"
                        ),
                        fields,
                    ],
                    "responses": {**ok("The figures.", item), **errors("400", "404", "405")},
                }
            },
        }

    class model:
        pass

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", listing, name="listing"),
            path("<slug:slug>/", detail, name="detail"),
        ]
