from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpResponse
from django.shortcuts import render
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from orientation.destinations.selectors import destinations_in_order


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 otherwise: what a load balancer needs."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return HttpResponse("database unavailable\n", status=503, content_type="text/plain")
    return HttpResponse("ok\n", content_type="text/plain")


def page_not_found(request, exception=None):
    # The nine guides are what most lost readers were looking for.
    try:
        destinations = list(destinations_in_order())
    except DatabaseError:
        destinations = []
    return render(request, "404.html", {"destinations": destinations}, status=404)


def server_error(request):
    # Deliberately no database access and no base template: this page must render when
    # everything else is broken.
    return render(request, "500.html", status=500)
