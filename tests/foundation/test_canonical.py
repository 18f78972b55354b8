"""rel=canonical names the version whose text a page shows (issue 18): an untranslated copy
(an alias of the Khmer page) points at the Khmer page, a translation at itself."""

import pytest
from bs4 import BeautifulSoup

pytestmark = pytest.mark.django_db


def canonical(client, path):
    page = BeautifulSoup(client.get(path).content.decode(), "html.parser")
    return [link["href"] for link in page.select("head link[rel=canonical]")]


def test_an_untranslated_copy_points_at_the_page_whose_text_it_shows(client, home_km, synced_trees):
    synced_trees()
    assert canonical(client, "/th/") == ["http://testserver/km/"]


def test_a_translated_page_and_the_source_point_at_themselves(client, home_km, synced_trees):
    synced_trees()
    assert canonical(client, "/en/") == ["http://testserver/en/"]
    assert canonical(client, "/km/") == ["http://testserver/km/"]


def test_a_form_points_at_itself(client, home_km):
    assert canonical(client, "/en/complaints/") == ["http://testserver/en/complaints/"]
