import pytest
from django.urls import reverse

from orientation.complaints.attachments import CleanAttachment
from orientation.complaints.models import CaseEvent, ComplaintAttachment, ComplaintLogEntry
from orientation.complaints.selectors import complaints_for_officer
from orientation.complaints.services import complaint_submit
from orientation.destinations.models import Destination
from tests.factories import UserFactory

from .factories import ComplaintFactory, SupervisorFactory

pytestmark = pytest.mark.django_db


def assert_refused(response):
    """Another destination's complaint answers exactly like one that does not exist."""
    assert response.status_code == 404


@pytest.fixture
def thai_officer(officer):
    # tests/complaints/conftest.py: the admin follows each user's language; these
    # assertions read the English strings.
    return officer


@pytest.fixture
def malaysia_complaint():
    return ComplaintFactory(destination=Destination.objects.get(slug="malaysia"))


def complaint_with_attachment(slug):
    receipt = complaint_submit(
        destination=Destination.objects.get(slug=slug),
        description="x",
        attachments=[CleanAttachment(b"%PDF-1.4 demo", "application/pdf")],
    )
    from orientation.complaints.models import Complaint

    return Complaint.objects.get(reference=receipt.reference)


def test_selector_officer_sees_only_own_destinations_supervisor_all_editor_none(
    thai_officer, malaysia_complaint
):
    thai = ComplaintFactory()
    supervisor = SupervisorFactory()
    editor = UserFactory(groups=["Editors"])
    assert list(complaints_for_officer(thai_officer)) == [thai]
    assert set(complaints_for_officer(supervisor)) == {thai, malaysia_complaint}
    assert list(complaints_for_officer(editor)) == []


def test_list_shows_own_destination_only_with_danger_first(
    client, thai_officer, malaysia_complaint
):
    calm = ComplaintFactory(reference="KH-CALM0001")
    urgent = ComplaintFactory(reference="KH-DANGER01", in_danger=True)
    client.force_login(thai_officer)
    html = client.get("/admin/complaints/").content.decode()
    assert urgent.reference in html and calm.reference in html
    assert html.index(urgent.reference) < html.index(calm.reference)
    assert malaysia_complaint.reference not in html


def test_list_filters_and_search(client, thai_officer):
    wages = ComplaintFactory(reference="KH-WAGES001", categories=",unpaid-wages,")
    other = ComplaintFactory(reference="KH-OTHER001", categories=",violence,")
    client.force_login(thai_officer)
    html = client.get("/admin/complaints/?category=unpaid-wages").content.decode()
    assert wages.reference in html and other.reference not in html
    html = client.get("/admin/complaints/?q=kh-other001").content.decode()
    assert other.reference in html and wages.reference not in html
    html = client.get("/admin/complaints/?status=closed").content.decode()
    assert wages.reference not in html


def test_overdue_is_shown_in_red(client, thai_officer):
    import time_machine

    with time_machine.travel("2026-03-01 00:00", tick=False):
        ComplaintFactory(reference="KH-LATE0001")
    with time_machine.travel("2026-03-03 06:00", tick=False):
        client.force_login(thai_officer)
        html = client.get("/admin/complaints/").content.decode()
    assert "complaint-clock--overdue" in html
    assert "Overdue by" in html


def test_officer_of_thailand_cannot_open_malaysia_case_page_and_it_is_logged(
    client, thai_officer, malaysia_complaint, caplog
):
    client.force_login(thai_officer)
    response = client.get(reverse("complaints_admin:case", args=[malaysia_complaint.pk]))
    assert_refused(response)
    assert "complaint access refused" in caplog.text
    entry = ComplaintLogEntry.objects.for_instance(malaysia_complaint).get(
        action="complaints.access_refused"
    )
    assert entry.user == thai_officer


