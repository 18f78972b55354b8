from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from orientation.core.links import public_url

from .forms import AgencySearchForm
from .qr import qr_svg
from .selectors import agency_by_licence, search_agencies

# What a visitor typed is echoed back into the form (escaped), never more than this.
MAX_ECHOED_LENGTH = 2000


@require_safe
def agency_search(request):
    raw_query = request.GET.get("q", "")
    searched = "q" in request.GET
    search = search_agencies(raw_query) if searched else None
    form = AgencySearchForm(initial={"q": raw_query[:MAX_ECHOED_LENGTH]})
    return render(
        request,
        "scams/agency_search.html",
        {
            "form": form,
            "typed": raw_query[:MAX_ECHOED_LENGTH],
            "search": search,
            "title": _("Check a recruitment agency"),
        },
    )


@require_safe
def agency_detail(request, licence_number):
    agency = agency_by_licence(licence_number)
    if agency is None:
        response = render(
            request,
            "scams/agency_not_found.html",
            {"typed": licence_number[:200], "title": _("Not in the register")},
            status=404,
        )
        return response
    if licence_number != agency.url_licence:
        # One address per agency, whatever way the number was typed or scanned.
        return redirect(agency.get_url(), permanent=True)
    # Printed on paper and shared by NGOs: the configured host, never the request's.
    page_url = public_url(agency.get_url())
    return render(
        request,
        "scams/agency_detail.html",
        {
            "agency": agency,
            "history": list(agency.status_changes.all()),
            "page_url": page_url,
            "qr_url": reverse("scams:agency_qr_code", args=[agency.url_licence]),
            "title": agency.name_latin,
        },
    )


@require_safe
def agency_qr_code(request, licence_number):
    agency = agency_by_licence(licence_number)
    if agency is None or licence_number != agency.url_licence:
        return HttpResponse(status=404)
    svg = qr_svg(public_url(agency.get_url()))
    response = HttpResponse(svg, content_type="image/svg+xml")
    response["Content-Disposition"] = f'inline; filename="agency-{agency.url_licence}-qr.svg"'
    return response
