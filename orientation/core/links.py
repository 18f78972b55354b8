"""Addresses that several areas link to, built in one place from the URL names (never by
hand), so that a guide, a rights page, search and the admin hooks cannot drift apart.

Every absolute address of the public site (sitemap, robots.txt, feeds, the API, share
links, canonical and hreflang links, QR codes, emails) comes from `public_url`, on the one
configured host `settings.PUBLIC_BASE_URL`, never from the request's Host header: behind a
proxy, or with a forged Host, a link that an NGO reuses or a QR code printed on paper must
still point at the portal."""

from urllib.parse import urlencode, urlsplit

from django.conf import settings
from django.urls import reverse


def public_base_url():
    """The public site's scheme and host (and port), without a trailing slash."""
    return settings.PUBLIC_BASE_URL.rstrip("/")


def public_url(path_or_url="/"):
    """The absolute public address of a path ("/km/scams/"). An address that is already
    absolute keeps only its path, query and fragment: whatever host it was built with (a
    request's, a Site's) is replaced by the configured one."""
    parts = urlsplit(str(path_or_url))
    path = parts.path if parts.path.startswith("/") else "/" + parts.path
    query = f"?{parts.query}" if parts.query else ""
    fragment = f"#{parts.fragment}" if parts.fragment else ""
    return f"{public_base_url()}{path}{query}{fragment}"


def public_host():
    """The configured host name alone (no scheme, no port), e.g. for tag: URIs."""
    return urlsplit(public_base_url()).hostname or "localhost"


def page_public_url(page, request=None):
    """A page's absolute public address in its own language, or None when it is not
    routable (outside every Site's tree). The request, when given, only saves Wagtail's
    look-up of the site roots; it never chooses the host."""
    parts = page.get_url_parts(request)
    if parts is None or parts[2] is None:
        return None
    return public_url(parts[2])


def site_address(base_url=None):
    """The hostname and port a Wagtail Site needs so that its root_url is the public base
    URL (Wagtail has no scheme field: port 443 means https)."""
    parts = urlsplit(base_url or public_base_url())
    default_port = 443 if parts.scheme == "https" else 80
    return parts.hostname, parts.port or default_port


def complaint_form_url(destination_slug=None):
    """The complaint form in the active language, with a destination preselected when one
    is given (the form reads `?destination=`)."""
    url = reverse("complaints:form")
    if destination_slug:
        url += "?" + urlencode({"destination": destination_slug})
    return url


def urgent_check_url(destination_slug=None):
    """The urgent check (four questions, then whom to call) in the active language, for a
    destination when one is given."""
    url = reverse("complaints:urgent")
    if destination_slug:
        url += "?" + urlencode({"destination": destination_slug})
    return url


def with_site_roots_read_once(pages):
    """The pages, each holding the same copy of Wagtail's site root paths, so that their
    get_url() reads those once for the whole list: without a request, Page.get_url reads
    them from the cache for every page, a Redis round trip per link in production. Wagtail
    keeps such a copy on the page itself (Page._get_site_root_paths)."""
    from wagtail.models import Site

    pages = list(pages)
    root_paths = Site.get_site_root_paths()
    for page in pages:
        page._wagtail_cached_site_root_paths = root_paths
    return pages
