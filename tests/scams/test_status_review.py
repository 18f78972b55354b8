"""A licence status change made in the admin needs a second person (issue 17): the editor's
change waits, the public page keeps the approved status, the proposer cannot approve it,
a reviewer does, and the history is visible to editors and reviewers."""

import pytest
from django.test import Client
from django.urls import reverse

from orientation.scams.models import AgencyStatus, AgencyStatusChange, AgencyStatusProposal
from orientation.scams.services import (
    ProposalRefused,
    decide_status_proposal,
    propose_status_change,
)
from tests.scams.factories import AgencyFactory

from .test_admin import agency_form_data

pytestmark = pytest.mark.django_db
PUBLIC = "/en/agencies/DEMO-0801/"


def logged_in(user):
    client = Client()
    client.force_login(user)
    return client


def public_status(agency):
    html = Client().get(f"/en/agencies/{agency.licence_number}/").content.decode()
    for status in AgencyStatus.values:
        if f'data-agency-status="{status}"' in html:
            return status
    raise AssertionError("no status on the public page")


def proposals_page(client):
    return client.get(reverse("scams_status_proposals"))


def decide(client, proposal, decision="approve"):
    return client.post(
        reverse("scams_status_proposals"), {"proposal": proposal.pk, "decision": decision}
    )


def test_editor_proposes_a_suspension_and_a_reviewer_approves_it(roles):
    agency = AgencyFactory(licence_number="DEMO-0801")
    editor = logged_in(roles["editor"])
    response = editor.post(
        reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk]),
        agency_form_data(agency, status="suspended", status_change_reason="Ministry letter"),
    )
    assert response.status_code == 302, response.content.decode()[:2000]

    # Waiting: nothing public changed, no history row yet, the change is listed.
    agency.refresh_from_db()
    assert agency.status == AgencyStatus.LICENSED
    assert public_status(agency) == "licensed"
    assert not AgencyStatusChange.objects.filter(agency=agency).exists()
    proposal = AgencyStatusProposal.objects.get(agency=agency)
    assert (proposal.to_status, proposal.proposed_by, proposal.state) == (
        "suspended",
        roles["editor"],
        "pending",
    )

    edit_page = editor.get(reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk]))
    assert "data-status-pending" in edit_page.content.decode()

    # The editor cannot approve their own change (nor any change).
    decide(editor, proposal)
    proposal.refresh_from_db()
    assert proposal.state == "pending"
    assert public_status(agency) == "licensed"

    reviewer = logged_in(roles["reviewer"])
    page = proposals_page(reviewer).content.decode()
    assert f'data-proposal="{proposal.pk}"' in page and 'name="decision"' in page
    assert decide(reviewer, proposal).status_code == 302
    proposal.refresh_from_db()
    assert (proposal.state, proposal.decided_by) == ("approved", roles["reviewer"])
    assert public_status(agency) == "suspended"
    change = AgencyStatusChange.objects.get(agency=agency)
    assert (change.from_status, change.to_status, change.reason) == (
        "licensed",
        "suspended",
        "Ministry letter",
    )
    assert (change.proposed_by, change.changed_by) == (roles["editor"], roles["reviewer"])

    # The history is visible to the editor: on the agency's admin page and in the listing.
    edit_page = editor.get(reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk]))
    html = edit_page.content.decode()
    assert "data-status-history" in html and "Ministry letter" in html
    listing = editor.get(reverse("wagtailsnippets_scams_agencystatuschange:list"))
    assert listing.status_code == 200 and "DEMO-0801" in listing.content.decode()


def test_a_reviewer_cannot_approve_their_own_proposal(roles):
    agency = AgencyFactory(licence_number="DEMO-0802")
    proposal = propose_status_change(
        agency, AgencyStatus.REVOKED, user=roles["reviewer"], reason="x"
    )
    with pytest.raises(ProposalRefused):
        decide_status_proposal(proposal, user=roles["reviewer"], approve=True)
    page = proposals_page(logged_in(roles["reviewer"])).content.decode()
    assert f'data-proposal="{proposal.pk}"' in page and 'name="decision"' not in page
    decide_status_proposal(proposal, user=roles["second_reviewer"], approve=True)
    agency.refresh_from_db()
    assert agency.status == AgencyStatus.REVOKED


def test_a_rejected_change_leaves_the_status_and_no_history(roles):
    agency = AgencyFactory(licence_number="DEMO-0803")
    proposal = propose_status_change(agency, AgencyStatus.SUSPENDED, user=roles["editor"])
    decide_status_proposal(proposal, user=roles["reviewer"], approve=False)
    agency.refresh_from_db()
    assert agency.status == AgencyStatus.LICENSED
    assert not AgencyStatusChange.objects.filter(agency=agency).exists()
    with pytest.raises(ProposalRefused):
        decide_status_proposal(proposal, user=roles["second_reviewer"], approve=True)


def test_a_change_overtaken_by_the_register_import_is_not_applied(roles):
    from orientation.scams.services import agency_set_status

    agency = AgencyFactory(licence_number="DEMO-0804")
    proposal = propose_status_change(agency, AgencyStatus.SUSPENDED, user=roles["editor"])
    agency_set_status(agency, AgencyStatus.REVOKED, reason="Register", source="import")
    proposal = decide_status_proposal(proposal, user=roles["reviewer"], approve=True)
    agency.refresh_from_db()
    assert proposal.state == "outdated"
    assert agency.status == AgencyStatus.REVOKED


def test_an_edit_without_a_status_change_is_saved_at_once(roles):
    agency = AgencyFactory(licence_number="DEMO-0805")
    response = logged_in(roles["editor"]).post(
        reverse("wagtailsnippets_scams_agency:edit", args=[agency.pk]),
        agency_form_data(agency, address="Demo street"),
    )
    assert response.status_code == 302
    agency.refresh_from_db()
    assert agency.address == "Demo street"
    assert not AgencyStatusProposal.objects.filter(agency=agency).exists()
