from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from orientation.core.hooks import DESTINATION_RELATED_HOOK, RelatedLink, RelatedSection
from orientation.core.links import complaint_form_url
from orientation.core.permissions import is_complaint_handler, is_complaint_supervisor

from . import admin_urls
from .admin_views import failed_notifications
from .models import Complaint, ComplaintLogEntry, ReplyTemplate
from .selectors import dashboard_counts, destinations_without_active_officer


@hooks.register("register_admin_urls")
def register_complaint_admin_urls():
    return [path("complaints/", include(admin_urls, namespace="complaints_admin"))]


class ComplaintMenuItem(MenuItem):
    def is_shown(self, request):
        return is_complaint_handler(request.user)


@hooks.register("register_admin_menu_item")
def register_complaints_menu_item():
    return ComplaintMenuItem(
        _("Complaints"), reverse("complaints_admin:index"), icon_name="mail", order=250
    )


class OfficersMenuItem(MenuItem):
    def is_shown(self, request):
        return is_complaint_supervisor(request.user)


@hooks.register("register_admin_menu_item")
def register_officers_menu_item():
    return OfficersMenuItem(
        _("Complaint officers"), reverse("complaints_admin:officers"), icon_name="group", order=251
    )


@hooks.register("register_log_actions")
def register_complaint_log_actions(actions):
    actions.register_model(Complaint, ComplaintLogEntry)
    for action, label in [
        ("complaints.received", _("Complaint received")),
        ("complaints.view", _("Viewed complaint")),
        ("complaints.download", _("Downloaded attachment")),
        ("complaints.note", _("Added internal note")),
        ("complaints.reply", _("Replied to the worker")),
        ("complaints.status", _("Changed status")),
        ("complaints.assign", _("Changed assignment")),
        ("complaints.worker_update", _("Worker added information")),
        ("complaints.access_refused", _("Access refused (not this officer's destination)")),
        ("complaints.erased", _("Personal data erased (retention)")),
        ("complaints.officer_change", _("Changed a complaint officer's destinations or role")),
    ]:
        actions.register_action(action, label, label)


class ComplaintsDashboardPanel(Component):
    name = "complaints"
    order = 50
    template_name = "complaints/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["counts"] = dashboard_counts(self.user)
        context["failed_notifications"] = failed_notifications(self.user)
        if is_complaint_supervisor(self.user):
            context["uncovered_destinations"] = destinations_without_active_officer()
        context["index_url"] = reverse("complaints_admin:index")
        return context


@hooks.register("construct_homepage_panels")
def add_complaints_panel(request, panels):
    if is_complaint_handler(request.user):
        panels.insert(0, ComplaintsDashboardPanel(request.user))


@hooks.register(DESTINATION_RELATED_HOOK)
def complaint_link_for_destination(destination, locale):
    """A guide links to the complaint form with its country chosen: no query."""
    with override(getattr(locale, "language_code", None) or "km"):
        url = complaint_form_url(destination.slug)
        return RelatedSection(
            heading=str(_("Something went wrong?")),
            links=[
                RelatedLink(
                    title=str(_("File a complaint")),
                    url=url,
                    # The ministry's plan wording, the same sentence as on the complaint form.
                    note=(
                        f"{_('Complaints are received and addressed within 48 hours.')} "
                        f"{_('You can stay anonymous.')}"
                    ),
                )
            ],
            order=90,
        )


class ReplyTemplateViewSet(SnippetViewSet):
    """Supervisors keep the reply templates (migration 0010 gives them the permissions);
    officers only pick them on the case page."""

    model = ReplyTemplate
    icon = "doc-full"
    menu_label = _("Reply templates")
    list_display = ["title", "sort_order"]


register_snippet(ReplyTemplateViewSet)
