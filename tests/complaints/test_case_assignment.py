"""Assigning a complaint in the admin: a forged, non-numeric or ineligible assignee changes
nothing and says so; only the explicit empty choice un-assigns."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from orientation.complaints.models import CaseEvent
from orientation.destinations.models import Destination

from .factories import ComplaintFactory, OfficerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def assigned(officer):
    return ComplaintFactory(assigned_to=officer)


def post_assign(client, complaint, **data):
    response = client.post(
        reverse("complaints_admin:case", args=[complaint.pk]), {"action": "assign", **data}
    )
    assert response.status_code == 302
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.parametrize("value", ["abc", "1.5", "-1", "99999999999999999999999", "\x00"])
def test_a_value_that_is_not_a_person_changes_nothing_and_says_so(client, officer, assigned, value):
    client.force_login(officer)
    shown = post_assign(client, assigned, assignee=value)
    assigned.refresh_from_db()
    assert assigned.assigned_to == officer
    assert not assigned.events.filter(kind=CaseEvent.Kind.ASSIGNMENT).exists()
    assert any("Nothing was changed" in message for message in shown)


def test_an_ineligible_person_changes_nothing(client, officer, assigned):
    other = OfficerFactory(username="malaysia-officer", destinations=["malaysia"])
    client.force_login(officer)
    shown = post_assign(client, assigned, assignee=str(other.pk))
    assigned.refresh_from_db()
    assert assigned.assigned_to == officer
    assert any("Nothing was changed" in message for message in shown)


def test_a_missing_field_changes_nothing(client, officer, assigned):
    client.force_login(officer)
    post_assign(client, assigned)
    assigned.refresh_from_db()
    assert assigned.assigned_to == officer


def test_the_explicit_empty_choice_unassigns(client, officer, assigned):
    client.force_login(officer)
    shown = post_assign(client, assigned, assignee="")
    assigned.refresh_from_db()
    assert assigned.assigned_to is None
    assert any("Assignment saved." in message for message in shown)


def test_an_eligible_officer_is_assigned(client, officer):
    complaint = ComplaintFactory(destination=Destination.objects.get(slug="thailand"))
    colleague = OfficerFactory(username="colleague", destinations=["thailand"])
    client.force_login(officer)
    post_assign(client, complaint, assignee=str(colleague.pk))
    complaint.refresh_from_db()
    assert complaint.assigned_to == colleague
