"""The content generation: a number in the shared cache that any change of public content
moves on. Whatever is cached "until the content changes" (rendered pages, search outcomes)
puts it in its keys, so one bump forgets all of it on every host at once.

Kept here, below the areas and the project, so that an area can read or bump it without
depending on the page cache that the project installs (portal/page_cache.py)."""

import time
from contextvars import ContextVar

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.utils.translation import get_language

GENERATION_KEY = "page-cache:generation"

# The generation as this request first read it (a dict while a request runs, else None).
# Every kept value on a page reads the generation; on Redis each read is a round trip, 8-10
# per uncached guide before this. One read per request also makes a page's fragments agree.
_read_in_this_request = ContextVar("content_generation_read", default=None)


# The generation this worker last read from the shared cache, and until when (time.time())
# it may answer for it: (generation, until) or None. On Redis the read of the generation was
# the one network round trip left on a cached page's hit (0.62 of a static file's rate on the
# production stack, against 1.0 on SQLite with a local cache). A publish through another
# worker or host is seen at most CONTENT_GENERATION_COPY_SECONDS later (1 s in production
# with Redis; 0, read every time, with the local cache); the worker that publishes sees it at
# once. A tuple assigned whole: the worker's threads read it without a lock.
_worker_copy = None


def _copy_seconds():
    return getattr(settings, "CONTENT_GENERATION_COPY_SECONDS", 0)


def _keep_worker_copy(generation):
    global _worker_copy
    seconds = _copy_seconds()
    _worker_copy = (generation, time.time() + seconds) if seconds else None


def _from_worker_copy():
    copy = _worker_copy
    if copy is not None and _copy_seconds() and time.time() < copy[1]:
        return copy[0]
    return None


def fresh_generation():
    """A generation never used before, for a cache that lost its number (a Redis restart or
    flush): counted from the clock, so a copy a worker kept from before can never match."""
    return time.time_ns() // 1000


def current_generation():
    """The shared generation; read once per request (OneReadPerRequestMiddleware) and at
    most once per CONTENT_GENERATION_COPY_SECONDS by each worker (_worker_copy)."""
    read = _read_in_this_request.get()
    if read is not None and "generation" in read:
        return read["generation"]
    generation = _from_worker_copy()
    if generation is None:
        generation = cache.get(GENERATION_KEY)
        if generation is None:
            cache.add(GENERATION_KEY, fresh_generation(), timeout=None)
            generation = cache.get(GENERATION_KEY) or fresh_generation()
        _keep_worker_copy(generation)
    if read is not None:
        read["generation"] = generation
    return generation


def bump_generation(**kwargs):
    """Start a new generation (also a signal receiver, hence **kwargs). A request that
    changed content reads the new one for what it renders after the change."""
    try:
        generation = cache.incr(GENERATION_KEY)
    except ValueError:
        generation = fresh_generation()
        cache.set(GENERATION_KEY, generation, timeout=None)
    _keep_worker_copy(generation)
    read = _read_in_this_request.get()
    if read is not None:
        read.pop("generation", None)


def content_changed(**kwargs):
    """The receiver for a change of public content (a publish, a saved row): a new generation
    now, for what this request renders after the change, and again when its transaction
    commits. Wagtail and Django send these signals inside the transaction: a reader who read
    the first new generation before the commit rendered the old rows under it, and without
    the second bump that page was kept until it expired."""
    bump_generation()
    transaction.on_commit(bump_generation)


class OneReadPerRequestMiddleware:
    """The content generation read at most once per request (installed outside the page
    cache, so the page cache and every fragment kept on the page use the same one)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _read_in_this_request.set({})
        try:
            return self.get_response(request)
        finally:
            _read_in_this_request.reset(token)


# Kept at most this long even when nothing changes, so an entry orphaned by a cache
# failover cannot live on (a value that goes stale on a clock says when, below).
UNTIL_CHANGE_SECONDS = 3600


def until_content_changes(key, build, seconds=UNTIL_CHANGE_SECONDS):
    """build(), kept in the shared cache until the next change of public content: what every
    reader of a page would recompute alike (related links, the language switcher's
    addresses) costs its queries once per publish instead of once per reader (issue 23).
    The value must not depend on the request beyond what `key` names."""
    return kept_for_version(content_key(key), build, seconds)


def content_key(key):
    """`key` under the current content generation."""
    return f"content:{current_generation()}:{key}"


def fragment_key(*parts, request=None):
    """The key of a rendered fragment every reader sees alike ({% include_kept %}): the
    reader's language, the content generation and what else it depends on (`parts`); None
    for a preview, which shows a draft and is never kept."""
    if getattr(request, "is_preview", False):
        return None
    return ":".join(str(part) for part in (get_language(), current_generation(), *parts))


def until_content_or_clock_changes(key, build):
    """Like until_content_changes, for a value that also goes stale on a clock (alerts
    start and expire at set times): build() answers (value, seconds it holds, or None for
    "until the content changes")."""
    versioned_key = content_key(key)
    kept = cache.get(versioned_key)
    if kept is None:
        value, seconds = build()
        kept = (value,)  # a tuple, so that an empty or None value is kept too
        cache.set(versioned_key, kept, min(seconds or UNTIL_CHANGE_SECONDS, UNTIL_CHANGE_SECONDS))
    return kept[0]


def kept_for_version(versioned_key, build, seconds):
    """build(), kept in the shared cache under a key that names the version of what it was
    built from: a new version is a new key, so the old value is simply never read again.
    A build that answers None is not kept (nothing found is asked again next time)."""
    value = cache.get(versioned_key)
    if value is None:
        value = build()
        if value is not None:
            cache.set(versioned_key, value, seconds)
    return value
