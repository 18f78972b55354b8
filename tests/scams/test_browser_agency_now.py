"""Issue 18 at 360x740: a revoked agency's page in Khmer says what is true now (revoked, no
"valid until"), with the licence's dates under its history."""

import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def demo_register(home_km):
    from orientation.scams.demo import ensure_demo_agencies

    ensure_demo_agencies()


@pytest.mark.parametrize("language", ["km", "en"])
def test_revoked_agency_on_a_phone(phone, demo_register, language):
    phone.goto(phone.base_url + f"/{language}/agencies/DEMO-0004/")
    assert phone.locator("[data-agency-status]").get_attribute("data-agency-status") == "revoked"
    facts = phone.locator("dl.agency-facts").inner_text()
    assert "Licence valid" not in facts and "សុពលភាព" not in facts
    assert phone.locator(".agency-issued-dates").is_visible()
    assert "Demo register entry" not in phone.locator("main").inner_text()
    assert not has_horizontal_scroll(phone)
    phone.screenshot(path=f"/tmp/facts-agency-revoked-{language}.png", full_page=True)
    assert serious_accessibility_violations(phone) == []
