"""A Redis cache that a Redis outage cannot turn into an outage of the site.

Django's RedisCache raises on every call while Redis is unreachable, and everything calls the
cache: the page cache, the rate limits, Wagtail's Site.get_site_root_paths(). This backend
answers from a per-process local-memory cache instead, so pages and the complaint path keep
working, a little slower and with limits counted per process until Redis is back:

- after a failure Redis is not asked again for RETRY_SECONDS, so a dead Redis costs one
  short timeout now and then, not one per call;
- the outage is logged once a minute, not once per request;
- `status()` tells /healthz whether the shared cache is in use ("ok") or not ("degraded");
- callbacks registered with `on_recovery()` run when Redis answers again (the page cache
  uses it to forget pages that may have been kept across a publish it could not see).
"""

import logging
import threading
import time

from django.core.cache.backends.locmem import LocMemCache
from django.core.cache.backends.redis import RedisCache
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

RETRY_SECONDS = 5
LOG_EVERY_SECONDS = 60
# A Redis that hangs must not hang the request: these bound each connect and each reply.
DEFAULT_SOCKET_OPTIONS = {"socket_connect_timeout": 0.5, "socket_timeout": 0.5}
FAILURES = (RedisError, OSError)

_recovery_callbacks = []


class _SharedState:
    """Whether Redis is down, shared by every thread of the process: Django makes one cache
    object per thread, and an outage must be noticed (and logged) once per process."""

    def __init__(self):
        self.lock = threading.Lock()
        self.down_until = 0.0
        self.down_since = None
        self.last_logged = 0.0


_states = {}
_states_lock = threading.Lock()


def _state_for(server):
    with _states_lock:
        return _states.setdefault(str(server), _SharedState())


def on_recovery(callback):
    """Run `callback()` each time the shared cache answers again after an outage."""
    if callback not in _recovery_callbacks:
        _recovery_callbacks.append(callback)


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        params = {**params, "OPTIONS": {**DEFAULT_SOCKET_OPTIONS, **params.get("OPTIONS", {})}}
        super().__init__(server, params)
        self._fallback = LocMemCache(
            "resilient-fallback",
            {"TIMEOUT": params.get("TIMEOUT", 300), "OPTIONS": {"MAX_ENTRIES": 2000}},
        )
        self._state = _state_for(server)

    # --- state ---------------------------------------------------------------------------

    def status(self):
        return "degraded" if self._state.down_since is not None else "ok"

    def _shared_usable(self):
        return time.monotonic() >= self._state.down_until

    def _failed(self, error):
        now = time.monotonic()
        state = self._state
        with state.lock:
            state.down_until = now + RETRY_SECONDS
            if state.down_since is None:
                state.down_since = now
            should_log = now - state.last_logged >= LOG_EVERY_SECONDS
            if should_log:
                state.last_logged = now
        if should_log:
            logger.error(
                "shared cache (Redis) unreachable, using a local cache per process: %s: %s",
                type(error).__name__,
                error,
            )

    def _answered(self):
        state = self._state
        if state.down_since is None:
            return
        with state.lock:
            if state.down_since is None:
                return
            seconds = time.monotonic() - state.down_since
            state.down_since = None
            state.last_logged = 0.0
        logger.warning("shared cache (Redis) answers again after %.0f s", seconds)
        for callback in list(_recovery_callbacks):
            try:
                callback()
            except Exception:  # a recovery chore must never fail the request that noticed
                logger.exception("cache recovery callback failed")

    def _call(self, name, *args, **kwargs):
        if self._shared_usable():
            try:
                result = getattr(super(), name)(*args, **kwargs)
            except FAILURES as error:
                self._failed(error)
            else:
                self._answered()
                return result
        return getattr(self._fallback, name)(*args, **kwargs)

    def ping(self):
        """Ask Redis directly (for /healthz), whatever the retry pause says."""
        try:
            self._cache.get_client(write=False).ping()
        except FAILURES as error:
            self._failed(error)
            return False
        self._answered()
        return True

    # --- the cache API, each call through _call --------------------------------------------

    def add(self, key, value, timeout=None, version=None):
        return self._call("add", key, value, timeout, version)

    def get(self, key, default=None, version=None):
        return self._call("get", key, default, version)

    def set(self, key, value, timeout=None, version=None):
        return self._call("set", key, value, timeout, version)

    def touch(self, key, timeout=None, version=None):
        return self._call("touch", key, timeout, version)

    def delete(self, key, version=None):
        return self._call("delete", key, version)

    def get_many(self, keys, version=None):
        return self._call("get_many", keys, version)

    def has_key(self, key, version=None):
        return self._call("has_key", key, version)

    def incr(self, key, delta=1, version=None):
        return self._call("incr", key, delta, version)

    def set_many(self, data, timeout=None, version=None):
        return self._call("set_many", data, timeout, version)

    def delete_many(self, keys, version=None):
        return self._call("delete_many", keys, version)

    def clear(self):
        self._fallback.clear()
        return self._call("clear")


def cache_status(cache):
    """ "ok", "degraded" (shared cache unreachable, local fallback in use) or "local" (no
    shared cache configured): what /healthz reports for the cache."""
    if isinstance(cache, ResilientRedisCache):
        return "ok" if cache.ping() else "degraded"
    return "local"
