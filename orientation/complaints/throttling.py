"""Limits on the public complaint path, counted in the cache (Redis in production, shared by
every worker; a per-process fallback while Redis is down, see portal/resilient_cache.py).

Who is counting is always `client_fingerprint(request)`: the client's network behind the
trusted proxy, hashed with the secret key. Workers share addresses (one carrier NAT, one NGO
office), so no limit here lets one person lock others out:

- complaints: a generous hard limit per network; past a lower "unusual" rate supervisors are
  alerted once, and nothing is refused;
- tracking: wrong reference/code pairs are counted per (network, reference), so an attacker
  slows only their own tries, and per network across references (someone scanning). A
  correct pair is always checked and never wipes a count kept for anyone else;
- adding information to a complaint: per complaint and per network.
"""

import time

from django.conf import settings
from django.core.cache import cache

from orientation.core.client_address import client_fingerprint

PERIODS = {"s": 1, "m": 60, "h": 3600, "d": 86400}

# Tracking: the first few wrong pairs cost nothing, then each one doubles the wait, and after
# PAIR_MAX_FAILURES the pair is refused until the window ends.
TRACKING_FREE_FAILURES = 3
TRACKING_PAIR_MAX_FAILURES = 10
# One network trying this many different references in a window is scanning, not a worker
# who mistyped: high enough that a shared carrier address is not stopped by one person.
TRACKING_NETWORK_MAX_FAILURES = 60
TRACKING_WINDOW_SECONDS = 15 * 60
# Wrong codes for one reference from anywhere: past this, supervisors hear of it.
TRACKING_REFERENCE_ALERT_FAILURES = 30

UPDATES_PER_COMPLAINT = "12/h"
UPDATES_PER_NETWORK = "30/h"


def parse_rate(rate: str) -> tuple[int, int]:
    """'10/h' -> (10, 3600); also '5/10m'."""
    count, _slash, period = (rate or "10/h").partition("/")
    period = period.strip() or "h"
    multiplier = int(period[:-1]) if period[:-1].isdigit() else 1
    return int(count), multiplier * PERIODS.get(period[-1], 3600)


def _window_key(prefix, subject, seconds):
    return f"{prefix}:{subject}:{int(time.time() // seconds)}"


def _count(key, seconds):
    cache.add(key, 0, timeout=seconds)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, timeout=seconds)
        return 1


def _alert_once(key, seconds, **details):
    """Tell supervisors about an unusual rate, once per window and subject."""
    if cache.add(f"alerted:{key}", 1, timeout=seconds):
        from .services import alert_supervisors_of_unusual_activity

        alert_supervisors_of_unusual_activity(**details)


# --- complaints ------------------------------------------------------------------------------


def _submission_key(request):
    _limit, seconds = parse_rate(settings.COMPLAINT_RATE_LIMIT)
    return _window_key("complaints:submit", client_fingerprint(request), seconds), seconds


def submission_blocked(request) -> bool:
    """True when this network is over the hard limit. Counts nothing: it is asked before the
    form (and any file in it) is even parsed."""
    limit, _seconds = parse_rate(settings.COMPLAINT_RATE_LIMIT)
    key, _seconds = _submission_key(request)
    return (cache.get(key) or 0) >= limit


def submission_allowed(request) -> bool:
    """Count one complaint about to be stored; False once the hard limit is reached. Passing
    the lower alert rate tells supervisors (once per window) but refuses nothing."""
    limit, _seconds = parse_rate(settings.COMPLAINT_RATE_LIMIT)
    key, seconds = _submission_key(request)
    count = _count(key, seconds)
    alert_at, _alert_seconds = parse_rate(settings.COMPLAINT_ALERT_RATE)
    if count >= alert_at or count > limit:
        _alert_once(key, seconds, kind="complaints", count=count, seconds=seconds)
    return count <= limit


# --- tracking --------------------------------------------------------------------------------


def _pair_key(request, reference):
    return f"complaints:track:pair:{client_fingerprint(request)}:{reference}"


def _network_key(request):
    return f"complaints:track:network:{client_fingerprint(request)}"


def _backoff_seconds(state, maximum):
    if not state:
        return 0
    failures, last_failure = state
    now = time.time()
    if failures >= maximum:
        return max(1, int(last_failure + TRACKING_WINDOW_SECONDS - now))
    if failures < TRACKING_FREE_FAILURES:
        return 0
    delay = min(60, 2 ** (failures - TRACKING_FREE_FAILURES + 1))
    return max(0, int(last_failure + delay - now + 0.999))


def tracking_wait_seconds(request, reference) -> int:
    """0 when this client may try a pair for this reference now, else seconds to wait."""
    found = cache.get_many([_pair_key(request, reference), _network_key(request)])
    pair_wait = _backoff_seconds(
        found.get(_pair_key(request, reference)), TRACKING_PAIR_MAX_FAILURES
    )
    network = found.get(_network_key(request))
    network_wait = 0
    if network and network[0] >= TRACKING_NETWORK_MAX_FAILURES:
        network_wait = max(1, int(network[1] + TRACKING_WINDOW_SECONDS - time.time()))
    return max(pair_wait, network_wait)


def _add_failure(key):
    failures, _last = cache.get(key) or (0, 0)
    cache.set(key, (failures + 1, time.time()), timeout=TRACKING_WINDOW_SECONDS)
    return failures + 1


def tracking_failed(request, reference) -> None:
    _add_failure(_pair_key(request, reference))
    _add_failure(_network_key(request))
    if reference:
        key = _window_key("complaints:track:reference", reference, TRACKING_WINDOW_SECONDS)
        if _count(key, TRACKING_WINDOW_SECONDS) >= TRACKING_REFERENCE_ALERT_FAILURES:
            _alert_once(key, TRACKING_WINDOW_SECONDS, kind="tracking", reference=reference)


def tracking_succeeded(request, reference) -> None:
    """A right pair forgets only this client's failures for this reference."""
    cache.delete(_pair_key(request, reference))


# --- adding information ----------------------------------------------------------------------


def update_allowed(request, reference) -> bool:
    """Count one addition to a complaint; False past either limit."""
    allowed = True
    for subject, rate in (
        (f"complaint:{reference}", UPDATES_PER_COMPLAINT),
        (f"network:{client_fingerprint(request)}", UPDATES_PER_NETWORK),
    ):
        limit, seconds = parse_rate(rate)
        if _count(_window_key("complaints:update", subject, seconds), seconds) > limit:
            allowed = False
    return allowed
