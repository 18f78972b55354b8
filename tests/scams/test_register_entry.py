"""An agency added by hand in the admin is a fact that tells workers they may pay it: it
stays out of everything readers see until a second person approves its entry (issue 17,
item 8). The ministry's register file puts the agencies it lists in the register."""

import pytest
from django.test import Client
from django.urls import reverse

from orientation.scams.models import Agency, AgencyStatusChange, AgencyStatusProposal

from .test_import import run_import, write_csv
from .test_status_review import logged_in

pytestmark = pytest.mark.django_db
LICENCE = "DEMO-0901"


def add_by_hand(client, **fields):
    data = {
        "name_km": "",
        "name_latin": "Harvest Demo Manpower",
        "licence_number": LICENCE,
        "status": "licensed",
        "valid_from": "",
        "valid_until": "",
        "address": "",
        "phone": "",
        "phone_source": "",
        "status_change_reason": "Seen on the ministry's letter",
        **fields,
    }
    response = client.post(reverse("wagtailsnippets_scams_agency:add"), data)
    assert response.status_code == 302, response.content.decode()[:2000]
    return Agency.objects.get(licence_number=LICENCE)


def seen_by_readers():
    """Every place a reader meets the register: the agency page, its search, the API."""
    reader = Client()
    page = reader.get(f"/en/agencies/{LICENCE}/")
    search = reader.get("/en/agencies/", {"q": "Harvest Demo"}).content.decode()
    api = reader.get("/api/v2/agencies/", {"licence_number": LICENCE}).json()
    return {
        "page": page.status_code == 200 and 'data-agency-status="licensed"' in page.text,
        "search": LICENCE in search,
        "api": any(item["licence_number"] == LICENCE for item in api["items"]),
    }


def test_a_hand_added_agency_waits_for_a_second_person(roles):
    editor = logged_in(roles["editor"])
    agency = add_by_hand(editor)
    assert not agency.in_register
    assert seen_by_readers() == {"page": False, "search": False, "api": False}
    assert not Agency.objects.in_register().filter(pk=agency.pk).exists()
    assert not AgencyStatusChange.objects.filter(agency=agency).exists()

    proposal = AgencyStatusProposal.objects.get(agency=agency)
    assert (proposal.from_status, proposal.to_status, proposal.state) == (
        "",
        "licensed",
        "pending",
    )
    # The editor who added it cannot let it in.
    editor.post(reverse("scams_status_proposals"), {"proposal": proposal.pk, "decision": "approve"})
    agency.refresh_from_db()
    assert not agency.in_register

    reviewer = logged_in(roles["reviewer"])
    listing = reviewer.get(reverse("scams_status_proposals")).content.decode()
    assert "ថ្មី៖ មិនទាន់ក្នុងបញ្ជីនៅឡើយ" in listing and f'data-proposal="{proposal.pk}"' in listing
    reviewer.post(
        reverse("scams_status_proposals"), {"proposal": proposal.pk, "decision": "approve"}
    )
    agency.refresh_from_db()
    assert agency.in_register
    assert seen_by_readers() == {"page": True, "search": True, "api": True}
    change = AgencyStatusChange.objects.get(agency=agency)
    assert (change.from_status, change.to_status) == ("", "licensed")
    assert (change.proposed_by, change.changed_by) == (roles["editor"], roles["reviewer"])


def test_a_rejected_entry_stays_out_of_the_register(roles):
    agency = add_by_hand(logged_in(roles["editor"]))
    proposal = AgencyStatusProposal.objects.get(agency=agency)
    logged_in(roles["reviewer"]).post(
        reverse("scams_status_proposals"), {"proposal": proposal.pk, "decision": "reject"}
    )
    agency.refresh_from_db()
    assert not agency.in_register
    assert seen_by_readers()["page"] is False


def test_editing_a_waiting_agency_renews_its_entry_proposal(roles):
    editor = logged_in(roles["editor"])
    agency = add_by_hand(editor)
    add_data = {"status": "suspended", "status_change_reason": "Second letter"}
    response = editor.post(
        reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk]),
        {
            "name_km": "",
            "name_latin": agency.name_latin,
            "licence_number": LICENCE,
            "valid_from": "",
            "valid_until": "",
            "address": "",
            "phone": "",
            "phone_source": "",
            **add_data,
        },
    )
    assert response.status_code == 302
    states = dict(
        AgencyStatusProposal.objects.filter(agency=agency).values_list("to_status", "state")
    )
    assert states == {"licensed": "outdated", "suspended": "pending"}
    assert not Agency.objects.get(pk=agency.pk).in_register


def test_the_ministry_register_file_puts_a_waiting_agency_in_the_register(roles, tmp_path):
    agency = add_by_hand(logged_in(roles["editor"]))
    run_import(write_csv(tmp_path, f"{LICENCE},Harvest Demo Manpower,,licensed,,,,,,Register\n"))
    agency.refresh_from_db()
    assert agency.in_register
    # The waiting entry is now out of date: approving it changes nothing.
    from orientation.scams.services import decide_status_proposal

    proposal = AgencyStatusProposal.objects.get(agency=agency, state="pending")
    assert decide_status_proposal(proposal, user=roles["reviewer"], approve=True).state == (
        "outdated"
    )
