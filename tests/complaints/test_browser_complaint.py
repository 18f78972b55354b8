import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def site(home_km):
    return home_km


def test_file_a_complaint_read_the_receipt_and_track_it_on_a_phone(phone, site):
    from orientation.complaints.models import Complaint

    phone.goto(phone.base_url + "/en/complaints/?destination=thailand")
    assert phone.locator("#id_destination").input_value() == "thailand"
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []

    # A first try without consent: the message appears and what was typed stays.
    phone.fill("#id_description", "ប្រាក់ឈ្នួលមិនបានបង់ពីរខែ. Wages not paid for two months.")
    phone.get_by_label("Unpaid wages").check()
    phone.get_by_role("button", name="Send the complaint").click()
    phone.locator("#id_consent_error").wait_for()  # visible once the answer has come
    assert "two months" in phone.locator("#id_description").input_value()
    assert serious_accessibility_violations(phone) == []

    phone.locator("#id_consent").check()
    phone.get_by_role("button", name="Send the complaint").click()
    reference = phone.locator("[data-complaint-reference]").inner_text().strip()
    code = phone.locator("[data-complaint-code]").inner_text().strip()
    assert reference.startswith("KH-") and len(code) == 14
    assert Complaint.objects.filter(reference=reference).exists()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []

    phone.get_by_role("link", name="Check the status").click()
    phone.fill("input[name=reference]", reference)
    phone.fill("input[name=code]", code)
    phone.get_by_role("button", name="Check").click()
    assert (
        phone.locator("[data-complaint-status]").get_attribute("data-complaint-status")
        == "received"
    )
    assert serious_accessibility_violations(phone) == []


@pytest.mark.parametrize("language", ["km", "ar"])
def test_an_urgent_complaint_shows_whom_to_call_at_once_on_a_phone(phone, site, language):
    from tests.destinations.factories import (
        DestinationGuidePageFactory,
        GuideIndexPageFactory,
        contact_card,
    )

    index = GuideIndexPageFactory(parent=site)
    DestinationGuidePageFactory(parent=index, body=[contact_card("Police", "191")])
    phone.goto(phone.base_url + f"/{language}/complaints/?destination=thailand")
    phone.fill("#id_description", "They locked me in the house.")
    phone.locator("#id_in_danger").check()
    phone.locator("#id_consent").check()
    phone.locator("form[data-offline-queue] [type=submit]").first.click()
    call = phone.locator(".urgent-contacts a[href='tel:191']")
    assert call.is_visible()
    assert phone.locator("[data-complaint-reference]").is_visible()
    assert not has_horizontal_scroll(phone)


def test_a_file_above_the_limit_is_pointed_out_when_chosen(phone, site, settings):
    settings.COMPLAINT_ATTACHMENT_MAX_BYTES = 1024 * 1024
    phone.goto(phone.base_url + "/km/complaints/")
    phone.locator("#id_attachment_1").set_input_files(
        {"name": "payslip.jpg", "mimeType": "image/jpeg", "buffer": b"\xff\xd8\xff" + b"0" * 2**21}
    )
    warning = phone.locator(".file-too-large")
    assert warning.is_visible()
    assert "payslip.jpg" in warning.inner_text()
    assert "1 MB" in warning.inner_text()
    # Left out, so that the rest of the complaint can be sent.
    assert phone.locator("#id_attachment_1").evaluate("input => input.files.length") == 0
    assert serious_accessibility_violations(phone) == []
