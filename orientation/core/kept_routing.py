"""Wagtail's answer to "which site, which page is at this address", kept until the content
changes.

Wagtail finds the site with a query, then walks the page tree from the site's root one level
at a time (the translated root, then each level's child and its specific row), and
public_version() adds two or three more: about a dozen queries before a guide's own
template starts (issue 23's profile: routing was 16-21% of an uncached guide). The answer
depends only on the host, the language and the path, and changes only when content does, so
it is kept under the content generation and handed to Wagtail through the attributes its
`Site.find_for_request` and `Page.route_for_request` read first (`request._wagtail_site`,
`request._wagtail_route_for_request`). Wagtail still does everything else: view
restrictions, the on_serve_page hooks, the page's own serve().

Only plain page addresses are kept: a RoutablePageMixin sub-route (a route result with
arguments) is routed by Wagtail each time, so no address a visitor makes up can fill the
cache, only the pages that exist."""

import hashlib

from django.core.exceptions import DisallowedHost
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult

from .content_generation import until_content_changes
from .public_version import public_version


def _key(*parts):
    # Paths and hosts come from visitors: hashed, so any of them is a valid cache key.
    return hashlib.sha256("\x00".join(map(str, parts)).encode()).hexdigest()


def kept_site(request):
    """Site.find_for_request's answer, one query per content generation and host. A host not
    in ALLOWED_HOSTS is not kept (Django refuses such a request anyway)."""
    try:
        host = request.get_host()
    except DisallowedHost:
        return None
    return until_content_changes(
        "site:" + _key(host, request.get_port()), lambda: Site._find_for_request(request)
    )


def kept_route(request, path):
    """(page, args, kwargs) as Page.route_for_request finds it, with the page's public
    version already decided, or None when Wagtail must route the request itself."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    key = "route:" + _key(site.pk, translation.get_language(), path)
    page = until_content_changes(key, lambda: _routed_page(request, path))
    return None if page is None else RouteResult(page)


def _routed_page(request, path):
    """The page at `path`, or None (not kept) for a 404 or a sub-route."""
    result = Page.route_for_request(request, path)
    if result is None or result.args or result.kwargs:
        return None
    page = result.page
    public_version(page)  # decided now, carried by the page (page._public_version)
    page.locale  # noqa: B018 - the related row travels with the page
    return page


class KeptRoutingMiddleware:
    """Gives Wagtail the kept site on every request and the kept route on its page view."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        site = kept_site(request)
        if site is not None:
            request._wagtail_site = site
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not wagtail_views.serve:
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        route = kept_route(request, path)
        if route is not None:
            request._wagtail_route_for_request = route
        return None
