import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def demo_directory(home_km):
    from orientation.alerts.demo import build as build_alerts
    from orientation.resources.demo import build as build_resources

    build_resources()
    build_alerts()
    return home_km


def test_khmer_directory_on_a_phone_filters_without_javascript(phone, demo_directory):
    phone.goto(phone.base_url + "/km/resources/")
    assert phone.get_attribute("html", "lang") == "km"
    assert phone.locator(".organisation").count() == 7
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone.select_option("#id_destination", "malaysia")
    phone.select_option("#id_service", "shelter")
    phone.get_by_role("button", name="បង្ហាញ").click()
    phone.wait_for_url("**/km/resources/?destination=malaysia&service=shelter&language=")
    names = phone.locator(".organisation__name").all_inner_texts()
    assert names == ["ទីជម្រកឧទាហរណ៍ (Demo) ម៉ាឡេស៊ី"]
    # The Thailand demo alert is not shown to readers looking at Malaysia.
    assert phone.locator(".alerts").count() == 0
    assert phone.locator(".to-be-confirmed").first.is_visible()
    assert serious_accessibility_violations(phone) == []


def test_english_directory_shows_the_old_number_to_be_confirmed_with_its_document(
    phone, demo_directory
):
    phone.goto(phone.base_url + "/en/resources/?destination=thailand")
    assert phone.get_by_text("Demo alert").is_visible()
    iom = phone.locator(".organisation", has_text="IOM")
    assert iom.locator("a[href^='tel:']").count() == 0  # a 2007 number is not offered to call
    assert iom.locator(".contact .to-be-confirmed").is_visible()
    text = iom.inner_text()
    assert "+855 23 216 532" in text
    assert "New Labour Migration Information System" in text and "2007" in text
    assert not has_horizontal_scroll(phone)
