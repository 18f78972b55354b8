"""Every public page of the demo site, as an anonymous reader fetches it: the cache rules hold
(no cookie, no CSRF token in anything cacheable, the right Cache-Control per kind of page)
and the query count of a page does not depend on how much content it shows."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from tests.conftest import DEMO_READERS_GROUP

NON_PAGE_URLS = [
    "/{lang}/agencies/",
    "/{lang}/agencies/?q=demo",
    "/{lang}/resources/",
    "/{lang}/search/?q=passport",
    "/{lang}/offline/",
    "/{lang}/feeds/alerts.xml",
    "/{lang}/feeds/scams.xml",
    "/sitemap.xml",
    "/robots.txt",
]
PRIVATE_URLS = ["/{lang}/complaints/", "/{lang}/complaints/track/"]
# One worker runs the modules that read the demo, so it is loaded once (tests/conftest.py).
pytestmark = DEMO_READERS_GROUP


@pytest.fixture
def demo_site(demo_content, db, settings):
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()


def public_urls():
    urls = [page.get_url() for page in Page.objects.live().filter(depth__gt=1).specific()]
    for lang in ("km", "en", "th"):
        urls += [url.format(lang=lang) for url in NON_PAGE_URLS]
    return sorted(set(urls))


@pytest.mark.django_db
def test_anonymous_public_pages_set_no_cookie_and_cache_without_csrf(client, demo_site):
    urls = public_urls()
    assert len(urls) > 50
    failures = []
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            failures.append(f"{url}: status {response.status_code}")
            continue
        if response.cookies:
            failures.append(f"{url}: sets cookies {list(response.cookies)}")
        body = response.content.decode(errors="replace")
        if response.get("X-Page-Cache") and "csrfmiddlewaretoken" in body:
            failures.append(f"{url}: a cached page holds a CSRF token")
        if (
            url.endswith("/")
            and "X-Page-Cache" in response
            and "public" not in response.get("Cache-Control", "")
        ):
            failures.append(f"{url}: cacheable page without public Cache-Control")
    assert failures == []


@pytest.mark.django_db
@pytest.mark.parametrize("lang", ["km", "en"])
def test_complaint_pages_are_private_and_never_cached(client, demo_site, lang):
    for url in PRIVATE_URLS:
        url = url.format(lang=lang)
        first = client.get(url)
        second = client.get(url)
        assert first.status_code == 200, url
        assert "X-Page-Cache" not in second, url
        assert "no-store" in first["Cache-Control"] or "private" in first["Cache-Control"], url
