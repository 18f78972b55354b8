"""A refused complaint on a phone, in Khmer and English, with and without JavaScript (issue
18): what went wrong is on the first screen, focused, linked to each field, in one language."""

import pytest
from playwright.sync_api import expect

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST

TEXTS = {
    "km": {"send": "ផ្ញើបណ្តឹង", "error": "កំហុស៖", "file": "ឯកសារទី 1"},
    "en": {"send": "Send the complaint", "error": "Error:", "file": "File 1"},
}
DANGLING_DESCRIBEDBY = """() => [...document.querySelectorAll('[aria-describedby]')].flatMap(
  element => element.getAttribute('aria-describedby').split(/\\s+/).filter(
    id => id && !document.getElementById(id)))"""


def summary_on_first_screen(page):
    box = page.locator("[data-error-summary]").bounding_box()
    return box is not None and 0 <= box["y"] < 740


def refuse_a_complaint(page, language):
    page.goto(f"{page.base_url}/{language}/complaints/?destination=thailand")
    page.fill("#id_description", "ក" * 20)
    page.locator("#id_attachment_1").set_input_files(
        {"name": "payslip.png", "mimeType": "image/png", "buffer": b"\x89PNG\r\n\x1a\n" + b"0" * 64}
    )
    page.locator("form[data-offline-queue] [type=submit]").first.click()
    page.wait_for_selector("[data-error-summary]")


@pytest.mark.parametrize("language", ["km", "en"])
def test_a_refused_complaint_opens_on_its_focused_summary(phone, home_km, language):
    refuse_a_complaint(phone, language)
    assert phone.title().startswith(TEXTS[language]["error"])
    # The page's deferred script moves the focus: wait for it, as a reader's phone does.
    expect(phone.locator("[data-error-summary]")).to_be_focused()
    assert summary_on_first_screen(phone)
    assert "payslip.png" in phone.locator("[data-files-not-kept]").inner_text()
    phone.screenshot(path=f"/tmp/forms-{language}-refused.png")
    assert phone.evaluate(DANGLING_DESCRIBEDBY) == []
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []

    # Each error links to its field.
    phone.locator("[data-error-summary] a[href='#id_consent']").click()
    assert phone.evaluate("() => location.hash") == "#id_consent"
    assert phone.locator("#id_consent").is_visible()


@pytest.mark.parametrize("language", ["km", "en"])
def test_without_javascript_the_summary_is_still_first_and_focused(
    phone_without_javascript, home_km, language
):
    page = phone_without_javascript
    refuse_a_complaint(page, language)
    assert page.title().startswith(TEXTS[language]["error"])
    first_after_heading = page.locator(".complaint > h1 + *")
    assert first_after_heading.get_attribute("data-error-summary") is not None
    assert summary_on_first_screen(page)
    assert page.locator("[data-error-summary]").get_attribute("autofocus") is not None
    page.screenshot(path=f"/tmp/forms-{language}-refused-nojs.png")
    # The limit is said in words; nothing cuts a long paste.
    assert page.locator("#id_description").get_attribute("maxlength") is None
    assert "5000" in page.locator("#id_description_helptext").inner_text()


@pytest.mark.parametrize("language", ["km", "en"])
def test_the_description_counts_what_is_left_and_keeps_a_long_paste(phone, home_km, language):
    phone.goto(f"{phone.base_url}/{language}/complaints/")
    assert TEXTS[language]["file"] in phone.locator("label[for=id_attachment_1]").inner_text()
    counter = phone.locator("#id_description_count")
    assert "5000" in counter.inner_text()
    phone.fill("#id_description", "x" * 5003)
    phone.wait_for_function(
        "() => document.querySelector('#id_description_count.char-count--over')"
    )
    assert "3" in counter.inner_text()
    assert len(phone.locator("#id_description").input_value()) == 5003
    assert "id_description_count" in phone.get_attribute("#id_description", "aria-describedby")
    phone.fill("#id_description", "x" * 4990)
    phone.wait_for_function(
        "() => !document.querySelector('#id_description_count.char-count--over')"
    )
    assert "10" in counter.inner_text()
    phone.screenshot(path=f"/tmp/forms-{language}-counter.png")
    assert serious_accessibility_violations(phone) == []


def test_from_the_receipt_the_tracking_form_asks_only_for_the_code(phone, home_km):
    phone.goto(phone.base_url + "/km/complaints/?destination=thailand")
    phone.fill("#id_description", "ប្រាក់ឈ្នួលមិនបានបង់។")
    phone.locator("#id_consent").check()
    phone.locator("form[data-offline-queue] [type=submit]").first.click()
    reference = phone.locator("[data-complaint-reference]").inner_text().strip()
    code = phone.locator("[data-complaint-code]").inner_text().strip()
    phone.locator(".receipt-actions a").click()
    expect(phone.locator("#id_reference")).to_have_value(reference)  # waits for the page
    assert code not in phone.url
    expect(phone.locator("#id_code")).to_be_focused()  # waits for the focus to be moved
    phone.keyboard.type(code)
    phone.locator(".complaint-track form [type=submit]").click()
    phone.locator("[data-complaint-status]").wait_for()  # visible once the answer has come
    assert "ម៉ោងកម្ពុជា" in phone.locator(".case-summary").inner_text()
    phone.screenshot(path="/tmp/forms-km-tracking.png")
    assert serious_accessibility_violations(phone) == []


def test_choosing_a_country_shows_its_verified_numbers_in_the_danger_box(phone, home_km):
    from tests.destinations.factories import (
        DestinationGuidePageFactory,
        GuideIndexPageFactory,
        contact_card,
    )

    index = GuideIndexPageFactory(parent=home_km)
    DestinationGuidePageFactory(parent=index, body=[contact_card("Police", "191")])
    phone.goto(phone.base_url + "/en/complaints/")
    assert phone.locator("[data-danger-box] a[href^='tel:']").count() == 0
    phone.locator("#id_destination").select_option("thailand")
    phone.wait_for_selector("[data-danger-box] a[href='tel:191']")
    assert "Thailand" in phone.locator("[data-danger-box]").inner_text()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
