"""A server-side cache of rendered public pages for anonymous readers.

Most readers are anonymous and read the same few pages; rendering a StreamField page costs
tens of queries, replaying it from the cache costs one lookup. Rules that keep it safe:

- only GET/HEAD under a language prefix, from a request that carries no session cookie;
- never a path orientation/core/paths.py declares unfit for sharing (the complaint form
  with its CSRF token, tracking, search with a person's words; the admin is outside the
  language prefixes anyway);
- only 200 responses that set no cookie and are not marked private/no-store;
- any content change bumps a shared "generation" number that is part of every key, so one
  publish empties the page cache on every host (the cache is Redis in production; each
  worker reads the number at most once a second, orientation/core/content_generation.py).

It sits above Django's GZip and ETag middleware (portal/settings/base.py): a page's gzip and
brotli forms and its ETag are made once, when it is stored, and each hit serves the form the
request accepts with `Vary: Accept-Encoding`. Below them, those middleware redid their work
on every hit (gzip alone was 70-84% of a hit; issue 23).
"""

import gzip
import hashlib
import re
import threading
import time
from collections import OrderedDict
from urllib.parse import urlencode

import brotli
from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.middleware.gzip import GZipMiddleware
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.encoding import escape_uri_path
from django.utils.http import parse_etags

from orientation.core.content_generation import (
    bump_generation,
    content_changed,
    current_generation,
)
from orientation.core.paths import may_share
from portal.resilient_cache import on_recovery


def language_prefixes():
    return {code for code, _name in settings.LANGUAGES}


def is_public_page_path(path):
    parts = path.split("/")
    if len(parts) < 3 or parts[1] not in language_prefixes():
        return False
    return may_share(path)


def request_is_cacheable(request):
    return (
        request.method in {"GET", "HEAD"}
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and is_public_page_path(request.path)
    )


def response_is_cacheable(response):
    if response.status_code != 200 or response.cookies or response.streaming:
        return False
    cache_control = response.get("Cache-Control", "")
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


# The query parameters that public, cacheable views read; every other parameter (utm_*,
# fbclid, gclid, a random cache-buster) cannot change the page, so it is left out of the key
# and such links share one entry. A public view that starts reading a new parameter must
# add it here (tests/performance/test_page_cache_key.py checks the views' source for this).
#   q            agency search (orientation/scams/views.py)
#   destination  directory filter, alerts feed (orientation/resources, orientation/alerts)
#   service, language   directory filters (orientation/resources/views.py FILTER_NAMES)
#   exercise     a lesson's answered exercise: such answers are no-store, so a key holding
#                it is never filled and the answers themselves need not be in the key
KEYED_PARAMETERS = frozenset({"q", "destination", "service", "language", "exercise"})
# Parameters whose mere presence changes the page even when empty ("?q=" asks the reader
# to type a name); an empty value of any other parameter is the same as no parameter.
PRESENCE_MATTERS = frozenset({"q"})


def normalised_query(query_dict):
    """The parameters that matter, sorted by name; the values of one name keep their order
    (views read the last one)."""
    pairs = []
    for name in sorted(KEYED_PARAMETERS.intersection(query_dict.keys())):
        for value in query_dict.getlist(name):
            if value or name in PRESENCE_MATTERS:
                pairs.append((name, value))
    return urlencode(pairs)


def cache_key(request):
    path = escape_uri_path(request.path)
    return f"page-cache:{request.get_host()}:{path}?{normalised_query(request.GET)}"


# Smaller bodies gain nothing from compression (Django's GZip middleware uses the same floor).
MIN_COMPRESSED_LENGTH = 200
# Kept out of a stored page's headers: each hit sets its own, for the form it serves, and an
# anonymous page must not split a CDN's cache by cookie (issue 23).
PER_FORM_HEADERS = {"content-length", "content-encoding", "etag", "vary"}
# What a 304 repeats of the stored page (RFC 9110 15.4.5).
NOT_MODIFIED_HEADERS = {"cache-control", "expires", "last-modified", "content-location"}


def compressed_forms(content):
    """{"br": ..., "gzip": ...} for a body worth compressing (each only if it is smaller)."""
    if len(content) < MIN_COMPRESSED_LENGTH:
        return {}
    forms = {
        "br": brotli.compress(content, quality=5, mode=brotli.MODE_TEXT),
        "gzip": gzip.compress(content, compresslevel=6, mtime=0),
    }
    return {name: body for name, body in forms.items() if len(body) < len(content)}


def page_etag(content):
    # Weak: the same page in any of its encodings (RFC 9110 8.8.1).
    return 'W/"' + hashlib.blake2b(content, digest_size=16).hexdigest() + '"'


def cached_entry(response, generation, expires_at):
    """What is kept: plain values, cheaper to pickle and load than the response object, with
    every form of the body made once."""
    headers = [(name, value) for name, value in response.items()]
    headers = [(name, value) for name, value in headers if name.lower() not in PER_FORM_HEADERS]
    vary = [
        word.strip()
        for word in response.get("Vary", "").split(",")
        if word.strip() and word.strip().lower() != "cookie"
    ]
    content = response.content
    return {
        "generation": generation,
        "expires_at": expires_at,  # for the workers' own copies (WorkerCopies)
        "status": response.status_code,
        "headers": headers,
        "vary": vary,
        "etag": page_etag(content),
        "bodies": {"identity": content, **compressed_forms(content)},
    }


