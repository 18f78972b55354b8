"""Issue 18: the sitemap, feeds and API use one configured host. A request that arrives with
another (allowed) Host header, as behind a proxy or with a forged header, still gets every
absolute public link on PUBLIC_BASE_URL: sitemap and its hreflang alternates, robots.txt,
both Atom feeds, the partner API, Open Graph, canonical and hreflang links, the agency page's
address and its QR code (orientation/core/links.py)."""

import json
import re
import xml.etree.ElementTree as ET

import pytest

from orientation.scams.qr import qr_svg
from tests.alerts.factories import AlertFactory
from tests.conftest import DEMO_READERS_GROUP

PUBLIC = "https://portal.example.gov.kh"
OTHER_HOST = "internal-proxy.example.org"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
ATOM = "{http://www.w3.org/2005/Atom}"
ABSOLUTE = re.compile(r"https?://[^\s\"'<>]+")

# These tests share one load of the demo with the other demo readers (tests/conftest.py).
pytestmark = [
    pytest.mark.usefixtures("demo_content"),
    pytest.mark.django_db,
    DEMO_READERS_GROUP,
]


@pytest.fixture
def public_address(settings):
    settings.PUBLIC_BASE_URL = PUBLIC
    settings.WAGTAILAPI_BASE_URL = PUBLIC


def fetch(client, path):
    response = client.get(path, HTTP_HOST=OTHER_HOST)
    assert response.status_code == 200, path
    body = response.content.decode()
    assert OTHER_HOST not in body, f"{path} names the request's host"
    assert "testserver" not in body, f"{path} names the Site's or the test client's host"
    return body


def xml_of(body):
    return ET.fromstring(body.encode())  # noqa: S314 (our own response)


def ours(urls):
    """The absolute URLs that point into the portal: all of them but outside links and XML
    namespaces, which never name our host."""
    return [
        url for url in urls if not url.startswith(("http://www.w3.org/", "http://www.sitemaps"))
    ]


def test_every_absolute_public_link_uses_the_configured_host(client, public_address):
    AlertFactory(title="ការជូនដំណឹងសាកល្បង")

    # Sitemap: every page and its hreflang alternates.
    sitemap = xml_of(fetch(client, "/sitemap.xml"))
    locations = [loc.text for loc in sitemap.iter(f"{SITEMAP}loc")]
    alternates = [link.get("href") for link in sitemap.iter(f"{XHTML}link")]
    assert f"{PUBLIC}/km/" in locations and f"{PUBLIC}/en/agencies/" in locations
    assert alternates and all(url.startswith(PUBLIC + "/") for url in locations + alternates)

    robots = fetch(client, "/robots.txt")
    assert f"Sitemap: {PUBLIC}/sitemap.xml" in robots.splitlines()

    # Atom feeds: links and ids.
    for path in ("/en/feeds/scams.xml", "/en/feeds/alerts.xml"):
        feed = xml_of(fetch(client, path))
        entries = feed.findall(f"{ATOM}entry")
        assert entries, path
        links = [link.get("href") for link in feed.iter(f"{ATOM}link")]
        assert links and all(url.startswith(PUBLIC + "/") for url in links), (path, links)
    scams = xml_of(fetch(client, "/en/feeds/scams.xml"))
    # Ids name no host at all (issue 22): a partner's stored id survives a move of the portal.
    assert scams.find(f"{ATOM}id").text == "tag:safe-work-abroad,2026:scam-warnings:en"
    entry_ids = [entry.find(f"{ATOM}id").text for entry in scams.findall(f"{ATOM}entry")]
    assert entry_ids
    assert all(entry_id.startswith("tag:safe-work-abroad,2026:") for entry_id in entry_ids)

    # The partner API: detail_url, html_url, a nested parent, an agency's page_url.
    api_urls = []
    for path in (
        "/api/v2/pages/?locale=en&type=destinations.DestinationGuidePage",
        "/api/v2/agencies/",
        "/api/v2/alerts/",
        "/api/v2/resources/",
    ):
        api_urls += ABSOLUTE.findall(fetch(client, path))
    pages = json.loads(
        fetch(client, "/api/v2/pages/?locale=en&type=destinations.DestinationGuidePage")
    )
    detail = json.loads(fetch(client, pages["items"][0]["meta"]["detail_url"].removeprefix(PUBLIC)))
    assert detail["meta"]["html_url"] == f"{PUBLIC}/en/destinations/{detail['meta']['slug']}/"
    assert detail["meta"]["parent"]["meta"]["html_url"] == f"{PUBLIC}/en/destinations/"
    agencies = json.loads(fetch(client, "/api/v2/agencies/?fields=page_url"))
    agency_url = agencies["items"][0]["page_url"]
    assert re.fullmatch(rf"{PUBLIC}/[a-z-]+/agencies/[\w-]+/", agency_url), agency_url
    api_urls += ABSOLUTE.findall(json.dumps(detail))
    assert len(api_urls) > 10
    assert all(url.startswith(PUBLIC + "/") for url in ours(api_urls)), ours(api_urls)

    # A page: Open Graph, canonical and hreflang links.
    html = fetch(client, "/en/destinations/thailand/")
    assert f'<meta property="og:url" content="{PUBLIC}/en/destinations/thailand/">' in html
    assert f'<meta property="og:image" content="{PUBLIC}/static/icons/app-512.png">' in html
    assert f'<link rel="canonical" href="{PUBLIC}/en/destinations/thailand/">' in html
    assert f'hreflang="km" href="{PUBLIC}/km/destinations/thailand/"' in html

    # The agency page's printed address and its QR code.
    agency_path = agency_url.removeprefix(PUBLIC)
    assert agency_url in fetch(client, agency_path)
    assert fetch(client, agency_path + "qr.svg") == qr_svg(agency_url)


def test_check_warns_while_the_default_site_is_on_another_host(settings):
    from home.demo import ensure_home_pages
    from orientation.core.checks import default_site_matches_public_address

    settings.PUBLIC_BASE_URL = PUBLIC
    [warning] = default_site_matches_public_address()
    assert warning.id == "core.W001"
    assert "http://testserver" in warning.msg and PUBLIC in warning.msg
    # The demo loader puts the Site on the configured host (443: Wagtail's https).
    site = ensure_home_pages().get_site()
    assert (site.hostname, site.port, site.root_url) == ("portal.example.gov.kh", 443, PUBLIC)
    assert default_site_matches_public_address() == []


def test_start_up_says_when_the_site_is_on_another_host(settings, caplog):
    from orientation.core.checks import warn_at_start_if_site_is_elsewhere

    settings.PUBLIC_BASE_URL = PUBLIC
    with caplog.at_level("ERROR", logger="orientation.core.checks"):
        assert warn_at_start_if_site_is_elsewhere() == ("http://testserver", PUBLIC)
    assert "PUBLIC_BASE_URL is https://portal.example.gov.kh" in caplog.text
    settings.PUBLIC_BASE_URL = "http://testserver"
    caplog.clear()
    assert warn_at_start_if_site_is_elsewhere() is None
    assert caplog.text == ""
