"""Public complaint pages: thin views over forms, services and selectors."""

from django.middleware.csrf import CsrfViewMiddleware
from django.shortcuts import render
from django.utils.formats import number_format
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.debug import sensitive_post_parameters

from orientation.core.content_generation import fragment_key
from orientation.core.languages import html_lang, text_direction
from orientation.destinations.models import Destination
from orientation.destinations.selectors import contacts_language, verified_contacts

from . import throttling
from .attachments import max_attachment_bytes
from .forms import (
    ATTACHMENT_FIELDS,
    ComplaintForm,
    TrackForm,
    UrgentCheckForm,
    WorkerUpdateForm,
    typed_only,
)
from .models import response_hours
from .selectors import (
    complaint_by_reference_and_code,
    normalise_reference,
    worker_visible_events,
)
from .services import (
    receipt_for_repeated_post,
    record_worker_visit,
    worker_add_information,
)
from .triage import DangerSign, is_urgent, sign_field_name
from .uploads import read_post


def _csrf_rejected(request):
    """Django's CSRF check, run by hand so that a failure re-shows the form with everything
    typed (a worker whose cookie was lost must not lose the complaint) instead of a bare 403."""
    return CsrfViewMiddleware(lambda r: None).process_view(request, None, (), {}) is not None


def _too_large_notice(received):
    if received.text_too_large or received.too_many_parts:
        return _(
            "Nothing was sent: this was larger than the form accepts. What arrived is below (a "
            "very long text is cut): please check it, choose your files again and send again."
        )
    return _(
        "Nothing was sent: a file was too large (marked below). Please choose your files "
        "again and send again."
    )


