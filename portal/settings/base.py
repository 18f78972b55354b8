"""Settings shared by every environment. Environment-specific files import from here."""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(os.environ.get("PORTAL_VAR_DIR", BASE_DIR / "var"))

INSTALLED_APPS = [
    "home",
    "orientation.core",
    # Before django_tasks_db: its `db_worker` command replaces theirs (retries, heartbeat).
    "orientation.operations",
    "orientation.destinations",
    "orientation.rights",
    "orientation.scams",
    "orientation.lessons",
    "orientation.resources",
    "orientation.complaints",
    "orientation.alerts",
    "orientation.telegram",
    "orientation.search",
    "orientation.editorial",
    "orientation.recordings",
    "orientation.staff",
    "portal",
    # wagtail_localize.locales replaces wagtail.locales: both together clash on the app label.
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "corsheaders",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Outside the page cache, so a cached feed still answers each Origin.
    "corsheaders.middleware.CorsMiddleware",
    # The content generation read once per request, for the page cache and every kept value.
    "orientation.core.content_generation.OneReadPerRequestMiddleware",
    # Above GZip and ETag: it keeps each page's compressed forms and ETag (portal/page_cache.py).
    "portal.page_cache.AnonymousPageCacheMiddleware",
    "django.middleware.gzip.GZipMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
    # Every error under /api/ as JSON {"message": ...} (inside CORS: errors are readable too).
    "orientation.core.api_errors.ApiErrorShapeMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.LanguagePrefixLocaleMiddleware",
    "portal.query_parameters.NulSafeQueryMiddleware",
    # Wagtail's site and page lookups, kept until the content changes (orientation/core).
    "orientation.core.kept_routing.KeptRoutingMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "orientation.staff.middleware.StaffSessionMiddleware",
    "orientation.staff.admin_menus.AdminMenusInRequestLanguageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "portal.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as axes asks: turns a locked-out login into orientation/staff/throttle.py's page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "portal" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "portal.context_processors.portal",
            ],
        },
    },
]


def sqlite_database(path):
    """SQLite tuned for several writers: WAL lets readers run beside one writer, IMMEDIATE
    transactions take the write lock up front (no deadlock on upgrade), and the timeout makes
    a second writer wait instead of failing with "database is locked" (SQLITE_BUSY_SECONDS,
    20 by default)."""
    busy_seconds = float(os.environ.get("SQLITE_BUSY_SECONDS", "20"))
    return {
        "ENGINE": "django.db.backends.sqlite3",
        "NAME": str(path),
        "OPTIONS": {
            "transaction_mode": "IMMEDIATE",
            "timeout": busy_seconds,
            "init_command": (
                "PRAGMA journal_mode=WAL;"
                "PRAGMA synchronous=NORMAL;"
                "PRAGMA foreign_keys=ON;"
                f"PRAGMA busy_timeout={int(busy_seconds * 1000)};"
            ),
        },
    }


def database_from_environment(default_sqlite_path):
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url or url.startswith("sqlite"):
        path = default_sqlite_path
        if url.startswith("sqlite:///"):
            path = url.removeprefix("sqlite:///") or default_sqlite_path
        return sqlite_database(path)
    config = dj_database_url.parse(url, conn_max_age=60, conn_health_checks=True)
    return config


DATABASES = {"default": database_from_environment(VAR_DIR / "db.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Axes first: it refuses a locked-out login before the password is even checked.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Khmer is the default; every content locale has a tree (wagtail-localize
# synchronised trees). The interface is fully translated in km and en; the others get
# English strings from the catalogues compile_catalogues writes for them (not Khmer).
LANGUAGE_CODE = "km"
LANGUAGES = [
    ("km", _("Khmer")),
    ("en", _("English")),
    ("th", _("Thai")),
    ("ko", _("Korean")),
    ("ms", _("Malay")),
    ("ja", _("Japanese")),
    ("zh-hant", _("Traditional Chinese")),
    ("ar", _("Arabic")),
]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Phnom_Penh"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Complaint attachments live outside MEDIA_ROOT: nothing serves this folder directly.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WHITENOISE_MAX_AGE = 3600

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "OPTIONS": {"MAX_ENTRIES": 2000},
    }
}
# Rendered public pages kept for anonymous readers (portal/page_cache.py); browsers and a
# CDN may keep them for the shorter/longer of these.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "300"))
PAGE_CACHE_BROWSER_SECONDS = 60
# How long a worker answers for the content generation it read (production with Redis sets
# it; the local-memory cache is read in the process anyway).
CONTENT_GENERATION_COPY_SECONDS = 0

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# manage.py db_worker (orientation/operations): heartbeat period, longest wait between
# retries on a locked or unreachable database, and when the dashboard calls it stopped.
WORKER_HEARTBEAT_SECONDS = float(os.environ.get("WORKER_HEARTBEAT_SECONDS", "30"))
WORKER_RETRY_MAX_SECONDS = float(os.environ.get("WORKER_RETRY_MAX_SECONDS", "60"))
WORKER_STALE_SECONDS = int(os.environ.get("WORKER_STALE_SECONDS", "120"))
# manage.py import_agencies (docs/scams.md): larger files are refused; the size of each
# write transaction, in rows and in seconds.
AGENCY_IMPORT_MAX_BYTES = int(os.environ.get("AGENCY_IMPORT_MAX_BYTES", str(32 * 1024 * 1024)))
AGENCY_IMPORT_MAX_ROWS = int(os.environ.get("AGENCY_IMPORT_MAX_ROWS", "150000"))
AGENCY_IMPORT_BATCH_ROWS = int(os.environ.get("AGENCY_IMPORT_BATCH_ROWS", "200"))
AGENCY_IMPORT_BATCH_SECONDS = float(os.environ.get("AGENCY_IMPORT_BATCH_SECONDS", "0.25"))

