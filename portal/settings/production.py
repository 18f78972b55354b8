"""Production: configuration comes from the environment only, secure by default.

Refuses to start without SECRET_KEY, DATA_ENCRYPTION_KEYS or PUBLIC_BASE_URL rather than run
with a guess.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import MIDDLEWARE, VAR_DIR


def required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for production.")
    return value


def flag(name, default):
    return os.environ.get(name, default).strip().lower() in {"1", "on", "true", "yes"}


def public_base_url(https):
    """PUBLIC_BASE_URL: the scheme and host every absolute public link uses. https unless
    HTTPS=off (a plain-http local run); nothing after the host, since the Wagtail Site
    that must match it has no path."""
    value = required("PUBLIC_BASE_URL").rstrip("/")
    parts = urlsplit(value)
    wanted = "https" if https else "http"
    if https and parts.scheme != "https":
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must start with https:// in production (got {value!r})."
        )
    if parts.scheme not in {"http", "https"} or not parts.hostname:
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must be {wanted}://HOST, e.g. {wanted}://portal.example.gov.kh "
            f"(got {value!r})."
        )
    try:
        _port = parts.port  # urlsplit checks the port only when asked
    except ValueError:
        message = f"PUBLIC_BASE_URL has an invalid port (got {value!r})."
        raise ImproperlyConfigured(message) from None
    if parts.path or parts.query or parts.fragment or parts.username or parts.password:
        raise ImproperlyConfigured(
            f"PUBLIC_BASE_URL must be only a scheme and a host, without a path (got {value!r})."
        )
    return value


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
DATA_ENCRYPTION_KEYS = [key.strip() for key in required("DATA_ENCRYPTION_KEYS").split(",") if key]
ALLOWED_HOSTS = [h.strip() for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h.strip()]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

HTTPS = flag("HTTPS", "on")
PUBLIC_BASE_URL = public_base_url(HTTPS)
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip() or PUBLIC_BASE_URL
SECURE_SSL_REDIRECT = HTTPS
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = 31536000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
# The reverse proxy terminates TLS and says so in this header.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
# Hashed static names never change content, so browsers may keep them for a year.
WHITENOISE_MAX_AGE = 365 * 24 * 3600

REDIS_URL = os.environ.get("REDIS_URL", "").strip()
if REDIS_URL:
    CACHES = {
        "default": {
            # Falls back to a per-process cache while Redis is unreachable (pages and
            # complaints keep working); /healthz reports it as degraded.
            "BACKEND": "portal.resilient_cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "portal",
            "TIMEOUT": 300,
            # How long one Redis connect or reply may take before the fallback answers
            # (REDIS_TIMEOUT_SECONDS, 0.5 by default: a hung Redis must not hang requests).
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT_SECONDS", "0.5")),
            },
        }
    }

    # Each worker reads the content generation from Redis at most once a second
    # (orientation/core/content_generation.py): a cached page's hit then makes no round trip,
    # and a publish is seen on every host within that second.
    CONTENT_GENERATION_COPY_SECONDS = float(os.environ.get("CONTENT_GENERATION_COPY_SECONDS", "1"))

if os.environ.get("EMAIL_URL", "").strip():
    from urllib.parse import unquote, urlparse

    _email = urlparse(os.environ["EMAIL_URL"])
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 25
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_TLS = _email.scheme in {"smtp+tls", "submission"}
    EMAIL_USE_SSL = _email.scheme == "smtps"
else:
    EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
    EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = flag("EMAIL_USE_TLS", "off")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "portal@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# A CDN or caching proxy in front is purged by Wagtail on every publish (HTTP PURGE to this
# address); without it, the page cache in Redis is still emptied by portal/page_cache.py.
FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "").strip()
if FRONTEND_CACHE_PURGE_URL:
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": FRONTEND_CACHE_PURGE_URL,
        }
    }

MIDDLEWARE = [*MIDDLEWARE]
VAR_DIR.mkdir(parents=True, exist_ok=True)
