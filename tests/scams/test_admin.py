import pytest
from django.urls import reverse
from wagtail.models import ModelLogEntry

from orientation.scams.models import Agency, AgencyStatus, AgencyStatusChange
from orientation.scams.services import STATUS_CHANGE_ACTION
from tests.factories import UserFactory
from tests.scams.factories import AgencyFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = UserFactory(username="register-editor", is_superuser=True, is_staff=True)
    client.force_login(user)
    client.user = user
    return client


def agency_form_data(agency, **changes):
    data = {
        "name_km": agency.name_km,
        "name_latin": agency.name_latin,
        "licence_number": agency.licence_number,
        "status": agency.status,
        "valid_from": agency.valid_from.isoformat() if agency.valid_from else "",
        "valid_until": agency.valid_until.isoformat() if agency.valid_until else "",
        "address": "",
        "phone": "",
        "phone_source": "",
        "status_change_reason": "",
    }
    data.update(changes)
    return data


def test_status_change_in_the_admin_is_recorded_with_who_and_why(editor_client):
    from orientation.scams.models import AgencyStatusProposal
    from orientation.scams.services import decide_status_proposal

    agency = AgencyFactory(licence_number="DEMO-0301")
    url = reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk])
    response = editor_client.post(
        url, agency_form_data(agency, status="revoked", status_change_reason="Ministry decision")
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    # A second person approves (tests/scams/test_status_review.py); then it is recorded.
    approver = UserFactory(username="second-person", is_superuser=True)
    decide_status_proposal(
        AgencyStatusProposal.objects.get(agency=agency), user=approver, approve=True
    )
    change = AgencyStatusChange.objects.get(agency=agency)
    assert (change.from_status, change.to_status, change.reason, change.proposed_by) == (
        "licensed",
        "revoked",
        "Ministry decision",
        editor_client.user,
    )
    assert change.changed_by == approver
    log = ModelLogEntry.objects.get(action=STATUS_CHANGE_ACTION, object_id=str(agency.pk))
    assert log.user == approver
    assert log.data["from"] == "licensed" and log.data["to"] == "revoked"


def test_an_edit_that_keeps_the_status_adds_no_history(editor_client):
    agency = AgencyFactory(licence_number="DEMO-0302")
    url = reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk])
    response = editor_client.post(url, agency_form_data(agency, address="Demo address"))
    assert response.status_code == 302
    assert not AgencyStatusChange.objects.filter(agency=agency).exists()


def test_creating_an_agency_proposes_its_entry_into_the_register(editor_client):
    url = reverse("wagtailsnippets_scams_agency:add")
    data = agency_form_data(
        Agency(
            name_latin="Demo Recruitment Agency 303", licence_number="DEMO-0303", status="suspended"
        )
    )
    response = editor_client.post(url, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    agency = Agency.objects.get(licence_number="DEMO-0303")
    # The entry is recorded once a second person approves it (test_register_entry.py).
    assert not agency.in_register and not agency.status_changes.exists()
    assert agency.status_proposals.get().to_status == AgencyStatus.SUSPENDED


def test_admin_refuses_a_duplicate_licence_number_in_another_spelling(editor_client):
    AgencyFactory(licence_number="DEMO-0304")
    url = reverse("wagtailsnippets_scams_agency:add")
    data = agency_form_data(
        Agency(name_latin="Demo copy", licence_number="demo 0304", status="licensed")
    )
    response = editor_client.post(url, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "already has this licence number" in html or "ប្រើលេខអាជ្ញាប័ណ្ណនេះរួចហើយ" in html
    assert Agency.objects.count() == 1


def test_verified_phone_needs_a_source(editor_client):
    agency = AgencyFactory(licence_number="DEMO-0305")
    url = reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk])
    response = editor_client.post(
        url, agency_form_data(agency, phone="012 345 678", phone_verified="on")
    )
    assert response.status_code == 200
    agency.refresh_from_db()
    assert agency.phone == ""


def test_history_can_be_read_but_not_rewritten_in_the_admin(editor_client):
    agency = AgencyFactory(licence_number="DEMO-0306")
    from orientation.scams.services import agency_set_status

    change = agency_set_status(agency, AgencyStatus.SUSPENDED, reason="Demo")
    assert (
        editor_client.get(reverse("wagtailsnippets_scams_agencystatuschange:list")).status_code
        == 200
    )
    edit = editor_client.get(
        reverse("wagtailsnippets_scams_agencystatuschange:edit", args=[change.pk])
    )
    assert edit.status_code in {302, 403}
    assert editor_client.get(reverse("wagtailsnippets_scams_agency:list")).status_code == 200


def test_admin_pages_for_the_register_render(editor_client):
    agency = AgencyFactory(licence_number="DEMO-0307")
    for name, args in [("add", []), ("edit", [agency.pk]), ("inspect", [agency.pk]), ("list", [])]:
        url = reverse(f"wagtailsnippets_scams_agency:{name}", args=args)
        assert editor_client.get(url).status_code == 200, url