def test_site_history_report_lists_only_the_officers_own_complaints(
    client, thai_officer, malaysia_complaint
):
    thai_complaint = ComplaintFactory(destination=Destination.objects.get(slug="thailand"))
    for complaint in (thai_complaint, malaysia_complaint):
        ComplaintLogEntry.objects.log_action(complaint, "complaints.view")
    client.force_login(thai_officer)
    response = client.get("/admin/reports/site-history/")
    assert response.status_code == 200
    html = response.content.decode()
    assert thai_complaint.reference in html
    assert malaysia_complaint.reference not in html

    supervisor = SupervisorFactory()
    client.force_login(supervisor)
    html = client.get("/admin/reports/site-history/").content.decode()
    assert thai_complaint.reference in html and malaysia_complaint.reference in html


def test_migration_moves_complaint_history_out_of_the_generic_log(malaysia_complaint):
    from importlib import import_module

    from django.apps import apps
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import ModelLogEntry

    ModelLogEntry.objects.create(
        content_type=ContentType.objects.get_for_model(malaysia_complaint),
        object_id=str(malaysia_complaint.pk),
        label=malaysia_complaint.reference,
        action="complaints.view",
        timestamp=malaysia_complaint.created_at,
    )
    migration = import_module("orientation.complaints.migrations.0003_complaint_log_entry")
    migration.move_complaint_entries(apps, None)

    assert not ModelLogEntry.objects.filter(object_id=str(malaysia_complaint.pk)).exists()
    moved = ComplaintLogEntry.objects.for_instance(malaysia_complaint).get()
    assert (moved.action, moved.label) == ("complaints.view", malaysia_complaint.reference)


def test_officer_cannot_download_another_destinations_attachment(client, thai_officer):
    complaint = complaint_with_attachment("malaysia")
    attachment = ComplaintAttachment.objects.get(complaint=complaint)
    client.force_login(thai_officer)
    url = reverse("complaints_admin:attachment", args=[complaint.pk, attachment.pk])
    assert_refused(client.get(url))
    assert (
        ComplaintLogEntry.objects.for_instance(complaint)
        .filter(action="complaints.access_refused")
        .exists()
    )
    assert (
        not ComplaintLogEntry.objects.for_instance(complaint)
        .filter(action="complaints.download")
        .exists()
    )


def test_editor_gets_403_and_no_menu(client, malaysia_complaint):
    editor = UserFactory(groups=["Editors"])
    client.force_login(editor)
    assert client.get("/admin/complaints/").status_code in (302, 403)
    assert client.get(
        reverse("complaints_admin:case", args=[malaysia_complaint.pk])
    ).status_code in (302, 403)


def test_anonymous_is_sent_to_login(client, malaysia_complaint):
    response = client.get(reverse("complaints_admin:case", args=[malaysia_complaint.pk]))
    assert response.status_code == 302 and "/admin/login/" in response["Location"]


def test_case_view_download_and_changes_are_audited(client, thai_officer):
    complaint = complaint_with_attachment("thailand")
    attachment = complaint.attachments.get()
    client.force_login(thai_officer)
    case_url = reverse("complaints_admin:case", args=[complaint.pk])

    page = client.get(case_url)
    assert page.status_code == 200
    download = client.get(
        reverse("complaints_admin:attachment", args=[complaint.pk, attachment.pk])
    )
    assert download.status_code == 200
    assert download.content == b"%PDF-1.4 demo"
    assert download["Content-Disposition"].startswith("attachment;")

    client.post(case_url, {"action": "note", "body": "Called the agency"})
    client.post(case_url, {"action": "reply", "body": "We are on it"})
    client.post(case_url, {"action": "status", "status": "closed"})
    client.post(case_url, {"action": "assign", "assignee": thai_officer.pk})

    actions = set(
        ComplaintLogEntry.objects.for_instance(complaint)
        .filter(user=thai_officer)
        .values_list("action", flat=True)
    )
    assert {
        "complaints.view",
        "complaints.download",
        "complaints.note",
        "complaints.reply",
        "complaints.status",
        "complaints.assign",
    } <= actions
    complaint.refresh_from_db()
    assert complaint.status == "closed" and complaint.closed_at
    assert complaint.first_response_at is not None
    assert complaint.assigned_to == thai_officer
    kinds = list(complaint.events.values_list("kind", flat=True))
    assert (
        CaseEvent.Kind.NOTE in kinds
        and CaseEvent.Kind.REPLY in kinds
        and CaseEvent.Kind.ASSIGNMENT in kinds
    )
    # The audit log holds the reference, never the note's text.
    assert not ComplaintLogEntry.objects.filter(data__icontains="Called the agency").exists()
    html = client.get(case_url).content.decode()
    assert "Called the agency" in html and "We are on it" in html


