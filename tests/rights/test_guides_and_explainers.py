"""End to end with the destinations area: a real guide lists the explainers for its country,
and each explainer links back to a guide that answers."""

import re

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def guide_and_rights(home_km):
    from orientation.destinations.demo import build as build_guides
    from orientation.rights.demo import build as build_rights

    build_guides(slugs=["thailand", "japan"])
    build_rights()


@pytest.mark.parametrize("language", ["km", "en"])
def test_guide_lists_explainers_and_explainer_links_guide(client, guide_and_rights, language):
    guide_html = client.get(f"/{language}/destinations/thailand/").content.decode()
    explainer_urls = set(re.findall(rf'href="(/{language}/rights/[a-z-]+/)"', guide_html))

    assert f"/{language}/rights/domestic-workers-and-fishers/" in explainer_urls
    assert f"/{language}/rights/keep-your-passport/" in explainer_urls

    explainer_html = client.get(f"/{language}/rights/keep-your-passport/").content.decode()
    assert f'href="/{language}/destinations/thailand/"' in explainer_html
    assert client.get(f"/{language}/destinations/thailand/").status_code == 200


def test_japan_guide_leaves_out_what_does_not_apply(client, guide_and_rights):
    guide_html = client.get("/en/destinations/japan/").content.decode()
    assert "/en/rights/keep-your-passport/" in guide_html
    assert "/en/rights/domestic-workers-and-fishers/" not in guide_html
