"""Staff sessions: an idle timeout and an absolute cap, then the second factor before any
admin page. Requests without a session cookie (every public reader) pass untouched: their
session is never read, so nothing is stored and no cookie or Vary header is added."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from .rules import requires_second_factor
from .second_factor import has_second_factor

SEEN_KEY = "staff_seen_at"
SIGNED_IN_KEY = "staff_signed_in_at"
# The last-seen time is written at most this often, so a busy admin page does not
# rewrite its session row on every request.
TOUCH_SECONDS = 60

ADMIN_PREFIX = "/admin/"
# Reachable before the second factor: signing in and out, the second-factor pages, and
# what the sign-in page itself loads.
OPEN_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
}
OPEN_URL_PREFIXES = ("wagtailadmin_password_reset",)
OPEN_NAMESPACES = {"staff_second_factor"}


def session_expired(session, now):
    seen = session.get(SEEN_KEY)
    signed_in = session.get(SIGNED_IN_KEY)
    idle = settings.STAFF_SESSION_IDLE_MINUTES * 60
    cap = settings.STAFF_SESSION_MAX_HOURS * 3600
    return bool((seen and now - seen > idle) or (signed_in and now - signed_in > cap))


def login_url(next_path):
    return f"{reverse('wagtailadmin_login')}?{urlencode({'next': next_path})}"


class StaffSessionMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if settings.SESSION_COOKIE_NAME in request.COOKIES and request.user.is_authenticated:
            now = int(time.time())
            if session_expired(request.session, now):
                logout(request)
                if request.path.startswith(ADMIN_PREFIX):
                    messages.info(request, _("You were signed out after a time without activity."))
                    return redirect(login_url(request.get_full_path()))
            else:
                request.session.setdefault(SIGNED_IN_KEY, now)
                if now - request.session.get(SEEN_KEY, 0) >= TOUCH_SECONDS:
                    request.session[SEEN_KEY] = now
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path.startswith(ADMIN_PREFIX):
            return None
        user = request.user
        if not user.is_authenticated or user.is_verified():
            return None
        match = request.resolver_match
        if match is not None and (
            match.url_name in OPEN_URL_NAMES
            or (match.url_name or "").startswith(OPEN_URL_PREFIXES)
            or OPEN_NAMESPACES.intersection(match.namespaces)
        ):
            return None
        query = urlencode({"next": request.get_full_path()})
        if has_second_factor(user):
            return redirect(f"{reverse('staff_second_factor:verify')}?{query}")
        if requires_second_factor(user):
            return redirect(f"{reverse('staff_second_factor:setup')}?{query}")
        return None
