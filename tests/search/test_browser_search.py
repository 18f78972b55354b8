"""The search box in the header, on a phone, without JavaScript needed."""

import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations
from tests.search.factories import SearchablePageFactory

pytestmark = BROWSER_TEST


@pytest.fixture
def passport_page(home_km):
    return SearchablePageFactory(
        parent=home_km,
        title="លិខិតឆ្លងដែន",
        intro="មុនពេលចេញដំណើរ សូមរក្សាលិខិតឆ្លងដែនរបស់អ្នកឱ្យបានល្អ។",
        slug="passport",
    )


def test_khmer_search_from_the_header_on_a_phone(phone, passport_page):
    phone.goto(phone.base_url + "/km/")
    phone.locator("#site-search").fill("លិខិតឆ្លងដែន")
    phone.locator("#site-search").press("Enter")
    phone.wait_for_url("**/km/search/?q=*")
    assert phone.locator(".search-hit__title a").first.inner_text() == "លិខិតឆ្លងដែន"
    assert phone.locator(".search-hit__excerpt mark").first.inner_text() == "លិខិតឆ្លងដែន"
    assert phone.locator("#site-search").input_value() == "លិខិតឆ្លងដែន"
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []


def test_no_results_page_on_a_phone(phone, home_km):
    phone.goto(phone.base_url + "/en/search/?q=zzyzx")
    assert phone.get_by_role("link", name="Check an agency").is_visible()
    assert phone.get_by_role("link", name="Report a problem").is_visible()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
