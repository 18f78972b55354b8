"""Public complaint pages: thin views over forms, services and selectors."""

from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters

from orientation.destinations.models import Destination
from orientation.destinations.selectors import verified_contacts

from . import throttling
from .forms import ComplaintForm, TrackForm, WorkerUpdateForm
from .models import RESPONSE_HOURS
from .selectors import (
    complaint_by_reference_and_code,
    normalise_reference,
    worker_visible_events,
)
from .services import complaint_submit, receipt_for_repeated_post, worker_add_information


def _csrf_rejected(request):
    """Django's CSRF check, run by hand so that a failure re-shows the form with everything
    typed (a worker whose cookie was lost must not lose the complaint) instead of a bare 403."""
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is not None


def _render_form(request, form, status=200, notice=None):
    return render(
        request,
        "complaints/complaint_form.html",
        {"form": form, "notice": notice, "response_hours": RESPONSE_HOURS},
        status=status,
    )


def _render_receipt(request, receipt, status=200):
    context = {"receipt": receipt, "response_hours": RESPONSE_HOURS}
    if receipt.in_danger:
        # A worker in danger sees at once whom to call where they are.
        context["urgent_contacts"] = verified_contacts(receipt.destination)
        context["destination"] = receipt.destination
    return render(request, "complaints/complaint_received.html", context, status=status)


def _too_many_complaints(request, form):
    return _render_form(
        request,
        form,
        status=429,
        notice=_(
            "Too many complaints were sent from this connection. Please wait an hour and "
            "try again, or call a hotline."
        ),
    )


@csrf_exempt
@never_cache
@sensitive_post_parameters()
def complaint_form(request):
    if request.method != "POST":
        initial = {}
        slug = request.GET.get("destination", "")
        if slug and Destination.objects.filter(slug=slug).exists():
            initial["destination"] = slug
        return _render_form(request, ComplaintForm(initial=initial))

    # A double tap or a retry after a timeout: show the first complaint's receipt again. This
    # comes before the CSRF check on purpose: a retry whose cookie was lost must still get its
    # code back, and only the page that was shown knows the unguessable form token.
    repeated = receipt_for_repeated_post(request.POST.get("form_token", ""))
    if repeated is not None:
        return _render_receipt(request, repeated)

    # Asked before the form (and any file in it) is parsed: a flood costs nothing to refuse.
    if throttling.submission_blocked(request):
        return _too_many_complaints(request, ComplaintForm(request.POST))
    form = ComplaintForm(request.POST, request.FILES)
    if _csrf_rejected(request):
        form.is_valid()  # so that what was typed is shown back, cleaned
        return _render_form(
            request,
            form,
            status=403,
            notice=_(
                "Your complaint was not sent because the page had expired. Everything you "
                "typed is still here (files must be chosen again): please press Send again."
            ),
        )
    if not form.is_valid():
        return _render_form(request, form, status=400)
    # Counted only for complaints that would be stored: a worker fixing a typo is not limited.
    if not throttling.submission_allowed(request):
        return _too_many_complaints(request, form)
    data = form.cleaned_data
    receipt = complaint_submit(
        destination=data["destination"],
        description=data["description"],
        filer_kind=data["filer_kind"],
        organisation_name=data.get("organisation_name", ""),
        categories=data.get("categories") or [],
        agency_name=data.get("agency_name", ""),
        agency=data.get("agency"),
        employer=data.get("employer", ""),
        location=data.get("location", ""),
        happened_when=data.get("happened_when", ""),
        contact_method=data["contact_method"],
        contact_detail=data.get("contact_detail", ""),
        in_danger=data.get("in_danger", False),
        consent=data["consent"],
        language=get_language() or "",
        attachments=data["attachments"],
        form_token=data.get("form_token", ""),
    )
    return _render_receipt(request, receipt)


def _render_track(
    request, form, complaint=None, update_form=None, status=200, message=None, added=False
):
    context = {"form": form, "complaint": complaint, "message": message, "added": added}
    if complaint is not None:
        context["events"] = worker_visible_events(complaint)
        context["update_form"] = update_form or WorkerUpdateForm(
            initial={"reference": complaint.reference, "code": form.cleaned_data["code"]}
        )
    return render(request, "complaints/track.html", context, status=status)


@never_cache
@sensitive_post_parameters()
def track(request):
    if request.method != "POST":
        return _render_track(request, TrackForm())
    adding = "text" in request.POST or any(k.startswith("attachment_") for k in request.FILES)
    form = TrackForm(request.POST)
    if not form.is_valid():
        return _render_track(request, form, status=400)
    reference = normalise_reference(form.cleaned_data["reference"])
    wait = throttling.tracking_wait_seconds(request, reference)
    if wait:
        return _render_track(
            request,
            TrackForm(),
            status=429,
            message=_("Too many tries. Please wait %(seconds)s seconds and try again.")
            % {"seconds": wait},
        )
    complaint = complaint_by_reference_and_code(
        form.cleaned_data["reference"], form.cleaned_data["code"]
    )
    if complaint is None:
        throttling.tracking_failed(request, reference)
        bound = TrackForm(initial={"reference": form.cleaned_data["reference"]})
        return _render_track(
            request,
            bound,
            status=404,
            message=_(
                "We could not find a complaint with this reference and code. "
                "Check both and try again."
            ),
        )
    throttling.tracking_succeeded(request, reference)
    if not adding:
        return _render_track(request, form, complaint=complaint)
    if not throttling.update_allowed(request, reference):
        return _render_track(
            request,
            form,
            complaint=complaint,
            update_form=WorkerUpdateForm(request.POST),
            status=429,
            message=_(
                "Too much information was added to this complaint in a short time. Please "
                "wait an hour, or call a hotline if you are in danger."
            ),
        )
    update_form = WorkerUpdateForm(request.POST, request.FILES)
    if not update_form.is_valid():
        return _render_track(
            request, form, complaint=complaint, update_form=update_form, status=400
        )
    worker_add_information(
        complaint=complaint,
        text=update_form.cleaned_data.get("text", ""),
        attachments=update_form.cleaned_data["attachments"],
    )
    return _render_track(request, form, complaint=complaint, added=True)
