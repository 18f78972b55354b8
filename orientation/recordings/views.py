"""The recordings report and the page that records (or uploads) one slot. Thin: reads in
selectors.py, the write in services.py."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, JsonResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.views.reports import ReportView

from orientation.core.permissions_policy import permissions_policy

from . import selectors, services
from .access import may_record
from .filters import RecordingReportFilterSet
from .forms import RecordingForm


class RecordingReportView(ReportView):
    page_title = gettext_lazy("Recordings")
    header_icon = "media"
    paginate_by = 100
    index_url_name = "recordings:report"
    index_results_url_name = "recordings:report_results"
    results_template_name = "recordings/report_results.html"
    no_results_message = gettext_lazy("No place for a recording matches these filters.")
    filterset_class = RecordingReportFilterSet

    def dispatch(self, request, *args, **kwargs):
        if not may_record(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        chosen = self.filters.chosen() if self.filters else {}
        rows = selectors.filtered_rows(
            translation_key=chosen.get("page"), kind=chosen.get("kind"), status=None
        )
        self.missing = selectors.missing_count(rows)
        self.total = len(rows)
        status = chosen.get("status")
        return [row for row in rows if row.status == status] if status else rows

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["missing"] = self.missing
        context["total"] = self.total
        context["back"] = self.request.get_full_path()
        return context


def wants_json(request):
    return "application/json" in request.headers.get("Accept", "")


def record_slot(request):
    """GET: the slot, its recording, the recorder and the upload form. POST (the upload form,
    or the recorder's "Keep"): stores the file. Refused to anyone who may not record."""
    if not may_record(request.user):
        raise PermissionDenied
    key = request.GET.get("key", "")
    slot = selectors.slot_for_key(key)
    if slot is None:
        raise Http404
    recording = selectors.recordings_for(slot.page.translation_key).get(slot.key)
    back = request.GET.get("back", "")
    if not back.startswith(reverse("recordings:report")):
        back = reverse("recordings:report")
    if request.method == "POST":
        form = RecordingForm(request.POST, request.FILES)
        if form.is_valid():
            try:
                recording = services.keep_recording(
                    slot, form.cleaned_data["audio"], form.cleaned_data["transcript"], request.user
                )
            except ValidationError as error:
                form.add_error("audio", error)
        if form.is_valid():
            message = _("Recording kept.")
            if wants_json(request):
                return JsonResponse({"ok": True, "url": recording.url, "message": message})
            messages.success(request, message)
            return redirect(
                reverse("recordings:record") + "?" + urlencode({"key": key, "back": back})
            )
        if wants_json(request):
            errors = [str(error) for errors in form.errors.values() for error in errors]
            return JsonResponse({"ok": False, "errors": errors}, status=400)
    else:
        transcript = recording.transcript if recording else slot.transcript
        form = RecordingForm(initial={"transcript": transcript})
    response = TemplateResponse(
        request,
        "recordings/record.html",
        {
            "slot": slot,
            "recording": recording,
            "form": form,
            "back": back,
            "page_title": _("Record"),
        },
    )
    # The recorder's page is the one place the site asks for the microphone.
    response.headers["Permissions-Policy"] = permissions_policy(allow_own=("microphone",))
    return response
