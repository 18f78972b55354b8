"""The admin login throttle (django-axes), keyed on the real client address and the account.

- a username and address together are locked after AXES_FAILURE_LIMIT failures;
- an address is locked after STAFF_LOGIN_FAILURES_PER_ADDRESS failures on any accounts;
- nothing is keyed on the username alone, so an attacker elsewhere cannot lock a real
  officer out; every lock ends AXES_COOLOFF_TIME after the last counted failure.

Failures are kept in the database (axes' database handler), so the throttle holds with
Redis down and across hosts.
"""

import ipaddress

from axes.handlers.database import AxesDatabaseHandler
from django.conf import settings
from django.db.models import Sum
from django.shortcuts import render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext

from orientation.core.client_address import UNKNOWN, client_network


def login_address(request):
    """The address a login failure is counted against: the client behind the trusted proxy,
    and for IPv6 its whole /64 (a phone can pick a fresh address inside it at will)."""
    network = client_network(request)
    if network == UNKNOWN:
        return None
    return str(ipaddress.ip_network(network, strict=False).network_address)


class StaffLoginHandler(AxesDatabaseHandler):
    """Axes compares one failure count with one limit; the address (second lockout
    parameter) may fail more often than one account from it, so its count is scaled to
    the per-account limit: locked exactly when it reaches its own limit."""

    def get_failures(self, request, credentials=None) -> int:
        counts = [
            attempts.aggregate(total=Sum("failures_since_start"))["total"] or 0
            for attempts in self.get_user_attempts(request, credentials)
        ]
        per_account = settings.AXES_FAILURE_LIMIT
        per_address = settings.STAFF_LOGIN_FAILURES_PER_ADDRESS
        account_and_address, address = [*counts, 0, 0][:2]
        return max(account_and_address, address * per_account // per_address)


def cool_off_minutes():
    return max(1, int(settings.AXES_COOLOFF_TIME.total_seconds() // 60))


def lockout_message():
    minutes = cool_off_minutes()
    return ngettext(
        "Too many failed sign-in attempts. Wait %(minutes)d minute, then try again. "
        "If you forgot your password, use “Forgotten password?” or ask a supervisor.",
        "Too many failed sign-in attempts. Wait %(minutes)d minutes, then try again. "
        "If you forgot your password, use “Forgotten password?” or ask a supervisor.",
        minutes,
    ) % {"minutes": minutes}


def lockout_response(request, original_response=None, credentials=None):
    """Wagtail's own sign-in page with the reason, status 429: never a bare page."""
    from django.contrib.auth import get_user_model
    from wagtail.admin.views.account import get_user_login_form, password_reset_enabled

    form_class = get_user_login_form()
    username = (credentials or {}).get(settings.AXES_USERNAME_FORM_FIELD) or ""
    form = form_class(request, initial={"username": username})
    form.cleaned_data = {}  # an unbound form, shown with the reason as its error
    form.add_error(None, lockout_message())
    next_url = request.POST.get("next") or request.GET.get("next") or ""
    if not url_has_allowed_host_and_scheme(next_url, {request.get_host()}):
        next_url = reverse("wagtailadmin_home")
    User = get_user_model()
    context = {
        "form": form,
        "next": next_url,
        "show_password_reset": password_reset_enabled(),
        "username_field": User._meta.get_field(User.USERNAME_FIELD).verbose_name,
    }
    response = render(request, "wagtailadmin/login.html", context, status=429)
    response["Retry-After"] = str(cool_off_minutes() * 60)
    return response
