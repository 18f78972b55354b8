"""Local development: `make run`. Never used in production."""

import os

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret-" + "x" * 40)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
# A fixed dev-only key; production refuses to start without DATA_ENCRYPTION_KEYS.
DATA_ENCRYPTION_KEYS = [
    os.environ.get("DATA_ENCRYPTION_KEYS", "ZGV2LW9ubHkta2V5LW5vdC1mb3ItcHJvZHVjdGlvbiE=").split(
        ","
    )[0]
]
VAR_DIR.mkdir(parents=True, exist_ok=True)
from .base import STATIC_ROOT  # noqa: E402

STATIC_ROOT.mkdir(parents=True, exist_ok=True)
WHITENOISE_AUTOREFRESH = True
