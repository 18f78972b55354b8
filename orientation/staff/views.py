"""Admin pages for the second factor: set up an authenticator app, type its code after the
password, turn it off (only for those the rule does not oblige). Thin: the work is in
second_factor.py, the rule in rules.py."""

from urllib.parse import urlencode

from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST
from django.views.generic import TemplateView
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from . import second_factor
from .forms import CodeForm
from .rules import requires_second_factor


def next_url(request):
    target = request.POST.get("next") or request.GET.get("next") or ""
    if url_has_allowed_host_and_scheme(
        target, {request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse("wagtailadmin_home")


@method_decorator(never_cache, name="dispatch")  # the page shows the secret key
class SetupView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "staff/setup.html"
    page_title = gettext_lazy("Two-step verification")
    header_icon = "key"

    def dispatch(self, request, *args, **kwargs):
        if second_factor.has_second_factor(request.user) and not request.user.is_verified():
            # Replacing a device needs the current one first.
            query = urlencode({"next": request.get_full_path()})
            return redirect(f"{reverse('staff_second_factor:verify')}?{query}")
        return super().dispatch(request, *args, **kwargs)

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=CodeForm()))

    def post(self, request, *args, **kwargs):
        form = CodeForm(request.POST)
        if form.is_valid():
            device = second_factor.pending_device(request.user)
            error = second_factor.check_code(request, device, form.cleaned_data["code"])
            if error is None:
                messages.success(request, _("Two-step verification is on for your account."))
                return redirect(next_url(request))
            form.add_error("code", error)
        return self.render_to_response(self.get_context_data(form=form), status=400)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        enrolled = second_factor.has_second_factor(user)
        replacing = enrolled and (
            self.request.method == "POST" or self.request.GET.get("replace") == "1"
        )
        context.update(
            enrolled=enrolled,
            required=requires_second_factor(user),
            show_enrolment=not enrolled or replacing,
            next=self.request.POST.get("next") or self.request.GET.get("next") or "",
        )
        if context["show_enrolment"]:
            fresh = self.request.method == "GET" and self.request.GET.get("replace") == "1"
            device = second_factor.pending_device(user, fresh=fresh)
            context.update(
                qr_code=second_factor.qr_code_svg(device),
                secret=second_factor.secret_text(device),
            )
        return context


@never_cache
def verify(request):
    """The step after the password, for whoever has an authenticator app."""
    device = second_factor.confirmed_device(request.user)
    if device is None:
        query = urlencode({"next": next_url(request)})
        return redirect(f"{reverse('staff_second_factor:setup')}?{query}")
    form = CodeForm(request.POST or None)
    status = 200
    if request.method == "POST" and form.is_valid():
        error = second_factor.check_code(request, device, form.cleaned_data["code"])
        if error is None:
            return redirect(next_url(request))
        form.add_error("code", error)
    if form.errors:
        status = 400
    context = {"form": form, "next": next_url(request)}
    return render(request, "staff/verify.html", context, status=status)


@require_POST
def turn_off(request):
    if requires_second_factor(request.user):
        raise PermissionDenied
    second_factor.remove_second_factor(request.user, by=request.user)
    messages.success(request, _("Two-step verification is off for your account."))
    return redirect("staff_second_factor:setup")
