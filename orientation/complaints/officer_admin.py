"""The supervisors' officer screen at /admin/complaints/officers/: who handles complaints,
for which destinations, and new officers, without a shell. Supervisors only (not officers,
who would otherwise widen their own destinations); superusers are left to Wagtail's user
screens, so a supervisor can never edit an administrator."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import default_token_generator
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.log_actions import log

from orientation.core.permissions import is_complaint_supervisor
from orientation.destinations.models import Destination

from .officers import (
    has_other_roles,
    in_supervisors_group,
    officer_destinations,
    set_officer_role,
    staff_accounts,
)

OFFICER_CHANGE_ACTION = "complaints.officer_change"


def _apply_role(user, form):
    """The role part of either officer form, through the one rule add_officer also uses."""
    set_officer_role(
        user,
        destinations=form.cleaned_data["destinations"],
        supervisor=form.cleaned_data["supervisor"],
        active=form.cleaned_data["is_active"],
    )


class OfficerForm(forms.Form):
    first_name = forms.CharField(label=_("First name"), max_length=150)
    last_name = forms.CharField(label=_("Last name"), max_length=150)
    email = forms.EmailField(label=_("Email"))
    destinations = forms.ModelMultipleChoiceField(
        label=_("Destinations"),
        queryset=Destination.objects.all(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The officer sees and is told of these destinations' complaints only."),
    )
    supervisor = forms.BooleanField(
        label=_("Complaint supervisor (every destination)"), required=False
    )
    is_active = forms.BooleanField(label=_("Active (may sign in)"), required=False, initial=True)

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("destinations") and not cleaned.get("supervisor"):
            raise forms.ValidationError(_("Choose at least one destination."))
        return cleaned


class NewOfficerForm(OfficerForm):
    username = forms.RegexField(label=_("Username"), max_length=150, regex=r"^[\w.@+-]+$")
    field_order = ["username"]

    def clean_username(self):
        username = self.cleaned_data["username"]
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise forms.ValidationError(_("A user with that username already exists."))
        return username


class SupervisorOnlyMixin(WagtailAdminTemplateMixin):
    header_icon = "group"

    def dispatch(self, request, *args, **kwargs):
        if not is_complaint_supervisor(request.user):
            raise PermissionDenied
        return never_cache(super().dispatch)(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("complaints_admin:officers"), "label": _("Complaint officers")},
        ]


class OfficerIndexView(SupervisorOnlyMixin, TemplateView):
    template_name = "complaints/admin/officers.html"
    page_title = _("Complaint officers")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        accounts = staff_accounts().prefetch_related("groups", "officer_profile__destinations")
        context["rows"] = [
            {
                "user": user,
                "supervisor": in_supervisors_group(user),
                "destinations": officer_destinations(user),
            }
            for user in accounts
        ]
        return context


def _log_change(request, user, form):
    log(
        user,
        OFFICER_CHANGE_ACTION,
        user=request.user,
        data={
            "destinations": sorted(d.slug for d in form.cleaned_data["destinations"]),
            "supervisor": form.cleaned_data["supervisor"],
            "active": form.cleaned_data["is_active"],
        },
    )


class OfficerEditView(SupervisorOnlyMixin, FormView):
    template_name = "complaints/admin/officer_form.html"
    form_class = OfficerForm
    page_title = _("Edit officer")

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.officer = get_object_or_404(staff_accounts(), pk=kwargs["user_id"])

    def get_page_subtitle(self):
        return self.officer.get_username()

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if has_other_roles(self.officer):
            # The email receives password resets: for an account with other rights, only an
            # administrator may change it, or switch the account off.
            for name in ("email", "is_active"):
                form.fields[name].disabled = True
                form.fields[name].help_text = _("Managed by an administrator (other roles).")
        return form

    def get_initial(self):
        user = self.officer
        return {
            "first_name": user.first_name,
            "last_name": user.last_name,
            "email": user.email,
            "destinations": officer_destinations(user),
            "supervisor": in_supervisors_group(user),
            "is_active": user.is_active,
        }

    def form_valid(self, form):
        user = self.officer
        user.first_name = form.cleaned_data["first_name"]
        user.last_name = form.cleaned_data["last_name"]
        user.email = form.cleaned_data["email"]
        user.save(update_fields=["first_name", "last_name", "email"])
        _apply_role(user, form)
        _log_change(self.request, user, form)
        messages.success(self.request, _("Officer %(name)s saved.") % {"name": user.username})
        return redirect("complaints_admin:officers")


class OfficerCreateView(SupervisorOnlyMixin, FormView):
    template_name = "complaints/admin/officer_form.html"
    form_class = NewOfficerForm
    page_title = _("Add an officer")

    def form_valid(self, form):
        user = get_user_model()(
            username=form.cleaned_data["username"],
            first_name=form.cleaned_data["first_name"],
            last_name=form.cleaned_data["last_name"],
            email=form.cleaned_data["email"],
        )
        # No password chosen by the supervisor: the officer sets their own through the link.
        user.set_unusable_password()
        user.save()
        _apply_role(user, form)
        _log_change(self.request, user, form)
        link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
            "wagtailadmin_password_reset_confirm",
            kwargs={
                "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
                "token": default_token_generator.make_token(user),
            },
        )
        return self.render_to_response(
            self.get_context_data(form=NewOfficerForm(), created=user, set_password_link=link)
        )