# Translated: the admin shows it in each staff member's language.
WAGTAIL_SITE_NAME = _("Pre-departure portal")
# The public site's address: every absolute public link (sitemap, feeds, API, share links,
# QR codes, emails) is built on it, never on the request's Host (orientation/core/links.py).
# Production requires it (https); dev defaults to what `make run` serves.
PUBLIC_BASE_URL = os.environ.get("PUBLIC_BASE_URL", "http://127.0.0.1:8000").strip().rstrip("/")
# Wagtail's own absolute API URLs follow it (our endpoints build theirs with public_url).
WAGTAILAPI_BASE_URL = PUBLIC_BASE_URL
# Admin links in staff emails; the admin is on the public host unless said otherwise.
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "").strip() or PUBLIC_BASE_URL
# Khmer-aware: segments Khmer words at index and query time (orientation/search).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "orientation.search.modelsearch_khmer_backend"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "mp3", "ogg", "m4a", "csv"]
WAGTAILIMAGES_FORMAT_CONVERSIONS = {"png": "webp", "jpeg": "webp", "gif": "webp"}
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = None
# A translation starts as a draft whatever the source's state ("Translate this page" would
# otherwise publish the untranslated copy); it goes public when a reviewer publishes it.
# wagtail-localize still writes drafts into the page row, so readers get what
# orientation/core/public_version.py says they may see (docs/editorial.md).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_PERMITTED_LANGUAGES = [("en", "English"), ("km", "Khmer")]
# Staff work in Cambodia or beside the workers in a destination: those time zones only, not
# the world's four hundred in Account → Preferences.
WAGTAIL_USER_TIME_ZONES = [
    "Asia/Phnom_Penh",
    "Asia/Bangkok",
    "Asia/Kuala_Lumpur",
    "Asia/Seoul",
    "Asia/Tokyo",
    "Asia/Singapore",
    "Asia/Hong_Kong",
    "Asia/Riyadh",
    "Asia/Kuwait",
    "Asia/Qatar",
]
# Staff sign in with the password label translated (Wagtail's own form leaves it English).
WAGTAILADMIN_USER_LOGIN_FORM = "orientation.staff.forms.StaffLoginForm"
# No request leaves the site from the admin either: no Gravatar (a hash of each officer's
# email would reach gravatar.com), no call to releases.wagtail.org.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024

# The language cookie remembers a choice made with the language switcher.
LANGUAGE_COOKIE_NAME = "portal_language"
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"

SESSION_COOKIE_HTTPONLY = True
# Staff sessions (orientation/staff/middleware.py): signed out after this long without a
# request, and after STAFF_SESSION_MAX_HOURS whatever happens; without "Remember me" the
# session also ends when the browser closes. Public readers get no session at all.
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "60"))
STAFF_SESSION_MAX_HOURS = int(os.environ.get("STAFF_SESSION_MAX_HOURS", "12"))
SESSION_COOKIE_AGE = STAFF_SESSION_MAX_HOURS * 3600
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True

# The API and every language's feeds: partners' web pages may read them from the browser.
CORS_URLS_REGEX = r"^/(api/|[a-z]{2}(-[a-z]+)?/feeds/).*$"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]

REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}

# The reverse proxies whose X-Forwarded-For is believed (orientation/core/client_address.py):
# addresses or networks, comma-separated. Requests from anywhere else are taken at their word
# of REMOTE_ADDR only. gunicorn reads the same variable (portal/gunicorn.conf.py).
TRUSTED_PROXIES = [
    entry.strip()
    for entry in os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1").split(",")
    if entry.strip()
]

