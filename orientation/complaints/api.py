"""/api/v2/statistics/: the public complaint statistics for partners, in the shape of the
other endpoints (a listing with "meta" and "items", a detail per item, JSON errors). The
items are the destinations (id: the destination's slug); "meta" holds the figures of all
destinations, per month and per registered agency."""

from django.http import JsonResponse
from django.urls import path
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from orientation.core.api import MAX_LIMIT, MAX_OFFSET

from .statistics import complaint_statistics
from .statistics_views import GROUP_FIELDS, PUBLIC_SECONDS, destination_items, statistics_meta

# What ?fields= may name besides "*" (all) and "_" (none but the id).
ITEM_FIELDS = {"destination", "by_month", *GROUP_FIELDS}


def error(message, status):
    return JsonResponse({"message": message}, status=status)


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
        return error(problem or page_problem, 400)
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
        return error(problem, 400)
    figures = complaint_statistics()
    for item in destination_items(figures):
        if item["id"] == slug:
            return JsonResponse(_shown(item, fields), json_dumps_params={"ensure_ascii": False})
    return error("Not found: no destination with this id.", 404)


class StatisticsEndpoint:
    """What WagtailAPIRouter needs of an endpoint: its URL patterns (and a model, which
    serves only to say that no model's objects are listed here)."""

    class model:
        pass

    @classmethod
    def get_urlpatterns(cls):
        return [
            path("", listing, name="listing"),
            path("<slug:slug>/", detail, name="detail"),
        ]
