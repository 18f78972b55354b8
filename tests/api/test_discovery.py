import xml.etree.ElementTree as ET

import pytest
from django.conf import settings

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"


def parse_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == f"{SITEMAP}urlset"
    return root


@pytest.mark.django_db
def test_sitemap_holds_every_page_in_every_locale_with_hreflang(client, partner_content):
    from wagtail.models import Page

    root = parse_sitemap(client)
    entries = {
        url.find(f"{SITEMAP}loc").text: [
            (link.get("hreflang"), link.get("href")) for link in url.findall(f"{XHTML}link")
        ]
        for url in root.findall(f"{SITEMAP}url")
    }
    for code, _name in settings.LANGUAGES:
        assert f"http://testserver/{code}/" in entries, code
        assert f"http://testserver/{code}/resources/" in entries, code
    live_pages = Page.objects.live().filter(depth__gte=2).count()
    page_entries = [loc for loc in entries if "/resources/" not in loc and "/agencies/" not in loc]
    assert len(page_entries) == live_pages
    home_alternates = dict(entries["http://testserver/en/"])
    assert home_alternates["km"] == "http://testserver/km/"
    assert home_alternates["en"] == "http://testserver/en/"
    assert home_alternates["x-default"] == "http://testserver/km/"
    # Thai is an alias of the Khmer home (not translated): not announced as Thai content.
    assert "th" not in home_alternates
    if partner_content["guide"] is not None:
        guide = dict(entries["http://testserver/en/destinations/thailand/"])
        assert guide["km"] == "http://testserver/km/destinations/thailand/"
    assert not [loc for loc in entries if "/complaints/" in loc]


@pytest.mark.django_db
def test_sitemap_stays_valid_with_khmer_and_ampersands_and_hides_drafts(client, home_km):
    from home.models import HomePage  # noqa: F401 (the tree's root type)
    from orientation.core.demo import ensure_page_in_km_and_en

    try:
        from orientation.destinations.models import GuideIndexPage
    except ImportError:
        pytest.skip("no index page type to build with")
    index = ensure_page_in_km_and_en(
        home_km,
        GuideIndexPage,
        "destinations",
        km={"title": "មគ្គុទ្ទេសក៍ & ព័ត៌មាន <ថ្មី>"},
        en={"title": "Guides & news"},
    )
    index.get_translation(index.locale.__class__.objects.get(language_code="en")).unpublish()
    root = parse_sitemap(client)
    locs = [url.find(f"{SITEMAP}loc").text for url in root.findall(f"{SITEMAP}url")]
    assert "http://testserver/km/destinations/" in locs
    assert "http://testserver/en/destinations/" not in locs


@pytest.mark.django_db
def test_robots_keeps_admin_and_complaints_out_and_points_to_the_sitemap(client, home_km):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Disallow: /admin/" in lines
    for code, _name in settings.LANGUAGES:
        assert f"Disallow: /{code}/complaints/" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.mark.django_db
def test_pages_carry_open_graph_and_twitter_card_tags(client, home_km):
    html = client.get("/en/").content.decode()
    assert '<meta property="og:title" content="Safe work abroad">' in html
    assert '<meta property="og:url" content="http://testserver/en/">' in html
    assert '<meta property="og:locale" content="en_GB">' in html
    assert '<meta property="og:image" content="http://testserver/static/icons/app-512.png">' in html
    assert '<meta name="twitter:card" content="summary">' in html
    assert 'property="og:description" content="Pre-departure information' in html
    km = client.get("/km/resources/").content.decode()
    assert '<meta property="og:locale" content="km_KH">' in km
    assert 'property="og:title" content="ជំនួយ' in km or 'property="og:title" content="' in km
