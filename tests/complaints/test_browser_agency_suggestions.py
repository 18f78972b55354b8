"""A worker typing an agency on the complaint form, on a phone: the register's closest
agencies are offered as they type; without JavaScript the field is a plain text field."""

from orientation.complaints.models import Complaint
from tests.conftest import BROWSER_TEST, serious_accessibility_violations
from tests.scams.factories import AgencyFactory

pytestmark = BROWSER_TEST


def test_typing_an_agency_offers_the_registers_closest_ones(phone, home_km):
    AgencyFactory(name_latin="Golden Star Recruitment", licence_number="MOL-118")
    AgencyFactory(name_latin="Silver Moon Jobs", licence_number="MOL-219")
    phone.goto(phone.base_url + "/km/complaints/")
    field = phone.locator("input[name=agency_name]")
    field.fill("golden sta")
    options = phone.locator("#agency-suggestions option")
    options.first.wait_for(state="attached")
    assert [options.nth(i).get_attribute("value") for i in range(options.count())] == ["MOL-118"]
    assert "Golden Star Recruitment" in options.first.get_attribute("label")
    assert serious_accessibility_violations(phone) == []


def test_without_javascript_what_is_typed_is_sent(phone_without_javascript, home_km):
    agency = AgencyFactory(name_latin="Golden Star Recruitment", licence_number="MOL-118")
    page = phone_without_javascript
    page.goto(page.base_url + "/en/complaints/")
    page.select_option("select[name=destination]", "thailand")
    page.fill("textarea[name=description]", "My passport was taken.")
    page.fill("input[name=agency_name]", "mol 118")
    page.check("input[name=consent]")
    page.locator("form[data-offline-queue] button[type=submit]").last.click()
    page.wait_for_selector("[data-complaint-reference]")
    complaint = Complaint.objects.get()
    assert complaint.agency == agency
    assert complaint.agency_name == "mol 118"
