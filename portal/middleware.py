"""Security headers Django does not set by itself."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from wagtail.admin.localization import get_available_admin_languages

from orientation.core import paths
from orientation.core.khmer_font import PROBE_SCRIPT_CSP_SOURCE
from orientation.core.permissions_policy import permissions_policy

# Wagtail's admin relies on inline scripts and styles; the public site has one small script,
# allowed by its hash, so the strict policy applies everywhere else.
ADMIN_PREFIXES = paths.staff_prefixes()

# The admin's own policy, measured in Chromium (tests/staff/test_browser_admin_offsite.py):
# Wagtail's page editor runs inline <script> blocks (inline panels, date widgets) and
# wagtail-localize's pages use style attributes, so those two stay allowed; everything that
# could load from or send to another site (images, fonts, fetches, frames, forms) is 'self'.
ADMIN_CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self' 'unsafe-inline'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "media-src 'self' blob:",
        "connect-src 'self'",
        "frame-src 'self'",
        "worker-src 'self' blob:",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'self'",
    ]
)

CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        # The Khmer font's preload script (orientation/core/khmer_font.py), by its hash.
        f"script-src 'self' {PROBE_SCRIPT_CSP_SOURCE}",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "media-src 'self'",
        "connect-src 'self'",
        "manifest-src 'self'",
        "worker-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)
PERMISSIONS_POLICY = permissions_policy()


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        policy = (
            ADMIN_CONTENT_SECURITY_POLICY
            if request.path.startswith(ADMIN_PREFIXES)
            else CONTENT_SECURITY_POLICY
        )
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault("Referrer-Policy", settings.SECURE_REFERRER_POLICY)
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


class LanguagePrefixLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus its redirect of unknown paths outside the language
    prefixes. Wagtail's catch-all page route makes every "/<lang>/<anything>" look valid, so
    Django would answer `/api/v2/nope/` with a redirect to `/km/api/v2/nope/` instead of a
    404: machine-facing and asset URLs must get their own 404."""

    # The root paths of orientation/core/paths.py (API, admin, static, media, documents...).
    NEVER_PREFIXED = paths.never_prefixed()

    def process_request(self, request):
        if request.path_info.startswith(ADMIN_PREFIXES):
            # Before sign-in (sign-in, password reset) the admin speaks the site's language,
            # or the one chosen on the site (the language cookie), never the browser's: a
            # ministry computer's English browser must not make the sign-in English. Once
            # signed in, Wagtail answers in the staff member's own choice (Preferences).
            chosen = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
            permitted = dict(get_available_admin_languages())
            translation.activate(chosen if chosen in permitted else settings.LANGUAGE_CODE)
            request.LANGUAGE_CODE = translation.get_language()
            return
        super().process_request(request)

    def process_response(self, request, response):
        if request.path_info.startswith(self.NEVER_PREFIXED):
            return response
        return super().process_response(request, response)
