"""Settings for the pytest suite: fast hashing, in-memory email, immediate tasks."""

import os

from django.contrib.auth.hashers import ScryptPasswordHasher

from .base import *  # noqa: F403
from .base import BASE_DIR, BOT_API_CLIENT_LOGGERS, DATABASES, WAGTAILSEARCH_BACKENDS

DEBUG = False
SECRET_KEY = "test-only-" + "t" * 50
ALLOWED_HOSTS = ["*"]


class QuickScryptPasswordHasher(ScryptPasswordHasher):
    """scrypt at a small work factor, for the complaint codes stored as scrypt hashes before
    they became keyed hashes (secret_codes.py): the tests of those old codes still verify
    them. The stored form is the same ("scrypt$" with its parameters)."""

    work_factor = 2**10


# Fast hashing for users; quick scrypt for complaint codes stored before keyed hashes.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "portal.settings.test.QuickScryptPasswordHasher",
]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
DATA_ENCRYPTION_KEYS = ["dGVzdC1vbmx5LWtleS10ZXN0LW9ubHkta2V5LXRlc3Q="]
_test_var = BASE_DIR / "var" / f"test-{os.getpid()}"
MEDIA_ROOT = _test_var / "media"
PRIVATE_MEDIA_ROOT = _test_var / "private-media"
# The one public address (orientation/core/links.py); the test client's default host.
PUBLIC_BASE_URL = "http://testserver"
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL
WAGTAILADMIN_BASE_URL = "http://testserver"

STATIC_ROOT = _test_var / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": BOT_API_CLIENT_LOGGERS,
}

# PostgreSQL need not wait for the disk at each commit in tests (transactional tests and the
# live server commit often); what a crash would lose is a test database.
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"

# Saving a page or snippet indexes it for search, which is most of what a save costs (Khmer
# word breaking). Only tests that search need an index: they ask for one with the
# `search_index` fixture (tests/conftest.py), which turns this on for the test.
WAGTAILSEARCH_BACKENDS = {
    name: {**backend, "AUTO_UPDATE": False} for name, backend in WAGTAILSEARCH_BACKENDS.items()
}

# Tests that check the page cache turn it on themselves (tests/foundation/test_page_cache.py).
PAGE_CACHE_SECONDS = 0
