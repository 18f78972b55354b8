"""Issue 18: an agency's page says only what is true now. A licence that is revoked,
suspended or ended shows no "valid until" under its status; its dates are history, below.
The demo register reads as demo entries in Khmer, with no English note on Khmer pages."""

import datetime

import pytest
from django.utils import timezone

from orientation.scams.models import AgencyStatus

from .factories import AgencyFactory

pytestmark = pytest.mark.django_db


def page_of(client, agency, language="en"):
    html = client.get(f"/{language}/agencies/{agency.licence_number}/").content.decode()
    return html[html.index("<main") :]


@pytest.mark.parametrize("status", [AgencyStatus.REVOKED, AgencyStatus.SUSPENDED])
def test_a_withdrawn_licence_shows_no_valid_until_only_its_history(client, home_km, status):
    until = timezone.localdate() + datetime.timedelta(days=300)
    agency = AgencyFactory(status=status, valid_until=until)
    html = page_of(client, agency)
    current, history = html.split('id="history-heading"')
    assert "Licence valid until" not in current
    assert until.strftime("%Y") not in current
    assert "The licence was issued to be valid from" in history
    assert f"{until.day} {until.strftime('%B')} {until.year}" in history


def test_a_licence_in_force_shows_its_dates_at_the_top(client, home_km):
    agency = AgencyFactory(status=AgencyStatus.LICENSED)
    current, history = page_of(client, agency).split('id="history-heading"')
    assert "Licence valid until" in current
    assert "The licence was issued" not in history


def test_missing_dates_of_a_revoked_licence_are_not_to_be_confirmed(home_km):
    agency = AgencyFactory(status=AgencyStatus.REVOKED, valid_from=None, valid_until=None)
    assert "valid_until" not in agency.unconfirmed_facts
    assert "valid_from" not in agency.unconfirmed_facts


def test_demo_register_reads_as_demo_entries_in_khmer(client, home_km):
    from orientation.scams.demo import ensure_demo_agencies
    from orientation.scams.models import Agency

    ensure_demo_agencies()
    revoked = Agency.objects.get(status=AgencyStatus.REVOKED)
    assert revoked.name_km.startswith("ភ្នាក់ងារជ្រើសរើសឧទាហរណ៍")  # "example", not "trial"
    html = page_of(client, revoked, "km")
    assert "សាកល្បង" not in html
    assert "Demo register entry" not in html
    current = html.split('id="history-heading"')[0]
    assert "Licence valid until" not in current and "សុពលភាពរហូតដល់" not in current
