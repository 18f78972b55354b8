"""Issue 17 item 10 (complaints): search and filters, the anonymised figures export and bulk
assignment, each limited to the cases the officer may see."""

import csv
import io
from datetime import datetime

import pytest
from django.utils import timezone
from wagtail.users.models import UserProfile

from orientation.complaints.models import CaseEvent, ComplaintLogEntry, Status
from orientation.destinations.models import Destination
from tests.factories import UserFactory

from .factories import ComplaintFactory, OfficerFactory, SupervisorFactory

pytestmark = pytest.mark.django_db

INDEX = "/admin/complaints/"
EXPORT = "/admin/complaints/figures.csv"
ASSIGN = "/admin/complaints/assign/"


def in_english(user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


@pytest.fixture
def thai_officer(officer):
    return officer  # tests/complaints/conftest.py, reading the admin in English


def local(year, month, day, hour=10):
    return timezone.make_aware(datetime(year, month, day, hour))


def listed(html):
    return {line.split('"')[0] for line in html.split('data-complaint-row="')[1:]}


def destination(slug):
    return Destination.objects.get(slug=slug)


# --- search and filters ---------------------------------------------------------------------


def test_filters_by_date_range_status_category_and_destination(client, thai_officer):
    supervisor = in_english(SupervisorFactory())
    march = ComplaintFactory(created_at=local(2026, 3, 10), categories=",unpaid-wages,")
    april = ComplaintFactory(
        created_at=local(2026, 4, 2), categories=",violence,", status=Status.RESPONDED
    )
    malaysia = ComplaintFactory(created_at=local(2026, 3, 12), destination=destination("malaysia"))
    client.force_login(supervisor)

    def refs(**params):
        return listed(client.get(INDEX, {"status": "all", **params}).content.decode())

    assert refs(received_from="2026-03-01", received_to="2026-03-31") == {
        march.reference,
        malaysia.reference,
    }
    # The last day is included whole.
    assert march.reference in refs(received_from="2026-03-10", received_to="2026-03-10")
    assert refs(status="responded") == {april.reference}
    assert refs(category="violence") == {april.reference}
    assert refs(destination="malaysia") == {malaysia.reference}
    assert refs(q=march.reference.lower()) == {march.reference}
    # The default list is the open one.
    assert april.reference not in listed(client.get(INDEX).content.decode())
    # A value that is not a date is ignored, not an error.
    response = client.get(INDEX, {"status": "all", "received_from": "not-a-date"})
    assert response.status_code == 200 and len(listed(response.content.decode())) == 3


def test_officer_filters_only_inside_their_destinations(client, thai_officer):
    ComplaintFactory(destination=destination("malaysia"))
    own = ComplaintFactory()
    client.force_login(thai_officer)
    html = client.get(INDEX, {"status": "all"}).content.decode()
    assert listed(html) == {own.reference}
    # Only their destinations are offered, and asking for another one shows nothing of it.
    assert 'value="malaysia"' not in html
    forged = client.get(INDEX, {"status": "all", "destination": "malaysia"}).content.decode()
    assert listed(forged) == {own.reference}


def test_filter_assigned_to_me_and_nobody(client, thai_officer):
    mine = ComplaintFactory(assigned_to=thai_officer)
    nobodys = ComplaintFactory()
    client.force_login(thai_officer)
    assert listed(client.get(INDEX, {"assigned": "me"}).content.decode()) == {mine.reference}
    assert listed(client.get(INDEX, {"assigned": "nobody"}).content.decode()) == {nobodys.reference}


# --- figures export ---------------------------------------------------------------------------


def read_csv(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    return list(csv.reader(io.StringIO(response.content.decode())))


def test_export_counts_per_week_destination_category_and_status_without_personal_data(
    client,
):
    supervisor = in_english(SupervisorFactory())
    # Monday 2 March 2026 starts the week.
    first = ComplaintFactory(
        created_at=local(2026, 3, 3),
        categories=",unpaid-wages,documents-taken,",
        description="SECRET description",
        employer="SECRET employer",
    )
    ComplaintFactory(created_at=local(2026, 3, 5), categories=",unpaid-wages,")
    ComplaintFactory(
        created_at=local(2026, 3, 10), destination=destination("malaysia"), categories=""
    )
    ComplaintFactory(created_at=local(2026, 4, 20))  # outside the period
    client.force_login(supervisor)
    rows = read_csv(
        client.get(EXPORT, {"received_from": "2026-03-01", "received_to": "2026-03-31"})
    )
    assert rows[0] == ["week_starting", "destination", "category", "status", "complaints"]
    assert rows[1:] == [
        ["2026-03-02", "thailand", "unpaid-wages", "received", "2"],
        ["2026-03-02", "thailand", "documents-taken", "received", "1"],
        ["2026-03-09", "malaysia", "none", "received", "1"],
    ]
    text = client.get(
        EXPORT, {"received_from": "2026-03-01", "received_to": "2026-03-31"}
    ).content.decode()
    for secret in ("SECRET", first.reference, "+855", "KH-"):
        assert secret not in text


def test_officers_export_holds_only_their_destinations(client, thai_officer):
    ComplaintFactory(created_at=local(2026, 3, 3))
    ComplaintFactory(created_at=local(2026, 3, 3), destination=destination("malaysia"))
    client.force_login(thai_officer)
    rows = read_csv(
        client.get(EXPORT, {"received_from": "2026-03-01", "received_to": "2026-03-31"})
    )
    assert {row[1] for row in rows[1:]} == {"thailand"}


def test_export_escapes_cells_a_spreadsheet_would_run(monkeypatch):
    from orientation.complaints import figures

    text = figures.figures_csv([(local(2026, 3, 2).date(), "=HYPERLINK(1)", "-x", "+y", 3)])
    assert "'=HYPERLINK(1)" in text and "'-x" in text and "'+y" in text


def test_export_needs_a_period_and_staff(client, thai_officer):
    client.force_login(thai_officer)
    response = client.get(EXPORT)
    assert response.status_code == 302 and response["Location"] == INDEX
    backwards = client.get(EXPORT, {"received_from": "2026-03-31", "received_to": "2026-03-01"})
    assert backwards.status_code == 302
    client.force_login(UserFactory(groups=["Editors"]))
    period = {"received_from": "2026-03-01", "received_to": "2026-03-31"}
    refused = client.get(EXPORT, period)
    assert refused.status_code in (302, 403) and b"week_starting" not in refused.content
    assert client.post(ASSIGN, {"complaint": [1], "assignee": ""}).status_code in (302, 403)


# --- bulk assignment --------------------------------------------------------------------------


def test_bulk_assign_assigns_ticked_cases_and_logs_each(client, thai_officer):
    colleague = OfficerFactory(username="thai-colleague", destinations=["thailand"])
    cases = [ComplaintFactory() for _ in range(3)]
    client.force_login(thai_officer)
    response = client.post(
        ASSIGN,
        {
            "complaint": [cases[0].pk, cases[1].pk],
            "assignee": colleague.pk,
            "next": INDEX + "?status=all",
        },
    )
    assert response.status_code == 302 and response["Location"] == INDEX + "?status=all"
    for case in cases:
        case.refresh_from_db()
    assert [case.assigned_to for case in cases] == [colleague, colleague, None]
    assert CaseEvent.objects.filter(kind=CaseEvent.Kind.ASSIGNMENT).count() == 2
    assert ComplaintLogEntry.objects.filter(action="complaints.assign").count() == 2


def test_bulk_assign_never_touches_cases_the_officer_cannot_see(client, thai_officer):
    malaysia = ComplaintFactory(destination=destination("malaysia"))
    own = ComplaintFactory()
    client.force_login(thai_officer)
    client.post(ASSIGN, {"complaint": [malaysia.pk, own.pk], "assignee": thai_officer.pk})
    malaysia.refresh_from_db()
    own.refresh_from_db()
    assert malaysia.assigned_to is None and own.assigned_to == thai_officer


def test_bulk_assign_skips_cases_the_assignee_cannot_handle(client):
    supervisor = in_english(SupervisorFactory())
    thai_only = OfficerFactory(username="thai-only", destinations=["thailand"])
    thai = ComplaintFactory()
    malaysia = ComplaintFactory(destination=destination("malaysia"))
    client.force_login(supervisor)
    response = client.post(
        ASSIGN, {"complaint": [thai.pk, malaysia.pk], "assignee": thai_only.pk}, follow=True
    )
    thai.refresh_from_db()
    malaysia.refresh_from_db()
    assert thai.assigned_to == thai_only and malaysia.assigned_to is None
    assert "1 case was not changed" in response.content.decode()


def test_bulk_unassign_and_refusals(client, thai_officer):
    case = ComplaintFactory(assigned_to=thai_officer)
    client.force_login(thai_officer)
    client.post(ASSIGN, {"complaint": [case.pk], "assignee": ""})
    case.refresh_from_db()
    assert case.assigned_to is None
    # A forged assignee (an editor) or no assignee field changes nothing.
    editor = UserFactory(username="an-editor")
    client.post(ASSIGN, {"complaint": [case.pk], "assignee": editor.pk})
    client.post(ASSIGN, {"complaint": [case.pk]})
    case.refresh_from_db()
    assert case.assigned_to is None
    # An outside redirect target is ignored.
    response = client.post(
        ASSIGN, {"complaint": [case.pk], "assignee": "", "next": "https://evil.example/"}
    )
    assert response["Location"] == INDEX


def test_list_offers_assignees_of_the_officers_destinations_only(client, thai_officer):
    OfficerFactory(username="malay-officer", destinations=["malaysia"])
    ComplaintFactory()
    client.force_login(thai_officer)
    html = client.get(INDEX).content.decode()
    assert "thai-officer" in html and "malay-officer" not in html


def test_received_dates_come_back_in_the_form(client, thai_officer):
    client.force_login(thai_officer)
    html = client.get(INDEX, {"received_from": "2026-03-01", "received_to": "2026-03-31"})
    text = html.content.decode()
    assert 'value="2026-03-01"' in text and 'value="2026-03-31"' in text
    assert "figures.csv?" in text