def test_dashboard_panel_counts(client, thai_officer):
    import time_machine

    with time_machine.travel("2026-03-01 00:00", tick=False):
        ComplaintFactory()  # will be overdue
    with time_machine.travel("2026-03-02 14:00", tick=False):
        ComplaintFactory()  # due at 03-04 14:00: not soon
    with time_machine.travel("2026-03-03 06:00", tick=False):
        client.force_login(thai_officer)
        html = client.get("/admin/").content.decode()
    assert "Complaints (48-hour clock)" in html
    assert "2 new" in html
    assert "1 overdue" in html


def test_query_count_of_list_does_not_grow(client, thai_officer, django_assert_max_num_queries):
    ComplaintFactory.create_batch(3)
    client.force_login(thai_officer)
    client.get("/admin/complaints/")
    ComplaintFactory.create_batch(20)
    with django_assert_max_num_queries(25):
        client.get("/admin/complaints/")


def test_add_officer_command(capsys, monkeypatch):
    from django.core.management import call_command

    monkeypatch.delenv("OFFICER_PASSWORD", raising=False)
    call_command(
        "add_officer",
        "sokha",
        "sokha@example.org",
        "--destination",
        "thailand",
        "--destination",
        "malaysia",
        "--first-name",
        "Sokha",
        "--last-name",
        "Chan",
    )
    output = capsys.readouterr().out
    assert "Set-password link" in output and "/admin/password_reset/" in output
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="sokha")
    assert set(user.officer_profile.destinations.values_list("slug", flat=True)) == {
        "thailand",
        "malaysia",
    }
    assert user.has_perm("complaints.handle_complaints")
    assert user.has_perm("wagtailadmin.access_admin")
    monkeypatch.setenv("OFFICER_PASSWORD", "a long enough password 42")
    call_command(
        "add_officer", "sokha", "new@example.org", "--destination", "japan", "--reset-password"
    )
    user.refresh_from_db()
    assert user.email == "new@example.org" and user.check_password("a long enough password 42")
    assert list(user.officer_profile.destinations.values_list("slug", flat=True)) == ["japan"]


def test_add_officer_unknown_destination_fails_clearly():
    from django.core.management import CommandError, call_command

    with pytest.raises(CommandError, match="Unknown destination"):
        call_command("add_officer", "x", "x@example.org", "--destination", "atlantis")


def test_migration_can_be_unapplied_without_losing_the_trail(malaysia_complaint):
    from importlib import import_module

    from django.apps import apps
    from wagtail.models import ModelLogEntry

    ComplaintLogEntry.objects.log_action(malaysia_complaint, "complaints.view")
    migration = import_module("orientation.complaints.migrations.0003_complaint_log_entry")
    migration.move_entries_back(apps, None)

    moved_back = ModelLogEntry.objects.get(object_id=str(malaysia_complaint.pk))
    assert (moved_back.action, moved_back.label) == (
        "complaints.view",
        malaysia_complaint.reference,
    )


def test_logging_an_action_does_not_read_the_complaint_again(malaysia_complaint):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        ComplaintLogEntry.objects.log_action(malaysia_complaint, "complaints.view")
    assert not [q for q in queries.captured_queries if 'FROM "complaints_complaint"' in q["sql"]]
    assert ComplaintLogEntry.objects.for_instance(malaysia_complaint).count() == 1


def test_supervisors_keep_the_trail_of_a_deleted_complaint(thai_officer):
    complaint = ComplaintFactory(destination=Destination.objects.get(slug="thailand"))
    ComplaintLogEntry.objects.log_action(complaint, "complaints.view", user=thai_officer)
    complaint.delete()

    supervisor = SupervisorFactory()
    assert ComplaintLogEntry.objects.viewable_by_user(supervisor).count() == 1
    assert not ComplaintLogEntry.objects.viewable_by_user(thai_officer).exists()
