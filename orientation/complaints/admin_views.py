"""The officers' side at /admin/complaints/: list with the 48-hour clock, case page, attachment
downloads. Every query goes through selectors.complaints_for_officer; every view, download
and change is written to Wagtail's audit log."""

from urllib.parse import urlencode

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from orientation.core.permissions import is_complaint_handler

from . import services
from .attachments import read_decrypted
from .figures import MAX_PERIOD_DAYS, figure_rows, figures_csv
from .filters import AGE_CHOICES, STATUS_ALL, STATUS_OPEN, ComplaintFilterForm
from .models import Category, ComplaintLogEntry, Notification, ReplyTemplate, Status
from .selectors import (
    assignable_users,
    attachment_for_officer,
    complaint_for_officer,
    complaints_for_officer,
    destinations_for_officer,
    users_assignable_by,
)


class ComplaintHandlerMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_complaint_handler(request.user):
            raise PermissionDenied
        return never_cache(super().dispatch)(request, *args, **kwargs)


def list_filter_form(request, default_status=STATUS_OPEN):
    return ComplaintFilterForm(
        request.GET,
        destinations=destinations_for_officer(request.user),
        default_status=default_status,
    )


class ComplaintIndexView(ComplaintHandlerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "complaints/admin/index.html"
    page_title = _("Complaints")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Complaints")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        form = list_filter_form(self.request)
        complaints = complaints_for_officer(user).defer(*services.ENCRYPTED_COMPLAINT_FIELDS)
        complaints = form.apply(complaints, user).order_by("-in_danger", "due_at", "pk")
        page = Paginator(complaints, 50).get_page(self.request.GET.get("p"))
        filters = form.values()
        query_items = form.as_query_items()
        context.update(
            {
                "page_obj": page,
                "complaints": page.object_list,
                "now": timezone.now(),
                "statuses": Status.choices,
                "categories": Category.choices,
                "destinations": destinations_for_officer(user),
                "age_filters": AGE_CHOICES,
                "filters": filters,
                "filter_query": urlencode(query_items),
                "bulk_assignees": users_assignable_by(user),
                "return_to": self.request.get_full_path(),
            }
        )
        return context


class BulkAssignForm(forms.Form):
    complaint = forms.TypedMultipleChoiceField(coerce=int, choices=[])
    assignee = forms.ModelChoiceField(queryset=None, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = users_assignable_by(user)
        # Any number is accepted here; the cases are then read through the visibility rule.
        self.fields["complaint"].valid_value = lambda value: str(value).isdigit()

    def clean(self):
        if "assignee" not in self.data:
            raise forms.ValidationError("no assignee given", code="missing")
        return super().clean()


@never_cache
@require_POST
def bulk_assign(request):
    """Assign (or un-assign) the ticked cases of the list at once. Only cases the user sees
    are touched, and each only to someone who may handle it (its destination's officers or
    a supervisor): the others are left as they were and counted in the message."""
    if not is_complaint_handler(request.user):
        raise PermissionDenied
    form = BulkAssignForm(request.POST, user=request.user)
    if not form.is_valid():
        messages.error(
            request, _("Nothing was changed: tick at least one case and choose someone.")
        )
        return redirect(_safe_return(request))
    assignee = form.cleaned_data["assignee"]
    chosen = complaints_for_officer(request.user).filter(pk__in=form.cleaned_data["complaint"])
    changed = skipped = 0
    for complaint in chosen.order_by("pk"):
        if assignee is not None and not assignable_users(complaint).filter(pk=assignee.pk).exists():
            skipped += 1
            continue
        if complaint.assigned_to_id == (assignee.pk if assignee else None):
            continue
        services.case_assign(complaint=complaint, user=request.user, assignee=assignee)
        changed += 1
    messages.success(
        request,
        ngettext("%(count)s case assigned.", "%(count)s cases assigned.", changed)
        % {"count": changed},
    )
    if skipped:
        messages.warning(
            request,
            ngettext(
                "%(count)s case was not changed: that person does not handle its destination.",
                "%(count)s cases were not changed: that person does not handle their destination.",
                skipped,
            )
            % {"count": skipped},
        )
    return redirect(_safe_return(request))


def _safe_return(request):
    target = request.POST.get("next", "")
    if target.startswith(reverse("complaints_admin:index")) and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}
    ):
        return target
    return reverse("complaints_admin:index")


