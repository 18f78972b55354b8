"""The page cache's key holds only the query parameters that public views read, sorted:
tracking parameters, cache-busters and empty filters share one entry; a parameter a view
reads still gives distinct entries."""

import re
from pathlib import Path

import pytest
from django.conf import settings as django_settings

from portal.page_cache import KEYED_PARAMETERS

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache_on(page_cache_on, home_km):
    """The cache on, with the home pages built first."""


def test_tracking_and_unknown_parameters_and_their_order_share_one_entry(client, page_cache_on):
    first = client.get("/en/?utm_source=x&b=2&a=1")
    second = client.get("/en/?a=1&b=2")
    third = client.get("/en/?fbclid=abc&gclid=def&utm_campaign=y")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "hit"
    assert third["X-Page-Cache"] == "hit"
    assert client.get("/en/")["X-Page-Cache"] == "hit"


def test_filters_are_keyed_sorted_and_empty_ones_ignored(client, page_cache_on):
    assert (
        client.get("/en/resources/?service=shelter&destination=thailand&utm_medium=qr")[
            "X-Page-Cache"
        ]
        == "miss"
    )
    assert (
        client.get("/en/resources/?destination=thailand&service=shelter&language=")["X-Page-Cache"]
        == "hit"
    )
    assert (
        client.get("/en/resources/?destination=malaysia&service=shelter")["X-Page-Cache"] == "miss"
    )


def test_the_agency_search_query_gives_distinct_entries(client, page_cache_on):
    first = client.get("/en/agencies/?q=alpha")
    second = client.get("/en/agencies/?q=omega&utm_source=x")
    assert first["X-Page-Cache"] == "miss"
    assert second["X-Page-Cache"] == "miss"
    assert "omega" in second.content.decode()
    # "?q=" (an empty search, answered with a request to type a name) is not the bare page.
    client.get("/en/agencies/")
    assert client.get("/en/agencies/?q=")["X-Page-Cache"] == "miss"
    assert client.get("/en/agencies/?q=omega")["X-Page-Cache"] == "hit"


# Sections the page cache serves (complaints and search are never cached; the API and the
# admin are outside the language prefixes).
CACHED_SOURCES = [
    "home",
    "orientation/alerts",
    "orientation/destinations",
    "orientation/lessons",
    "orientation/resources",
    "orientation/rights",
    "orientation/scams",
]
READ = re.compile(
    r"""request\.GET(?:\.get|\.getlist)?\(\s*["']([\w-]+)["']|["']([\w-]+)["']\s+in\s+request\.GET"""
)


def test_every_parameter_a_cached_public_view_reads_is_in_the_key():
    root = Path(django_settings.BASE_DIR)
    read = set()
    for folder in CACHED_SOURCES:
        for path in (root / folder).rglob("*.py"):
            if "migrations" in path.parts or path.name in {"api.py", "admin_views.py"}:
                continue
            for match in READ.finditer(path.read_text()):
                read.add(match.group(1) or match.group(2))
    from orientation.resources.views import FILTER_NAMES

    read |= set(FILTER_NAMES)
    assert read, "the pattern no longer finds how views read parameters"
    assert read <= KEYED_PARAMETERS, read - KEYED_PARAMETERS
