"""The officers' side at /admin/complaints/: list with the 48-hour clock, case page, attachment
downloads. Every query goes through selectors.complaints_for_officer; every view, download
and change is written to Wagtail's audit log."""

from datetime import timedelta

from django import forms
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Q
from django.http import HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from orientation.core.permissions import is_complaint_handler
from orientation.destinations.models import Destination

from . import services
from .attachments import read_decrypted
from .models import Category, ComplaintLogEntry, Notification, Status
from .selectors import (
    assignable_users,
    attachment_for_officer,
    complaint_for_officer,
    complaints_for_officer,
    normalise_reference,
)

AGE_FILTERS = {
    "1d": timedelta(days=1),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
}


class ComplaintHandlerMixin:
    def dispatch(self, request, *args, **kwargs):
        if not is_complaint_handler(request.user):
            raise PermissionDenied
        return never_cache(super().dispatch)(request, *args, **kwargs)


class ComplaintIndexView(ComplaintHandlerMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "complaints/admin/index.html"
    page_title = _("Complaints")
    header_icon = "mail"

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": _("Complaints")}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        params = self.request.GET
        complaints = complaints_for_officer(self.request.user).defer(
            *services.ENCRYPTED_COMPLAINT_FIELDS
        )
        status = params.get("status", "open")
        if status == "open":
            complaints = complaints.open()
        elif status in Status.values:
            complaints = complaints.filter(status=status)
        if params.get("destination"):
            complaints = complaints.filter(destination__slug=params["destination"])
        if params.get("category") in Category.values:
            complaints = complaints.filter(categories__contains=f",{params['category']},")
        if params.get("age") in AGE_FILTERS:
            complaints = complaints.filter(
                created_at__gte=timezone.now() - AGE_FILTERS[params["age"]]
            )
        query = params.get("q", "").strip()
        if query:
            complaints = complaints.filter(
                Q(reference=normalise_reference(query)) | Q(reference__icontains=query.upper())
            )
        complaints = complaints.order_by("-in_danger", "due_at")
        page = Paginator(complaints, 50).get_page(params.get("p"))
        context.update(
            {
                "page_obj": page,
                "complaints": page.object_list,
                "now": timezone.now(),
                "statuses": Status.choices,
                "categories": Category.choices,
                "destinations": Destination.objects.all(),
                "age_filters": [
                    ("1d", _("Last 24 hours")),
                    ("7d", _("Last 7 days")),
                    ("30d", _("Last 30 days")),
                ],
                "filters": {
                    "status": status,
                    "destination": params.get("destination", ""),
                    "category": params.get("category", ""),
                    "age": params.get("age", ""),
                    "q": query,
                },
            }
        )
        return context


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
            }
        )
        return context


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