@never_cache
def export_figures(request):
    """Counts per week, destination, category and status for a chosen period, from the
    cases the user sees (an officer's export holds only their destinations)."""
    if not is_complaint_handler(request.user):
        raise PermissionDenied
    form = list_filter_form(request, default_status=STATUS_ALL)
    values = form.values()
    first_day, last_day = values.get("received_from"), values.get("received_to")
    if not first_day or not last_day or first_day > last_day:
        messages.error(request, _("Choose the first and the last day of the period to export."))
        return redirect("complaints_admin:index")
    if (last_day - first_day).days > MAX_PERIOD_DAYS:
        messages.error(
            request,
            _("The period is too long: export at most %(days)s days at a time.")
            % {"days": MAX_PERIOD_DAYS},
        )
        return redirect("complaints_admin:index")
    complaints = form.apply(complaints_for_officer(request.user), request.user)
    rows = figure_rows(complaints, first_day, last_day)
    response = HttpResponse(figures_csv(rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="complaint-figures-{first_day.isoformat()}-'
        f'{last_day.isoformat()}.csv"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    return response


class ComplaintCaseView(ComplaintHandlerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "complaints/admin/case.html"
    header_icon = "mail"

    def get_complaint(self):
        if not hasattr(self, "_complaint"):
            self._complaint = complaint_for_officer(self.request.user, self.kwargs["complaint_id"])
        return self._complaint

    def get_page_title(self):
        return _("Complaint %(reference)s") % {"reference": self.get_complaint().reference}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("complaints_admin:index"), "label": _("Complaints")},
            {"url": "", "label": self.get_complaint().reference},
        ]

    def get(self, request, *args, **kwargs):
        complaint = self.get_complaint()
        log(complaint, "complaints.view", user=request.user)
        return super().get(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        complaint = self.get_complaint()
        action = request.POST.get("action")
        body = (request.POST.get("body") or "").strip()
        if action == "note" and body:
            services.case_add_note(complaint=complaint, user=request.user, body=body)
            messages.success(request, _("Note added."))
        elif action == "reply" and body:
            services.case_reply(complaint=complaint, user=request.user, body=body)
            messages.success(request, _("Reply saved: the worker sees it on the tracking page."))
        elif action == "status":
            if services.case_set_status(
                complaint=complaint, user=request.user, status=request.POST.get("status", "")
            ):
                messages.success(request, _("Status changed."))
        elif action == "assign":
            form = AssignForm(request.POST, complaint=complaint)
            if form.is_valid():
                services.case_assign(
                    complaint=complaint, user=request.user, assignee=form.cleaned_data["assignee"]
                )
                messages.success(request, _("Assignment saved."))
            else:
                messages.error(
                    request,
                    _(
                        "Nothing was changed: choose someone from the list (officers of this "
                        "destination or supervisors), or the empty choice to un-assign."
                    ),
                )
        else:
            messages.error(request, _("Nothing was changed: the text was empty."))
        return redirect("complaints_admin:case", complaint.pk)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        complaint = self.get_complaint()
        context.update(
            {
                "complaint": complaint,
                "now": timezone.now(),
                "attachments": complaint.attachments.all(),
                "events": complaint.events.select_related("author"),
                "notifications": complaint.notifications.select_related("recipient"),
                "audit_entries": ComplaintLogEntry.objects.for_instance(complaint)
                .select_related("user")
                .order_by("-timestamp")[:100],
                "statuses": Status.choices,
                "assignable": assignable_users(complaint),
                "reply_templates": ReplyTemplate.objects.all(),
                "reply_text": picked_template_text(self.request.GET.get("template", "")),
            }
        )
        return context


def picked_template_text(choice):
    """The text of the template picked on the case page ("<id>-km" or "<id>-en"), put in
    the reply box for the officer to edit before sending; empty for anything else."""
    template_id, _sep, language = str(choice).partition("-")
    if not template_id.isdigit():
        return ""
    template = ReplyTemplate.objects.filter(pk=template_id).first()
    return template.body(language) if template else ""


class AssignForm(forms.Form):
    """Only someone who may handle this complaint, or the explicit empty choice ("—") to
    un-assign. A value that is not in the list (a forged id, a non-number, someone who lost
    the destination since the page was shown, or no field at all) changes nothing."""

    assignee = forms.ModelChoiceField(queryset=None, required=False)

    def __init__(self, *args, complaint, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["assignee"].queryset = assignable_users(complaint)

    def clean(self):
        if "assignee" not in self.data:
            raise forms.ValidationError("no assignee given", code="missing")
        return super().clean()


@never_cache
def attachment_download(request, complaint_id, attachment_id):
    if not is_complaint_handler(request.user):
        raise PermissionDenied
    complaint = complaint_for_officer(request.user, complaint_id)
    attachment = attachment_for_officer(request.user, complaint, attachment_id)
    content = read_decrypted(attachment.stored_name)
    log(complaint, "complaints.download", user=request.user, data={"attachment": attachment.pk})
    response = HttpResponse(content, content_type=attachment.content_type)
    response["Content-Disposition"] = (
        f'attachment; filename="{complaint.reference}-{attachment.pk}.{attachment.extension}"'
    )
    response["X-Content-Type-Options"] = "nosniff"
    response["Content-Security-Policy"] = "default-src 'none'; sandbox"
    return response


def failed_notifications(user):
    return Notification.objects.filter(
        state=Notification.State.FAILED, complaint__in=complaints_for_officer(user)
    ).count()
