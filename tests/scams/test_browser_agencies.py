import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def demo_register(home_km):
    from orientation.scams.demo import ensure_demo_agencies

    ensure_demo_agencies()


def test_search_an_agency_on_a_phone_and_read_its_status(phone, demo_register):
    phone.goto(phone.base_url + "/en/agencies/")
    phone.get_by_label("Agency name or licence number").fill("demo 0003")
    phone.get_by_role("button", name="Check").click()
    phone.wait_for_url("**/en/agencies/?q=demo+0003")
    status = phone.locator(".agency-result [data-agency-status]").first
    assert status.get_attribute("data-agency-status") == "suspended"
    assert "Licence suspended" in status.inner_text()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []

    phone.get_by_role("link", name="Demo Recruitment Agency 3").click()
    phone.wait_for_url("**/en/agencies/DEMO-0003/")
    assert "Licence suspended" in phone.locator("[data-agency-status]").inner_text()
    assert phone.locator(".status-history li").count() == 2
    assert phone.locator("img.agency-qr__image").evaluate("img => img.naturalWidth > 0")
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []


def test_khmer_search_by_name_on_a_phone(phone, demo_register):
    phone.goto(phone.base_url + "/km/agencies/")
    phone.locator("#agency-query").fill("ឧទាហរណ៍ ១")
    phone.locator("#agency-query").press("Enter")
    phone.wait_for_load_state()
    first = phone.locator(".agency-result").first
    assert "ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍ ១" in first.inner_text()
    assert first.locator("[data-agency-status]").get_attribute("data-agency-status") == "licensed"
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []


def test_a_licence_number_without_its_prefix_offers_the_agency_in_khmer(phone, demo_register):
    """Issue 19: "0001" read off a poster is close to DEMO-0001; the worker is shown it with a
    warning to compare exactly, never "not in the register"."""
    phone.goto(phone.base_url + "/km/agencies/")
    phone.locator("#agency-query").fill("0001")
    phone.locator("#agency-query").press("Enter")
    phone.wait_for_load_state()
    assert phone.locator("[data-agency-status=not-found]").count() == 0
    assert "ទាំងស្រុង" in phone.locator("[data-agency-status=close-matches]").inner_text()
    assert "DEMO-0001" in phone.locator(".agency-result").first.inner_text()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone.screenshot(path="/tmp/agency-close-km.png", full_page=True)


def test_not_found_on_a_phone_points_to_reporting(phone, demo_register):
    phone.goto(phone.base_url + "/en/agencies/?q=%3Cb%3EGolden+Jobs%3C%2Fb%3E")
    assert phone.locator("b", has_text="Golden Jobs").count() == 0
    assert phone.get_by_role("link", name="Report an agency or a recruiter").is_visible()
    assert serious_accessibility_violations(phone) == []


def test_scam_warning_checklist_on_a_phone(phone, home_km, synced_trees):
    from orientation.scams.demo import build

    build()
    synced_trees()
    phone.goto(phone.base_url + "/km/scams/online-ads-and-chat-recruiters/")
    checkboxes = phone.locator(".red-flag input[type=checkbox]")
    assert checkboxes.count() == 5
    phone.locator(".red-flag label").first.click()
    assert checkboxes.first.is_checked()
    assert phone.get_by_role("link", name="ពិនិត្យអាជ្ញាប័ណ្ណរបស់ភ្នាក់ងារ").count() == 1
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
