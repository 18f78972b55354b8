from django.core.cache import caches
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_safe

from orientation.complaints.crypto import encryption_status
from orientation.destinations.models import Destination
from portal.resilient_cache import cache_status


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 otherwise: what a load balancer needs. The
    body (JSON) also says whether the shared cache answers: pages and complaints work without
    it ("degraded"), so it must not take the host out of service, but monitoring must see it."""
    checks = {"database": "ok", "cache": cache_status(caches["default"])}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        checks["database"] = "unavailable"
    if checks["database"] == "ok":
        # A host still encrypting with a retired key must leave the pool (key rotation).
        checks["encryption"] = encryption_status()
    healthy = checks["database"] == "ok" and checks.get("encryption") != "retired-key"
    checks["status"] = "ok" if healthy and checks["cache"] != "degraded" else "degraded"
    if not healthy:
        checks["status"] = "unavailable"
    return JsonResponse(checks, status=200 if healthy else 503)


def page_not_found(request, exception=None):
    # The nine guides are what most lost readers were looking for.
    try:
        destinations = list(Destination.objects.all())
    except DatabaseError:
        destinations = []
    return render(request, "404.html", {"destinations": destinations}, status=404)


def bad_request(request, exception=None):
    """Django's 400 (too many fields, a body too large, a suspicious request): say so in the
    reader's language and offer a way on, never Django's bare English page."""
    return render(request, "400.html", status=400)


def server_error(request):
    # Deliberately no database access and no base template: this page must render when
    # everything else is broken.
    return render(request, "500.html", status=500)


# Where "leave this page" goes: a page that looks like an empty browser tab and says nothing
# about this site or its subject. Static and stored offline by the service worker, so leaving
# works with no connection too. Served without the site's stylesheet, script or title.
NEUTRAL_PAGE = (
    "<!doctype html><html><head><meta charset=utf-8>"
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    '<meta name="robots" content="noindex"><title>New Tab</title></head><body></body></html>'
)


@require_safe
@cache_control(public=True, max_age=86400)
def leave(request):
    response = HttpResponse(NEUTRAL_PAGE)
    response["Referrer-Policy"] = "no-referrer"
    return response