# Admin login throttle (django-axes; orientation/staff/throttle.py). One account from one
# address: AXES_FAILURE_LIMIT failures; one address, any accounts: the second limit. Nothing
# is keyed on the account alone, so nobody elsewhere can lock an officer out; each lock
# ends after the cool-off. Failures live in the database: Redis down changes nothing.
AXES_HANDLER = "orientation.staff.throttle.StaffLoginHandler"
AXES_CLIENT_IP_CALLABLE = "orientation.staff.throttle.login_address"
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"], "ip_address"]
AXES_FAILURE_LIMIT = 5
STAFF_LOGIN_FAILURES_PER_ADDRESS = 20
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("STAFF_LOGIN_COOLOFF_MINUTES", "15")))
# Failures while locked are not counted: a lock always ends one cool-off after it began.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "orientation.staff.throttle.lockout_response"
AXES_ENABLE_ADMIN = False

# Second factor (orientation/staff): the name authenticator apps show; wrong codes make the
# next try wait 2^n seconds (django-otp's throttle).
OTP_TOTP_ISSUER = os.environ.get("OTP_TOTP_ISSUER", "Pre-departure portal")
OTP_TOTP_THROTTLE_FACTOR = 1

# Complaints stored per client network (orientation/complaints/throttling.py): generous, as
# many workers share one carrier or office address. Past the alert rate supervisors are told
# (once per window); nothing is refused below the limit.
# An urgent complaint (a worker in danger) wants a first answer within this many hours; the
# others within 48. When it runs out, supervisors are told (docs/complaints.md).
COMPLAINT_URGENT_RESPONSE_HOURS = float(os.environ.get("COMPLAINT_URGENT_RESPONSE_HOURS", "2"))
COMPLAINT_RATE_LIMIT = os.environ.get("COMPLAINT_RATE_LIMIT", "60/h")
COMPLAINT_ALERT_RATE = os.environ.get("COMPLAINT_ALERT_RATE", "10/h")
# Who hears of a complaint when no officer of its destination and no supervisor can: never
# nobody. Production warns at start-up (manage.py check) while it is empty.
COMPLAINT_FALLBACK_EMAIL = os.environ.get("COMPLAINT_FALLBACK_EMAIL", "").strip()
# Closed complaints keep their personal data this long, then only anonymous statistics remain.
COMPLAINT_RETENTION_DAYS = int(os.environ.get("COMPLAINT_RETENTION_DAYS", "365"))
# Complaints never closed still lose their personal data this long after they were filed;
# supervisors are told COMPLAINT_ERASURE_NOTICE_DAYS before (docs/complaints.md).
COMPLAINT_MAX_RETENTION_DAYS = int(os.environ.get("COMPLAINT_MAX_RETENTION_DAYS", str(3 * 365)))
COMPLAINT_ERASURE_NOTICE_DAYS = int(os.environ.get("COMPLAINT_ERASURE_NOTICE_DAYS", "30"))
# Daily counts of searches that found nothing are kept this long (docs/search.md).
UNANSWERED_QUERY_RETENTION_DAYS = int(os.environ.get("UNANSWERED_QUERY_RETENTION_DAYS", "90"))
COMPLAINT_ATTACHMENT_MAX_BYTES = int(
    os.environ.get("COMPLAINT_ATTACHMENT_MAX_BYTES", str(5 * 1024 * 1024))
)
LESSON_AUDIO_MAX_BYTES = int(os.environ.get("LESSON_AUDIO_MAX_BYTES", str(2 * 1024 * 1024)))

# The Bot API client logs each address (with the bot's token) and each answer (with chat
# ids and texts) below WARNING: never written, in any settings.
BOT_API_CLIENT_LOGGERS = {name: {"level": "WARNING"} for name in ("httpx", "httpcore", "telegram")}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"}},
    "filters": {
        "redact_telegram_token": {"()": "orientation.telegram.log_filters.RedactTelegramToken"}
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": "plain",
            "filters": ["redact_telegram_token"],
        }
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {"level": "ERROR"},
        "django.db.backends": {"level": "WARNING"},
        # axes announces itself at INFO on every start of every command.
        "axes": {"level": "WARNING"},
        **BOT_API_CLIENT_LOGGERS,
    },
}

# The Telegram bot (orientation/telegram, docs/telegram.md). Without a token it is off: the
# webhook answers 404 and no page offers Telegram.
TELEGRAM_BOT_TOKEN = os.environ.get("TELEGRAM_BOT_TOKEN", "").strip()
TELEGRAM_WEBHOOK_SECRET = os.environ.get("TELEGRAM_WEBHOOK_SECRET", "").strip()
TELEGRAM_BOT_USERNAME = os.environ.get("TELEGRAM_BOT_USERNAME", "").strip()
TELEGRAM_API_BASE = os.environ.get("TELEGRAM_API_BASE", "").strip() or "https://api.telegram.org"
# Telegram allows about 30 messages a second over all chats, one a second per chat.
TELEGRAM_MESSAGES_PER_SECOND = float(os.environ.get("TELEGRAM_MESSAGES_PER_SECOND") or "25")
# A chat that has not written to the bot for this long is erased (manage.py telegram_retention).
TELEGRAM_CHAT_RETENTION_DAYS = int(os.environ.get("TELEGRAM_CHAT_RETENTION_DAYS", "365"))
