"""Supervisors manage officers and their destinations in the admin (issue 17): the screen at
/admin/complaints/officers/, closed to officers."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from orientation.complaints.selectors import complaints_for_officer
from orientation.destinations.models import Destination
from tests.factories import UserFactory

from .factories import ComplaintFactory, OfficerFactory, SupervisorFactory

pytestmark = pytest.mark.django_db


def destination_ids(*slugs):
    return [
        str(pk) for pk in Destination.objects.filter(slug__in=slugs).values_list("pk", flat=True)
    ]


def officer_post(**changes):
    data = {"first_name": "Vanna", "last_name": "Kim", "email": "vanna@example.org"}
    data["is_active"] = "on"
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def supervisor_client(client):
    client.force_login(SupervisorFactory(username="head", first_name="Head", last_name="Sup"))
    return client


def test_supervisor_changes_destinations_and_the_officer_then_sees_exactly_those_cases(
    supervisor_client,
):
    officer = OfficerFactory(username="vanna", destinations=["thailand"])
    by_slug = {
        slug: ComplaintFactory(destination=Destination.objects.get(slug=slug))
        for slug in ["thailand", "malaysia", "japan"]
    }
    listing = supervisor_client.get(reverse("complaints_admin:officers"))
    assert 'data-officer="vanna"' in listing.content.decode()

    response = supervisor_client.post(
        reverse("complaints_admin:officer_edit", args=[officer.pk]),
        officer_post(destinations=destination_ids("malaysia", "japan")),
    )
    assert response.status_code == 302, response.context["form"].errors

    seen = set(complaints_for_officer(officer).values_list("reference", flat=True))
    assert seen == {by_slug["malaysia"].reference, by_slug["japan"].reference}
    officer_client = Client()
    officer_client.force_login(officer)
    page = officer_client.get("/admin/complaints/?status=all").content.decode()
    assert by_slug["japan"].reference in page and by_slug["thailand"].reference not in page


def test_supervisor_makes_an_officer_a_supervisor_and_back(supervisor_client):
    officer = OfficerFactory(username="vanna", destinations=["thailand"])
    url = reverse("complaints_admin:officer_edit", args=[officer.pk])
    supervisor_client.post(
        url, officer_post(destinations=destination_ids("thailand"), supervisor="on")
    )
    officer = get_user_model().objects.get(pk=officer.pk)
    assert officer.has_perm("complaints.see_all_complaints")
    supervisor_client.post(url, officer_post(destinations=destination_ids("thailand")))
    officer = get_user_model().objects.get(pk=officer.pk)
    assert not officer.has_perm("complaints.see_all_complaints")
    assert officer.has_perm("complaints.handle_complaints")


def test_supervisor_adds_an_officer_with_a_set_password_link(supervisor_client):
    response = supervisor_client.post(
        reverse("complaints_admin:officer_add"),
        officer_post(
            username="dara",
            first_name="Dara",
            last_name="Sok",
            email="dara@example.org",
            destinations=destination_ids("japan"),
        ),
    )
    assert response.status_code == 200
    assert "/admin/password_reset/" in response.content.decode()
    dara = get_user_model().objects.get(username="dara")
    assert not dara.has_usable_password()
    assert list(dara.officer_profile.destinations.values_list("slug", flat=True)) == ["japan"]
    assert (dara.first_name, dara.last_name) == ("Dara", "Sok")


def test_an_officer_needs_a_destination_and_names(supervisor_client):
    officer = OfficerFactory(username="vanna", destinations=["thailand"])
    response = supervisor_client.post(
        reverse("complaints_admin:officer_edit", args=[officer.pk]),
        officer_post(first_name="", destinations=None),
    )
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"first_name", "__all__"}
    assert list(officer.officer_profile.destinations.values_list("slug", flat=True)) == ["thailand"]


def refused(response):
    """Wagtail turns a refusal into a redirect to the dashboard with a message."""
    return response.status_code == 403 or (
        response.status_code == 302 and response.url == reverse("wagtailadmin_home")
    )


def test_an_officer_cannot_reach_the_screen_nor_widen_their_destinations(client):
    officer = OfficerFactory(username="vanna", destinations=["thailand"])
    client.force_login(officer)
    assert refused(client.get(reverse("complaints_admin:officers")))
    url = reverse("complaints_admin:officer_edit", args=[officer.pk])
    assert refused(client.post(url, officer_post(destinations=destination_ids("japan"))))
    assert list(officer.officer_profile.destinations.values_list("slug", flat=True)) == ["thailand"]
    assert refused(client.get(reverse("complaints_admin:officer_add")))
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert reverse("complaints_admin:officers") not in menu


def test_editors_cannot_reach_it_and_supervisors_cannot_edit_an_administrator(supervisor_client):
    editor_client = Client()
    editor_client.force_login(UserFactory(username="ed", groups=["Editors"]))
    assert refused(editor_client.get(reverse("complaints_admin:officers")))
    root = UserFactory(username="root", is_superuser=True, groups=["Complaint officers"])
    url = reverse("complaints_admin:officer_edit", args=[root.pk])
    assert supervisor_client.get(url).status_code == 404


def test_supervisor_cannot_change_how_an_editor_officer_signs_in(supervisor_client):
    both = OfficerFactory(username="both", destinations=["thailand"])
    both.groups.add(Group.objects.get(name="Editors"))
    response = supervisor_client.post(
        reverse("complaints_admin:officer_edit", args=[both.pk]),
        officer_post(
            email="attacker@example.org", is_active=None, destinations=destination_ids("japan")
        ),
    )
    assert response.status_code == 302
    both = get_user_model().objects.get(pk=both.pk)
    assert (both.email, both.is_active) == ("both@example.org", True)
    assert list(both.officer_profile.destinations.values_list("slug", flat=True)) == ["japan"]
