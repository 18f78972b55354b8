"""The footer is rendered once per language, destination and content generation (issue 23:
it was a third of the complaint form's time), and the language switcher's addresses for
pages outside the page tree are worked out once per path."""

import pytest
from django.test import Client, RequestFactory
from django.urls import translate_url

from home.models import FooterSettings
from portal.templatetags.portal_tags import same_path_in
from tests.destinations.factories import (
    DestinationGuidePageFactory,
    GuideIndexPageFactory,
    contact_card,
)
from tests.factories import set_hotline

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]
FOOTER = "includes/site_footer.html"


def footer_of(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer"') : html.index("</footer>")]


def footer_rendered(response):
    return FOOTER in [template.name for template in response.templates]


@pytest.fixture
def cambodian_hotline(home_km):
    set_hotline("ប៉ូលិស (កម្ពុជា)", "Police (Cambodia)", "117", True, "Widely known")


def reader():
    """A client, once the footer's settings row exists (made on first use: a content change,
    which would start a new generation between the requests compared)."""
    FooterSettings.load()
    return Client()


def test_pages_in_one_language_share_one_rendering_of_the_footer(cambodian_hotline):
    client = reader()
    home = client.get("/en/")
    form = client.get("/en/complaints/")
    khmer = client.get("/km/complaints/")
    assert footer_rendered(home)
    assert not footer_rendered(form)
    assert footer_of(form) == footer_of(home)
    assert 'href="tel:117"' in footer_of(form)
    assert footer_rendered(khmer)  # another language has its own
    assert "Police (Cambodia)" not in footer_of(khmer)


def test_a_guide_keeps_a_footer_of_its_own_numbers(home_km, cambodian_hotline):
    index = GuideIndexPageFactory(parent=home_km)
    DestinationGuidePageFactory(parent=index, body=[contact_card("Police (Thailand)", "191")])
    client = reader()
    home = client.get("/km/")
    guide = client.get("/km/destinations/thailand/")
    again = client.get("/km/")
    assert footer_rendered(guide)
    assert 'href="tel:191"' in footer_of(guide) and "tel:117" not in footer_of(guide)
    assert not footer_rendered(again)
    assert footer_of(again) == footer_of(home)
    assert "tel:191" not in footer_of(again)


def test_a_change_to_the_footer_is_seen_at_once(home_km):
    client = Client()
    footer = FooterSettings.load()
    assert "Ministry of Labour and Vocational Training" not in footer_of(client.get("/en/"))
    footer.credit_km = "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ"
    footer.credit_en = "Ministry of Labour and Vocational Training"
    footer.credit_source = "Agreement of 1 January 2027"
    footer.credit_confirmed = True
    footer.save()
    assert "Ministry of Labour and Vocational Training" in footer_of(client.get("/en/"))


@pytest.mark.parametrize(
    "address",
    [
        "/km/complaints/",
        "/km/complaints/?destination=thailand&sign=locked_in",
        "/km/search/?q=%E1%9E%94%E1%9E%8E%E1%9F%92%E1%9E%8F%E1%9E%B9%E1%9E%84",
        "/km/agencies/%E1%9E%80%20x.y/",  # no route: the address comes back as it was
        "/km/no such page/",
    ],
)
def test_the_same_address_in_another_language_is_djangos_translation(address):
    request = RequestFactory().get(address)
    for code in ("en", "ar", "zh-hant"):
        assert same_path_in(request, code) == translate_url(request.get_full_path(), code)


def test_the_query_string_follows_the_page_into_another_language():
    request = RequestFactory().get("/km/complaints/?destination=thailand")
    assert same_path_in(request, "en") == "/en/complaints/?destination=thailand"
    assert same_path_in(request, "ar") == "/ar/complaints/?destination=thailand"
