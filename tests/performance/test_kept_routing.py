"""Wagtail's site and page lookups kept until the content changes
(orientation/core/kept_routing.py): no routing query on a page view, and every change an
editor makes is seen on the next request."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

from tests.destinations.factories import DestinationGuidePageFactory, GuideIndexPageFactory, section
from tests.rights.factories import RightsIndexPageFactory, RightsPageFactory

pytestmark = pytest.mark.django_db

ROUTING_TABLES = ("wagtailcore_site", "wagtailcore_locale", "wagtailcore_pageviewrestriction")


@pytest.fixture
def guide(home_km):
    index = GuideIndexPageFactory(parent=home_km)
    return DestinationGuidePageFactory(parent=index, body=[section()])


def tables_read(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return " ".join(query["sql"] for query in queries.captured_queries)


def test_a_page_view_asks_nothing_of_the_site_locales_or_privacy(client, guide):
    # The first page ever served creates the settings rows: a content change.
    client.get(guide.url)
    client.get(guide.url)
    sql = tables_read(client, guide.url)
    for table in ROUTING_TABLES:
        assert f'FROM "{table}"' not in sql, table
    # Nor walks the tree: the page rows Wagtail's routing reads by slug.
    assert '"wagtailcore_page"."slug" =' not in sql


def test_an_unpublished_page_is_gone_on_the_next_request(client, guide):
    assert client.get(guide.url).status_code == 200
    guide.unpublish()
    assert client.get(guide.url).status_code == 404


def test_a_new_slug_is_served_at_once_and_the_old_address_no_longer_serves_the_page(
    client, home_km
):
    page = RightsPageFactory(parent=RightsIndexPageFactory(parent=home_km), slug="before")
    old_url = page.url
    assert client.get(old_url).status_code == 200
    page.slug = "after"
    page.save_revision().publish()
    page.refresh_from_db()
    assert page.url != old_url
    assert client.get(page.url).status_code == 200
    assert client.get(old_url).status_code in (301, 302, 404)


def test_a_page_made_private_asks_for_a_login_at_once(client, guide):
    assert client.get(guide.url).status_code == 200
    PageViewRestriction.objects.create(page=guide, restriction_type=PageViewRestriction.LOGIN)
    response = client.get(guide.url)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_a_sub_route_is_left_to_wagtail_each_time(client, home_km):
    index = RightsIndexPageFactory(parent=home_km)
    client.get(index.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(index.url).status_code == 200
    sql = " ".join(query["sql"] for query in queries.captured_queries)
    assert '"wagtailcore_page"."slug" =' in sql  # routed by Wagtail, not kept
    assert client.get(index.url + "instruments/no-such-law/").status_code == 404
