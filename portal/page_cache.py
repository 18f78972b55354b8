"""A server-side cache of rendered public pages for anonymous readers.

Most readers are anonymous and read the same few pages; rendering a StreamField page costs
tens of queries, replaying it from the cache costs one lookup. Rules that keep it safe:

- only GET/HEAD under a language prefix, from a request that carries no session cookie;
- never a path orientation/core/paths.py declares unfit for sharing (the complaint form
  with its CSRF token, tracking, search with a person's words; the admin is outside the
  language prefixes anyway);
- only 200 responses that set no cookie and are not marked private/no-store;
- any content change bumps a shared "generation" number that is part of every key, so one
  publish empties the page cache on every host at once (the cache is Redis in production).
"""

from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control
from django.utils.encoding import escape_uri_path

from orientation.core.content_generation import GENERATION_KEY, bump_generation, current_generation
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


def seconds_until_next_scheduled_change(now=None):
    """Alerts start and expire on a clock, not on a save, so no signal empties the cache for
    them: a page is never kept past the next alert start or expiry. One query, on a miss."""
    from django.db.models import Min, Q
    from django.utils import timezone

    from orientation.alerts.models import Alert

    now = now or timezone.now()
    bounds = Alert.objects.filter(live=True).aggregate(
        next_start=Min("starts_at", filter=Q(starts_at__gt=now)),
        next_expiry=Min("expires_at", filter=Q(expires_at__gt=now)),
    )
    upcoming = [moment for moment in bounds.values() if moment is not None]
    if not upcoming:
        return None
    return max(1, int((min(upcoming) - now).total_seconds()) + 1)


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


def cached_entry(response, generation):
    """What is kept: plain values, cheaper to pickle and load than the response object."""
    return (generation, response.status_code, list(response.items()), response.content)


def response_from_entry(entry):
    _generation, status, headers, content = entry
    response = HttpResponse(content, status=status)
    for name, value in headers:
        response[name] = value
    response["X-Page-Cache"] = "hit"
    return response


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 300)
        if not seconds or not request_is_cacheable(request):
            return self.get_response(request)
        key = cache_key(request)
        # One round trip to the cache (Redis in production) for the generation and the page.
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        entry = found.get(key)
        if entry is not None and entry[0] == generation:
            return response_from_entry(entry)
        # The generation is read before rendering: a publish during the render leaves this
        # entry stale, never a stale page under the new generation.
        response = self.get_response(request)
        if response_is_cacheable(response):
            browser_seconds = getattr(settings, "PAGE_CACHE_BROWSER_SECONDS", 60)
            patch_cache_control(response, public=True, max_age=browser_seconds, s_maxage=seconds)
            if hasattr(response, "render") and callable(response.render):
                response.render()
            until_change = seconds_until_next_scheduled_change()
            cache.set(
                key, cached_entry(response, generation), min(seconds, until_change or seconds)
            )
            response["X-Page-Cache"] = "miss"
        return response


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
        "wagtailcore",
        "wagtailimages",
        "wagtaildocs",
        "wagtailsearchpromotions",
        "wagtailredirects",
    }
)


def _bump_for_content(sender, **kwargs):
    if sender._meta.app_label in CONTENT_APP_LABELS:
        bump_generation()


def connect_invalidation():
    from django.db.models.signals import post_delete, post_save
    from wagtail.signals import page_published, page_unpublished, published, unpublished

    for signal in (page_published, page_unpublished, published, unpublished):
        signal.connect(bump_generation, dispatch_uid=f"page-cache-{id(signal)}")
    post_save.connect(_bump_for_content, dispatch_uid="page-cache-post-save")
    post_delete.connect(_bump_for_content, dispatch_uid="page-cache-post-delete")
    # A publish made while Redis was unreachable bumped only a local generation: pages kept
    # in Redis from before may be stale, so a returning Redis starts a new generation.
    on_recovery(bump_generation)