ACCEPT_TOKEN = re.compile(r"\s*([a-z0-9*-]+)\s*(?:;\s*q\s*=\s*([0-9.]+))?", re.IGNORECASE)


def accepted_encodings(request):
    """The codings the request accepts (a q of 0 refuses one)."""
    accepted = set()
    for part in request.META.get("HTTP_ACCEPT_ENCODING", "").split(","):
        match = ACCEPT_TOKEN.match(part)
        if match and float(match.group(2) or 1) > 0:
            accepted.add(match.group(1).lower())
    return accepted


def chosen_encoding(request, bodies):
    accepted = accepted_encodings(request)
    for name in ("br", "gzip"):
        if name in bodies and name in accepted:
            return name
    return "identity"


def response_from_entry(entry, request, state="hit"):
    etag = entry["etag"]
    if etag in parse_etags(request.META.get("HTTP_IF_NONE_MATCH", "")):
        response = HttpResponseNotModified()
        for name, value in entry["headers"]:
            if name.lower() in NOT_MODIFIED_HEADERS:
                response[name] = value
    else:
        encoding = chosen_encoding(request, entry["bodies"])
        response = HttpResponse(entry["bodies"][encoding], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        if encoding != "identity":
            response["Content-Encoding"] = encoding
        response["Content-Length"] = str(len(response.content))
    response["ETag"] = etag
    patch_vary_headers(response, [*entry["vary"], "Accept-Encoding"])
    response["X-Page-Cache"] = state
    return response


class WorkerCopies:
    """The last pages this worker served from the shared cache, unpickled, most recent last:
    a hit then fetches and unpickles nothing from Redis. A copy is used only while its
    generation is the shared one (which a worker reads at most once a second in production,
    so a publish on any host is seen within that second) and until the moment its shared
    entry expires (the next alert start or expiry included)."""

    def __init__(self, size=128):
        self.size = size
        self.entries = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key, generation):
        with self.lock:
            entry = self.entries.get(key)
            if entry is None:
                return None
            if entry["generation"] != generation or entry["expires_at"] <= time.time():
                del self.entries[key]
                return None
            self.entries.move_to_end(key)
            return entry

    def keep(self, key, entry):
        with self.lock:
            self.entries[key] = entry
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        # Responses that turn out not to be cacheable are compressed as before, by Django.
        self.gzip = GZipMiddleware(get_response)
        self.copies = WorkerCopies()

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 300)
        if not seconds or not request_is_cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        generation = current_generation()  # on a hit, at most this worker's once-a-second read
        entry = self.copies.get(key, generation)
        if entry is not None:
            return response_from_entry(entry, request)
        entry = cache.get(key)
        if isinstance(entry, dict) and entry["generation"] == generation:
            if entry.get("expires_at", 0) > time.time():
                self.copies.keep(key, entry)
            return response_from_entry(entry, request)
        # The generation is read before rendering: a publish during the render leaves this
        # entry stale, never a stale page under the new generation. The page is rendered
        # uncompressed (the forms are made here) and without a conditional answer.
        accept_encoding = request.META.pop("HTTP_ACCEPT_ENCODING", None)
        if_none_match = request.META.pop("HTTP_IF_NONE_MATCH", None)
        try:
            response = self.get_response(request)
        finally:
            for name, value in (
                ("HTTP_ACCEPT_ENCODING", accept_encoding),
                ("HTTP_IF_NONE_MATCH", if_none_match),
            ):
                if value is not None:
                    request.META[name] = value
        if not response_is_cacheable(response):
            return self.gzip.process_response(request, response)
        browser_seconds = getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60)
        patch_cache_control(response, public=True, max_age=browser_seconds, s_maxage=seconds)
        if hasattr(response, "render") and callable(response.render):
            response.render()
        from orientation.alerts.selectors import seconds_until_next_alert_change

        until_change = seconds_until_next_alert_change()
        kept_seconds = min(seconds, until_change or seconds)
        entry = cached_entry(response, generation, time.time() + kept_seconds)
        cache.set(key, entry, kept_seconds)
        self.copies.keep(key, entry)
        return response_from_entry(entry, request, state="miss")


# Apps whose rows appear on public pages: a change to any of them empties the page cache.
CONTENT_APP_LABELS = frozenset(
    {
        "home",
        "destinations",
        "rights",
        "scams",
        "lessons",
        "resources",
        "alerts",
        "recordings",
        "wagtailcore",
        "wagtailimages",
        "wagtaildocs",
        "wagtailsearchpromotions",
        "wagtailredirects",
    }
)


def _content_row_changed(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APP_LABELS:
        content_changed()


def connect_invalidation():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(content_changed, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(_content_row_changed, dispatch_uid="page-cache-post-save")
    post_delete.connect(_content_row_changed, dispatch_uid="page-cache-post-delete")
    # A publish made while Redis was unreachable bumped only a local generation: pages kept
    # in Redis from before may be stale, so a returning Redis starts a new generation.
    on_recovery(bump_generation)
