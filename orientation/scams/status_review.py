"""The second person on a licence status change: the reviewers' list of proposed changes at
/admin/agency-status/ (approve or reject), and the agency's history shown on its own admin
page. The rules are in services (decide_status_proposal, can_decide)."""

from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.panels import HelpPanel
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from .models import AgencyStatusChange, AgencyStatusProposal
from .services import APPROVE_PERMISSION, ProposalRefused, can_decide, decide_status_proposal

HISTORY_ROWS = 20


def may_read_history(user):
    return user.has_perm("scams.view_agencystatuschange") or user.has_perm(APPROVE_PERMISSION)


class StatusProposalListView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "scams/admin/status_proposals.html"
    page_title = _("Licence status changes to approve")
    header_icon = "tick-inverse"

    def dispatch(self, request, *args, **kwargs):
        if not (request.user.has_perm(APPROVE_PERMISSION) or may_read_history(request.user)):
            raise PermissionDenied
        return never_cache(super().dispatch)(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [*self.breadcrumbs_items, {"url": "", "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        pending = AgencyStatusProposal.objects.filter(
            state=AgencyStatusProposal.State.PENDING
        ).select_related("agency", "proposed_by")
        context["rows"] = [
            {"proposal": p, "can_decide": can_decide(self.request.user, p)} for p in pending
        ]
        context["decided"] = (
            AgencyStatusProposal.objects.exclude(state=AgencyStatusProposal.State.PENDING)
            .select_related("agency", "proposed_by", "decided_by")
            .order_by("-decided_at", "-pk")[:HISTORY_ROWS]
        )
        return context

    def post(self, request, *args, **kwargs):
        proposal = get_object_or_404(AgencyStatusProposal, pk=request.POST.get("proposal"))
        approve = request.POST.get("decision") == "approve"
        try:
            proposal = decide_status_proposal(proposal, user=request.user, approve=approve)
        except ProposalRefused as refusal:
            messages.error(request, str(refusal))
            return redirect("scams_status_proposals")
        name = proposal.agency.name_latin
        if proposal.state == AgencyStatusProposal.State.APPROVED:
            messages.success(
                request,
                _("%(agency)s is now shown as %(status)s.")
                % {"agency": name, "status": proposal.get_to_status_display()},
            )
        elif proposal.state == AgencyStatusProposal.State.REJECTED:
            messages.success(request, _("Change for %(agency)s rejected.") % {"agency": name})
        else:
            messages.error(
                request,
                _("The status of %(agency)s changed since this was proposed; nothing was changed.")
                % {"agency": name},
            )
        return redirect("scams_status_proposals")


class StatusHistoryPanel(HelpPanel):
    """On the agency's edit page: the change waiting for approval and the status history."""

    def __init__(self, **kwargs):
        kwargs.setdefault("template", "scams/admin/status_history_panel.html")
        kwargs.setdefault("heading", _("Licence status history"))
        super().__init__(**kwargs)

    class BoundPanel(HelpPanel.BoundPanel):
        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            agency = self.instance
            if agency is None or agency.pk is None:
                context["history"], context["pending"] = [], None
                return context
            context["pending"] = (
                AgencyStatusProposal.objects.filter(
                    agency=agency, state=AgencyStatusProposal.State.PENDING
                )
                .select_related("proposed_by")
                .first()
            )
            context["history"] = AgencyStatusChange.objects.filter(agency=agency).select_related(
                "changed_by", "proposed_by"
            )[:HISTORY_ROWS]
            context["proposals_url"] = reverse("scams_status_proposals")
            return context
