"""/sitemap.xml and /robots.txt.

Wagtail's sitemap lists only the default locale's tree. Ours walks every locale: each live,
public page in each language, with hreflang alternates (xhtml:link) to the same page in the
other languages, plus the directory routes that are Django views, not pages.
Complaint pages are kept out of both the sitemap and search engines (robots.txt): a
worker's complaint is nobody else's business. Which paths those are is declared once, in
orientation/core/paths.py.
"""

from collections import defaultdict
from urllib.parse import urlsplit
from xml.sax.saxutils import XMLGenerator

from django.conf import settings
from django.http import HttpResponse
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET
from wagtail.models import Page, PageViewRestriction, Site

from orientation.core import paths
from orientation.core.languages import html_lang
from orientation.core.links import page_public_url, public_url
from orientation.core.public_version import showing_source_text

SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9"
XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml"
# Routes that are Django views (not pages) and belong in the sitemap in every language.
DIRECTORY_ROUTES = ["resources:directory", "scams:agency_search"]


def public_pages(site):
    """Every live page of every locale tree of the site, minus private ones: 3 queries."""
    roots = list(site.root_page.get_translations(inclusive=True))
    pages = Page.objects.live().public().filter(depth__gte=2)
    restricted = Page.objects.filter(
        pk__in=PageViewRestriction.objects.values_list("page_id", flat=True)
    )
    for page in restricted:
        pages = pages.not_descendant_of(page, inclusive=True)
    in_site = Page.objects.none()
    for root in roots:
        in_site |= pages.descendant_of(root, inclusive=True)
    return list(in_site.select_related("locale").order_by("path"))


def sitemap_entries(request):
    site = Site.find_for_request(request)
    if site is None:
        return []
    pages = public_pages(site)
    in_source_text = showing_source_text(pages)
    by_translation = defaultdict(list)
    entries = []
    for page in pages:
        url = page_public_url(page, request)
        if url is None:
            continue
        entry = {
            "loc": url,
            "lastmod": page.last_published_at,
            "language": page.locale.language_code,
            "is_alias": page.pk in in_source_text,
        }
        if not paths.in_sitemap(urlsplit(url).path):
            continue
        by_translation[page.translation_key].append(entry)
        entries.append(entry)
    for group in by_translation.values():
        with_alternates(group)
    routes = route_entries(pages, by_translation)
    return entries + routes + directory_entries()


def route_entries(pages, by_translation):
    """Sub-pages that a RoutablePage serves (e.g. the rights index's instrument pages). A
    page type lists them with a `sitemap_routes()` classmethod: [(sub_path, {language the
    route answers in: whether its text is in that language})]. Asked once per such page."""
    entries = []
    seen_keys = set()
    for page in pages:
        page_class = page.specific_class
        routes_of = getattr(page_class, "sitemap_routes", None)
        if routes_of is None or page.translation_key in seen_keys:
            continue
        seen_keys.add(page.translation_key)
        for sub_path, served in routes_of():
            group = [
                {
                    **item,
                    "loc": item["loc"] + sub_path,
                    "lastmod": None,
                    "is_alias": item["is_alias"] or not served[item["language"]],
                }
                for item in by_translation[page.translation_key]
                if item["language"] in served
            ]
            entries.extend(with_alternates(group))
    return entries


def with_alternates(group):
    """The language versions of one URL, each entry pointing at all of them."""
    alternates = hreflang_alternates(group)
    for entry in group:
        entry["alternates"] = alternates
    return group


def hreflang_alternates(group):
    """The language versions of one page. Aliases and unpublished translations (pages
    shown in Khmer) are not alternates: their text is the Khmer page's, as base.html says
    in its hreflang."""
    alternates = [
        {"hreflang": html_lang(item["language"]), "href": item["loc"]}
        for item in group
        if not item["is_alias"]
    ]
    for item in group:
        if item["language"] == settings.LANGUAGE_CODE:
            alternates.append({"hreflang": "x-default", "href": item["loc"]})
    return alternates


def directory_entries():
    """On the configured public host, like the pages (never the request's)."""
    entries = []
    for route in DIRECTORY_ROUTES:
        group = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                try:
                    path = reverse(route)
                except NoReverseMatch:
                    break
            group.append(
                {
                    "loc": public_url(path),
                    "lastmod": None,
                    "language": code,
                    "is_alias": False,
                }
            )
        entries.extend(with_alternates(group))
    return entries


def render_sitemap(entries, stream):
    xml = XMLGenerator(stream, encoding="utf-8", short_empty_elements=True)
    xml.startDocument()
    xml.startElement("urlset", {"xmlns": SITEMAP_NAMESPACE, "xmlns:xhtml": XHTML_NAMESPACE})
    for entry in entries:
        xml.startElement("url", {})
        xml.startElement("loc", {})
        xml.characters(entry["loc"])
        xml.endElement("loc")
        if entry["lastmod"]:
            xml.startElement("lastmod", {})
            xml.characters(entry["lastmod"].date().isoformat())
            xml.endElement("lastmod")
        for alternate in entry["alternates"]:
            xml.startElement(
                "xhtml:link",
                {"rel": "alternate", "hreflang": alternate["hreflang"], "href": alternate["href"]},
            )
            xml.endElement("xhtml:link")
        xml.endElement("url")
    xml.endElement("urlset")
    xml.endDocument()


@require_GET
@cache_control(public=True, max_age=3600)
def sitemap(request):
    response = HttpResponse(content_type="application/xml; charset=utf-8")
    render_sitemap(sitemap_entries(request), response)
    return response


@require_GET
@cache_control(public=True, max_age=86400)
def robots_txt(request):
    lines = ["User-agent: *"]
    lines += [f"Disallow: {path}" for path in paths.robots_disallowed()]
    lines += ["Allow: /", "", f"Sitemap: {public_url(reverse('sitemap'))}", ""]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
