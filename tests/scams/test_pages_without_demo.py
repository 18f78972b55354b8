"""Scam pages on an empty site (the demo-reading tests are in test_pages.py, whose module-wide
demo would be seen here)."""

import pytest

from orientation.scams.models import ScamIndexPage
from tests.scams.test_pages import ATOM, parse_atom

pytestmark = pytest.mark.django_db


def test_feed_of_an_empty_site_is_still_valid(client, home_km):
    response = client.get("/en/feeds/scams.xml")
    assert response.status_code == 200
    assert parse_atom(response.content).findall(f"{ATOM}entry") == []


def test_every_page_type_has_a_factory(home_km):
    from tests.scams.factories import ScamIndexPageFactory, ScamWarningPageFactory

    index = ScamIndexPageFactory(parent=home_km)
    warning = ScamWarningPageFactory(parent=index)
    assert isinstance(index, ScamIndexPage) and warning.get_parent().specific == index