def _file_limit():
    """For the browser's early warning (static/js/portal.js) about a file above the limit."""
    limit = max_attachment_bytes()
    return {"max_file_bytes": limit, "max_file_mb": limit // (1024 * 1024)}


def _too_many():
    return _(
        "Too many complaints were sent from this connection. Please wait an hour and "
        "try again, or call a hotline."
    )


def _urgent_contacts(destination):
    """A worker in danger sees at once whom to call where they are (verified numbers only),
    the names marked with the language they are written in."""
    contacts = verified_contacts(destination) if destination else []
    language = contacts_language(destination) if contacts else None
    return {
        "urgent_contacts": contacts,
        "urgent_contacts_lang": language and html_lang(language),
        "urgent_contacts_dir": language and text_direction(language),
        "destination": destination,
    }


def urgent_contacts_when_drawn(destination):
    """_urgent_contacts, each value computed on first use (one look-up for all of them)."""
    found = SimpleLazyObject(lambda: _urgent_contacts(destination))
    return {
        "urgent_contacts": SimpleLazyObject(lambda: found["urgent_contacts"]),
        "urgent_contacts_lang": SimpleLazyObject(lambda: found["urgent_contacts_lang"] or ""),
        "urgent_contacts_dir": SimpleLazyObject(lambda: found["urgent_contacts_dir"] or ""),
        "destination": destination,
    }


def _chosen_destination(form):
    """The destination the worker chose (or the link named), once it is a known one."""
    if form.is_bound:
        return getattr(form, "cleaned_data", {}).get("destination")
    slug = form.initial.get("destination")
    return Destination.objects.filter(slug=slug).first() if slug else None


def _files_not_kept(received):
    """The names of the files chosen for a form that was sent back: they are not stored, so
    the worker is told which ones to choose again."""
    return [upload.name for name in ATTACHMENT_FIELDS for upload in received.files.getlist(name)]


def _render_form(request, form, status=200, notice=None, files_not_kept=()):
    context = {
        "form": form,
        "urgent": is_urgent(form.danger_signs()),
        "notice": notice,
        "files_not_kept": files_not_kept,
        **_file_limit(),
    }
    # The danger box names the numbers to call there, when the country is known; looked up
    # only when drawn (an empty form's box usually comes from the cache).
    context.update(urgent_contacts_when_drawn(_chosen_destination(form)))
    context["fields_cache_key"] = fields_cache_key(form)
    context["fields_cache_seconds"] = FIELDS_CACHE_SECONDS
    return render(request, "complaints/complaint_form.html", context, status=status)


# The empty form's fields kept at most this long (and never past a content change): the page
# that must hold in a surge of complaints renders them once, not once per worker (issue 23).
FIELDS_CACHE_SECONDS = 300


def fields_cache_key(form):
    """The key of the empty form's fields in the cache, or None when they are not the same
    for every reader: a form sent back holds what one person typed and its errors."""
    if form.is_bound:
        return None
    answered = [sign for sign in DangerSign.values if form.initial.get(sign_field_name(sign))]
    signs = ",".join(sorted(answered))
    return fragment_key(form.initial.get("destination", ""), signs)


def _render_receipt(request, receipt, status=200):
    context = {"receipt": receipt}
    if receipt.in_danger:
        context.update(_urgent_contacts(receipt.destination))
        hours = response_hours(urgent=True)
        context["urgent_hours"] = int(hours) if hours == int(hours) else number_format(hours)
    return render(request, "complaints/complaint_received.html", context, status=status)


@csrf_exempt
@never_cache
@sensitive_post_parameters()
def complaint_form(request):
    if request.method != "POST":
        initial = {}
        slug = request.GET.get("destination", "")
        if slug and Destination.objects.filter(slug=slug).exists():
            initial["destination"] = slug
        # From the urgent check's "tell the officers": its "yes" answers come along.
        for sign in request.GET.getlist("sign"):
            if sign in DangerSign.values:
                initial[sign_field_name(sign)] = "yes"
        return _render_form(request, ComplaintForm(initial=initial))

    # Read within the limits first: an over-large post is shown again, never Django's 400.
    received = read_post(request, ATTACHMENT_FIELDS)

    # A double tap or a retry after a timeout: show the first complaint's receipt again. This
    # comes before the CSRF check on purpose: a retry whose cookie was lost must still get its
    # code back, and only the page that was shown knows the unguessable form token.
    repeated = receipt_for_repeated_post(received.data.get("form_token", ""))
    if repeated is not None:
        return _render_receipt(request, repeated)

    # Until the CSRF check and the rate limit have passed, the form holds what was typed and
    # no file: nothing is decoded for a request that will be refused anyway.
    if received.refused:
        form = typed_only(ComplaintForm, received.data, received.files_too_large)
        return _render_form(request, form, status=413, notice=_too_large_notice(received))
    if _csrf_rejected(request):
        return _render_form(
            request,
            typed_only(ComplaintForm, received.data),
            status=403,
            notice=_(
                "Your complaint was not sent because the page had expired. Everything you "
                "typed is still here (files must be chosen again): please press Send again."
            ),
        )
    if throttling.submission_blocked(request):
        return _render_form(
            request, typed_only(ComplaintForm, received.data), status=429, notice=_too_many()
        )
    form = ComplaintForm(received.data, received.files)
    if not form.is_valid():
        return _render_form(request, form, status=400, files_not_kept=_files_not_kept(received))
    # Counted only for complaints that would be stored: a worker fixing a typo is not limited.
    if not throttling.submission_allowed(request):
        return _render_form(
            request, form, status=429, notice=_too_many(), files_not_kept=_files_not_kept(received)
        )
    receipt = form.submit(language=get_language() or "")
    return _render_receipt(request, receipt)


def _render_track(
    request,
    form,
    complaint=None,
    update_form=None,
    status=200,
    message=None,
    added=False,
    in_danger=False,
    files_not_kept=(),
    previous_visit=None,
    visit_recorded=False,
):
    context = {
        "form": form,
        "complaint": complaint,
        "previous_visit": previous_visit,
        "visit_recorded": visit_recorded,
        "message": message,
        "added": added,
        "files_not_kept": files_not_kept,
    }
    if in_danger and complaint is not None:
        context.update(_urgent_contacts(complaint.destination))
    context.update(_file_limit())
    if complaint is not None:
        context["events"] = worker_visible_events(complaint)
        context["update_form"] = update_form or WorkerUpdateForm(
            initial={"reference": complaint.reference, "code": form.cleaned_data["code"]}
        )
    return render(request, "complaints/track.html", context, status=status)


@csrf_exempt  # checked by hand below, after the POST was read within the limits
@never_cache
@sensitive_post_parameters()
def track(request):
    if request.method != "POST":
        return _render_track(request, TrackForm.from_receipt_link(request.GET))
    received = read_post(request, ATTACHMENT_FIELDS)
    adding = (
        "text" in received.data
        or any(name in received.files for name in ATTACHMENT_FIELDS)
        or received.refused
    )
    # An over-large post is not stored, so it needs no CSRF check to be shown back.
    csrf_failed = not received.refused and _csrf_rejected(request)
    if csrf_failed and not adding:
        return _render_track(
            request,
            TrackForm(initial={"reference": received.data.get("reference", "")[:40]}),
            status=403,
            message=_("This page had expired. Please type your code and press Check again."),
        )
    form = TrackForm(received.data)
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
        # The visit before this one, so the worker can tell whether someone else looked.
        previous_visit = record_worker_visit(complaint)
        return _render_track(
            request, form, complaint=complaint, previous_visit=previous_visit, visit_recorded=True
        )
    # As on the complaint form: what was typed comes back, no file is decoded, until the
    # post is within the limits, its CSRF token is good and the addition is within its limit.
    refusal = None
    if received.refused:
        refusal = (413, _too_large_notice(received), received.files_too_large)
    elif csrf_failed:
        message = _(
            "Your information was not sent because the page had expired. What you typed "
            "is still here (files must be chosen again): please press the button again."
        )
        refusal = (403, message, ())
    elif not throttling.update_allowed(request, reference):
        message = _(
            "Too much information was added to this complaint in a short time. Please "
            "wait an hour, or call a hotline if you are in danger."
        )
        refusal = (429, message, ())
    if refusal is not None:
        status, message, files_too_large = refusal
        return _render_track(
            request,
            form,
            complaint=complaint,
            update_form=typed_only(WorkerUpdateForm, received.data, files_too_large),
            status=status,
            message=message,
        )
    update_form = WorkerUpdateForm(received.data, received.files)
    if not update_form.is_valid():
        return _render_track(
            request,
            form,
            complaint=complaint,
            update_form=update_form,
            status=400,
            files_not_kept=_files_not_kept(received),
        )
    in_danger = update_form.cleaned_data.get("in_danger", False)
    complaint = worker_add_information(
        complaint=complaint,
        text=update_form.cleaned_data.get("text", ""),
        attachments=update_form.cleaned_data["attachments"],
        in_danger=in_danger,
    )
    return _render_track(request, form, complaint=complaint, added=True, in_danger=in_danger)


@csrf_exempt  # nothing is stored: the answers only choose what the page shows
@sensitive_post_parameters()
def urgent_check(request):
    """The urgent triage as a first step, alone: where the worker is and four yes/no
    questions. Any "yes" shows whom to call there at once and a link to the complaint form
    with the answers filled in. The empty page is public (kept offline with a saved guide);
    the answers are posted, so they never reach an address or the browser's history."""
    if request.method == "POST":
        form = UrgentCheckForm(request.POST)
        form.is_valid()  # an unknown country or answer is ignored: the page must help anyway
        destination = form.cleaned_data.get("destination")
        signs = form.danger_signs()
        response = render(
            request,
            "complaints/urgent_check.html",
            {
                "form": form,
                "answered": True,
                "urgent": is_urgent(signs),
                "signs": signs,
                **_urgent_contacts(destination),
            },
        )
        response["Cache-Control"] = "no-store, private"
        return response
    slug = request.GET.get("destination", "")
    destination = Destination.objects.filter(slug=slug).first() if slug else None
    form = UrgentCheckForm(initial={"destination": destination.slug} if destination else None)
    return render(
        request,
        "complaints/urgent_check.html",
        {"form": form, "answered": False, **_urgent_contacts(destination)},
    )
