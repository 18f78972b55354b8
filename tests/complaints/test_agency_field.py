"""The complaint form's agency field (issue 23): a text field whatever the register's size;
an agency named by its licence number or whole name is linked to the register's record, and
what the worker typed is kept as typed."""

import pytest

from orientation.complaints.models import Complaint
from tests.scams.factories import AgencyFactory

from .helpers import valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture
def register(home_km):
    return {
        "golden": AgencyFactory(
            name_latin="Golden Star Recruitment", name_km="ភ្នាក់ងារផ្កាយមាស", licence_number="MOL-118"
        ),
        "golden_two": AgencyFactory(
            name_latin="Golden Star Recruitment Two", licence_number="MOL-219"
        ),
    }


def file_with_agency(client, typed):
    response = client.post("/en/complaints/", valid_post(agency_name=typed, form_token=typed))
    assert response.status_code == 200
    return Complaint.objects.latest("pk")  # agency_name is encrypted: no lookup by it


@pytest.mark.parametrize(
    ("typed", "linked"),
    [
        ("MOL-118", "golden"),
        ("mol 118", "golden"),
        ("  golden star RECRUITMENT ", "golden"),
        ("ភ្នាក់ងារផ្កាយមាស", "golden"),
        ("Golden Star Recruitment Two", "golden_two"),
        ("Golden Star", None),  # part of two names: the officer reads what was typed
        ("Silver Moon Jobs", None),  # not in the register
        ("MOL-11", None),  # a licence number that is not one
    ],
)
def test_a_licence_number_or_whole_name_links_the_register(client, register, typed, linked):
    complaint = file_with_agency(client, typed)
    assert complaint.agency == (register[linked] if linked else None)
    assert complaint.agency_name == typed.strip()


def test_the_form_is_the_same_size_at_any_register_size(client, home_km):
    small = client.get("/km/complaints/").content
    AgencyFactory.create_batch(60)
    large = client.get("/km/complaints/").content
    assert b"<option" not in large.split(b'name="destination"')[0]  # no list of agencies
    assert abs(len(large) - len(small)) < 200  # tokens differ, nothing grows
    assert b'list="agency-suggestions"' in large and b'<datalist id="agency-suggestions">' in large
