"""The API's documentation page, read by an NGO's developer on a phone."""

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


def test_the_api_page_reads_on_a_phone_and_loads_nothing_from_elsewhere(phone, home_km):
    outside = []
    phone.on(
        "request",
        lambda request: (
            outside.append(request.url) if not request.url.startswith(phone.base_url) else None
        ),
    )
    response = phone.goto(phone.base_url + "/api/v2/docs/")
    assert response.status == 200
    assert phone.locator("#list_alerts-title").inner_text() == "GET /alerts/"
    assert phone.locator("#list_alerts dd", has_text="thailand").count() >= 1
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    assert outside == []
