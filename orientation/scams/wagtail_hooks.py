from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import (
    CreateView,
    EditView,
    SnippetViewSet,
    SnippetViewSetGroup,
)

from orientation.core.hooks import DESTINATION_RELATED_HOOK, RelatedLink, RelatedSection

from .forms import AgencyAdminForm
from .models import Agency, AgencyStatusChange
from .services import (
    APPROVE_PERMISSION,
    ENTRY,
    STATUS_CHANGE_ACTION,
    STATUS_PROPOSAL_ACTION,
    agency_save_for_review,
)
from .status_review import StatusHistoryPanel, StatusProposalListView, may_read_history


class AgencyServiceSaveMixin:
    """An admin save goes through the register's service, like the import: Wagtail's own
    save (form, relations, its audit entry) inside it. A status change on an existing agency
    becomes a proposal for a second person (services.agency_save_for_review)."""

    status_proposal = None

    def save_instance(self):
        agency, self.status_proposal = agency_save_for_review(
            self.form.instance,
            user=self.request.user,
            reason=self.form.cleaned_data.get("status_change_reason", ""),
            write=super().save_instance,
        )
        return agency

    def get_success_message(self, *args):
        message = super().get_success_message(*args)
        if self.status_proposal is None:
            return message
        if self.status_proposal.from_status == ENTRY:
            note = _(
                "The new agency enters the public register as '%(status)s' when another "
                "person approves it; until then readers do not see it."
            ) % {"status": self.status_proposal.get_to_status_display()}
            return f"{message} {note}" if message else note
        note = _(
            "The status change to '%(status)s' waits for another person's approval; "
            "the public page keeps the current status until then."
        ) % {"status": self.status_proposal.get_to_status_display()}
        return f"{message} {note}" if message else note


class AgencyCreateView(AgencyServiceSaveMixin, CreateView):
    pass


class AgencyEditView(AgencyServiceSaveMixin, EditView):
    pass


class AgencyViewSet(SnippetViewSet):
    model = Agency
    icon = "tick-inverse"
    menu_label = _("Agencies")
    add_view_class = AgencyCreateView
    edit_view_class = AgencyEditView
    inspect_view_enabled = True
    list_display = [
        "name_latin",
        "name_km",
        "licence_number",
        "status",
        "valid_until",
        "in_register",
    ]
    list_filter = ["status", "in_register", "destinations"]
    # No search_fields: the model is indexed, so the admin searches what its search_fields
    # declare (the Khmer-aware index), not the database columns.
    list_per_page = 50

    edit_handler = ObjectList(
        [*Agency.panels, FieldPanel("status_change_reason"), StatusHistoryPanel()],
        base_form_class=AgencyAdminForm,
    )


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """The history is written only by the service: editors may read it, never rewrite it."""

    def user_has_permission(self, user, action):
        if action in {"add", "change", "delete"}:
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


register_permission_policy(AgencyStatusChange, ReadOnlyPermissionPolicy(AgencyStatusChange))


class AgencyStatusChangeViewSet(SnippetViewSet):
    model = AgencyStatusChange
    icon = "history"
    menu_label = _("Licence status history")
    inspect_view_enabled = True
    list_display = ["agency", "from_status", "to_status", "changed_at", "changed_by", "source"]
    list_filter = ["to_status", "source"]


class AgencyRegisterGroup(SnippetViewSetGroup):
    items = (AgencyViewSet, AgencyStatusChangeViewSet)
    menu_icon = "tick-inverse"
    menu_label = _("Agency register")
    menu_name = "agency-register"
    menu_order = 160


register_snippet(AgencyRegisterGroup)


@hooks.register("register_log_actions")
def register_agency_log_actions(actions):
    actions.register_action(
        STATUS_CHANGE_ACTION, _("Change licence status"), _("Changed the licence status")
    )
    actions.register_action(
        STATUS_PROPOSAL_ACTION,
        _("Propose a licence status change"),
        _("Proposed a licence status change"),
    )


@hooks.register("register_admin_urls")
def register_status_review_urls():
    return [
        path(
            "agency-status/",
            StatusProposalListView.as_view(),
            name="scams_status_proposals",
        )
    ]


class StatusProposalsMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm(APPROVE_PERMISSION) or may_read_history(request.user)


@hooks.register("register_admin_menu_item")
def register_status_proposals_menu_item():
    return StatusProposalsMenuItem(
        _("Status changes to approve"),
        reverse("scams_status_proposals"),
        icon_name="tick-inverse",
        order=161,
    )


@hooks.register(DESTINATION_RELATED_HOOK)
def scam_warnings_for_destination(destination, locale):
    from django.urls import reverse
    from django.utils import translation

    from orientation.core.public_version import as_readers_see

    from .selectors import warnings_for_destination

    links = [
        RelatedLink(title=page.title, url=page.url, note=page.summary)
        for page in as_readers_see(warnings_for_destination(destination, locale))
    ]
    with translation.override(locale.language_code):
        check_url = reverse("scams:agency_search")
    links.append(
        RelatedLink(
            title=str(_("Check an agency's licence")),
            url=check_url,
            note=str(_("Only a licensed agency may recruit you.")),
        )
    )
    return RelatedSection(heading=str(_("Job scams and agencies")), links=links, order=30)
