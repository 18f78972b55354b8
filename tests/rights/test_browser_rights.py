import pytest

from tests.conftest import (
    BROWSER_TEST,
    committed_content_for_a_module,
    has_horizontal_scroll,
    serious_accessibility_violations,
)

pytestmark = BROWSER_TEST


@pytest.fixture(scope="module")
def demo_rights(django_db_setup, django_db_blocker):
    """The demo's rights pages in every language, built once: the tests only read them."""

    def build():
        from orientation.core.demo import synchronise_all_locales
        from orientation.rights import demo

        demo.build()
        synchronise_all_locales()

    yield from committed_content_for_a_module(django_db_blocker, build)


def test_khmer_explainer_on_a_phone(phone, demo_rights):
    phone.goto(phone.base_url + "/km/rights/keep-your-passport/")

    assert phone.get_attribute("html", "lang") == "km"
    assert phone.locator("h1").inner_text() == "រក្សាលិខិតឆ្លងដែន និងឯកសាររបស់អ្នកដោយខ្លួនឯង"
    complaint_link = phone.locator('a[href="/km/complaints/"]').first
    assert complaint_link.is_visible()
    assert complaint_link.bounding_box()["height"] >= 44
    assert phone.locator('a[href="/km/destinations/thailand/"]').count() >= 1
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []


def test_from_explainer_to_instrument_and_back(phone, demo_rights):
    phone.goto(phone.base_url + "/en/rights/domestic-workers-and-fishers/")
    phone.get_by_role("link", name="ILO Convention No. 189 on Domestic Workers, 2011").click()
    phone.wait_for_url("**/en/rights/instruments/ilo-c189-domestic-workers/")

    assert "Domestic Workers" in phone.locator("h1").inner_text()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []

    phone.get_by_role("link", name="Protection for domestic workers and fishers").click()
    phone.wait_for_url("**/en/rights/domestic-workers-and-fishers/")


def test_rights_index_on_a_phone(phone, demo_rights):
    phone.goto(phone.base_url + "/km/rights/")
    assert phone.locator(".rights-card").count() == 9
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
