"""Per-address limits kept in the cache (Redis in production, shared by every worker).

Addresses are hashed with the secret key before they become cache keys: an IP address is
personal data and has no business sitting in Redis in clear."""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

# Tracking: the first few wrong pairs cost nothing, then each one doubles the wait, and after
# TRACKING_MAX_FAILURES the address is refused until the window ends.
TRACKING_FREE_FAILURES = 3
TRACKING_MAX_FAILURES = 10
TRACKING_WINDOW_SECONDS = 15 * 60


def parse_rate(rate: str) -> tuple[int, int]:
    """'10/h' -> (10, 3600); also '5/10m'."""
    count, _slash, period = (rate or "10/h").partition("/")
    period = period.strip() or "h"
    multiplier = int(period[:-1]) if period[:-1].isdigit() else 1
    return int(count), multiplier * PERIODS.get(period[-1], 3600)


def client_fingerprint(request) -> str:
    address = request.META.get("REMOTE_ADDR", "") or "unknown"
    return hashlib.sha256(f"{settings.SECRET_KEY}:{address}".encode()).hexdigest()[:32]


def submission_allowed(request) -> bool:
    """Count one submission for this address; False once the limit is reached."""
    limit, seconds = parse_rate(getattr(settings, "COMPLAINT_RATE_LIMIT", "10/h"))
    window = int(time.time() // seconds)
    key = f"complaints:submit:{client_fingerprint(request)}:{window}"
    cache.add(key, 0, timeout=seconds)
    try:
        count = cache.incr(key)
    except ValueError:
        cache.set(key, 1, timeout=seconds)
        count = 1
    return count <= limit


def _tracking_key(request):
    return f"complaints:track:{client_fingerprint(request)}"


def tracking_wait_seconds(request) -> int:
    """0 when this address may try a reference/code pair now, else seconds to wait."""
    state = cache.get(_tracking_key(request))
    if not state:
        return 0
    failures, last_failure = state
    now = time.time()
    if failures >= TRACKING_MAX_FAILURES:
        return max(1, int(last_failure + TRACKING_WINDOW_SECONDS - now))
    if failures < TRACKING_FREE_FAILURES:
        return 0
    delay = min(60, 2 ** (failures - TRACKING_FREE_FAILURES + 1))
    return max(0, int(last_failure + delay - now + 0.999))


def tracking_failed(request) -> None:
    key = _tracking_key(request)
    failures, _last = cache.get(key) or (0, 0)
    cache.set(key, (failures + 1, time.time()), timeout=TRACKING_WINDOW_SECONDS)


def tracking_succeeded(request) -> None:
    cache.delete(_tracking_key(request))


def submission_blocked(request) -> bool:
    """True when this address has used up its complaints for the window; counts nothing.
    Checked before a form is validated, so a refused client's files are never decoded.
    (Stand-in on the attachments branch; the per-address rewrite defines the real one.)"""
    limit, seconds = parse_rate(getattr(settings, "COMPLAINT_RATE_LIMIT", "10/h"))
    key = f"complaints:submit:{client_fingerprint(request)}:{int(time.time() // seconds)}"
    return (cache.get(key) or 0) >= limit
