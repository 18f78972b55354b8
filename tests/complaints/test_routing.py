"""Who hears of a complaint: urgent notices at once to officers and supervisors, stand-ins
when a destination has no officer, and never nobody while the fallback address is set."""

import logging

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse

from orientation.complaints.models import Notification
from orientation.complaints.selectors import destinations_without_active_officer
from orientation.complaints.services import complaint_submit
from orientation.destinations.models import Destination

from .factories import OfficerFactory, SupervisorFactory
from .helpers import valid_post

pytestmark = pytest.mark.django_db


def submit(slug, in_danger=False, form_token=""):
    return complaint_submit(
        destination=Destination.objects.get(slug=slug),
        description="They locked the door.",
        in_danger=in_danger,
        form_token=form_token,
    )


def sent_to(django_capture_on_commit_callbacks, slug, in_danger=False):
    with django_capture_on_commit_callbacks(execute=True):
        submit(slug, in_danger)
    return sorted(address for message in mail.outbox for address in message.to)


def test_in_danger_goes_at_once_to_officers_and_supervisors(django_capture_on_commit_callbacks):
    OfficerFactory(
        username="thai", email="thai@example.org", destinations=["thailand"], admin_language="en"
    )
    SupervisorFactory(username="boss", email="boss@example.org", admin_language="en")
    assert sent_to(django_capture_on_commit_callbacks, "thailand", in_danger=True) == [
        "boss@example.org",
        "thai@example.org",
    ]
    assert all(message.subject.startswith("URGENT") for message in mail.outbox)
    assert set(Notification.objects.values_list("kind", flat=True)) == {"danger"}


def test_a_destination_without_officer_falls_back_to_supervisors(
    django_capture_on_commit_callbacks,
):
    OfficerFactory(username="thai", email="thai@example.org", destinations=["thailand"])
    SupervisorFactory(username="boss", email="boss@example.org")
    assert sent_to(django_capture_on_commit_callbacks, "kuwait") == ["boss@example.org"]


def test_with_nobody_at_all_the_fallback_address_hears(
    django_capture_on_commit_callbacks, settings
):
    settings.COMPLAINT_FALLBACK_EMAIL = "desk@example.org"
    assert sent_to(django_capture_on_commit_callbacks, "kuwait", in_danger=True) == [
        "desk@example.org"
    ]
    notification = Notification.objects.get()
    assert notification.recipient is None and notification.address == "desk@example.org"


def test_an_inactive_officer_is_not_someone_to_tell(django_capture_on_commit_callbacks, settings):
    settings.COMPLAINT_FALLBACK_EMAIL = "desk@example.org"
    OfficerFactory(
        username="gone", email="gone@example.org", destinations=["qatar"], is_active=False
    )
    assert sent_to(django_capture_on_commit_callbacks, "qatar") == ["desk@example.org"]


def test_nobody_to_tell_is_logged_loudly(settings, caplog):
    settings.COMPLAINT_FALLBACK_EMAIL = ""
    with caplog.at_level(logging.CRITICAL):
        submit("kuwait")
    assert any("reaches nobody" in record.message for record in caplog.records)


def test_the_sla_sweep_escalates_through_the_same_rule(settings):
    import time_machine

    settings.COMPLAINT_FALLBACK_EMAIL = "desk@example.org"
    with time_machine.travel("2026-03-01 08:00", tick=False) as traveller:
        submit("kuwait")
        traveller.shift(49 * 3600)
        call_command("complaints_sla")
    kinds = set(Notification.objects.values_list("kind", "recipient_email"))
    assert ("overdue", "desk@example.org") in kinds


def test_destinations_without_officer_are_listed_and_checked():
    OfficerFactory(username="thai", destinations=["thailand", "malaysia"])
    uncovered = set(destinations_without_active_officer().values_list("slug", flat=True))
    assert "thailand" not in uncovered and "malaysia" not in uncovered
    assert "kuwait" in uncovered and len(uncovered) == 7

    from orientation.complaints.checks import destinations_without_officer_check

    [warning] = destinations_without_officer_check()
    assert warning.id == "complaints.W001" and "kuwait" in warning.msg


def test_the_supervisors_dashboard_names_destinations_without_officer(client):
    supervisor = SupervisorFactory(username="boss", is_superuser=False)
    client.force_login(supervisor)
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    # The admin speaks Khmer by default.
    assert "គ្មានមន្ត្រីទទួលបណ្តឹងសកម្មសម្រាប់ប្រទេសគោលដៅទាំងនេះទេ" in html
    assert Destination.objects.get(slug="kuwait").name_km in html


def test_the_fallback_check_warns_when_unset(settings):
    from orientation.complaints.checks import fallback_address_check

    settings.COMPLAINT_FALLBACK_EMAIL = ""
    assert [w.id for w in fallback_address_check()] == ["complaints.W002"]
    settings.COMPLAINT_FALLBACK_EMAIL = "desk@example.org"
    assert fallback_address_check() == []


def test_an_urgent_receipt_shows_the_verified_numbers_of_the_destination(client, home_km):
    from tests.destinations.factories import (
        DestinationGuidePageFactory,
        GuideIndexPageFactory,
        contact_card,
    )

    index = GuideIndexPageFactory(parent=home_km)
    DestinationGuidePageFactory(
        parent=index,
        body=[contact_card("Police", "191"), contact_card("Embassy", "", verified=False)],
    )
    html = client.post(
        "/en/complaints/", valid_post(form_token="urgent", in_danger="on")
    ).content.decode()
    assert "You said you are in danger now" in html
    assert 'href="tel:191"' in html
    assert "Embassy" not in html


def test_an_urgent_receipt_without_numbers_says_to_be_confirmed(client):
    html = client.post(
        "/en/complaints/", valid_post(form_token="urgent", destination="kuwait", in_danger="on")
    ).content.decode()
    assert "to be confirmed by editors" in html
    assert "tel:" not in html


def test_the_receipt_is_shown_again_with_its_code_without_any_cache(client):
    from django.core.cache import cache

    first = client.post("/km/complaints/", valid_post(form_token="double"))
    code = first.content.decode().split("data-complaint-code>")[1].split("<")[0]
    cache.clear()  # another worker process, or no shared cache at all
    second = client.post("/km/complaints/", valid_post(form_token="double")).content.decode()
    assert code and code in second


def test_the_sealed_code_is_gone_after_the_receipt_window(client):
    import time_machine

    from orientation.complaints.models import Complaint

    with time_machine.travel("2026-03-01 08:00", tick=False) as traveller:
        client.post("/km/complaints/", valid_post(form_token="late"))
        assert Complaint.objects.get().receipt_sealed
        traveller.shift(16 * 60)
        later = client.post("/km/complaints/", valid_post(form_token="late")).content.decode()
        assert "data-complaint-code" not in later
        call_command("complaints_sla")
    assert Complaint.objects.get().receipt_sealed == ""


def test_who_sees_is_who_is_told_and_who_can_be_assigned(django_capture_on_commit_callbacks):
    """One rule: a superuser sees every case, so is told of urgent ones and can be assigned;
    a permission granted to a user directly counts like the group's."""
    from django.contrib.auth.models import Permission

    from orientation.complaints.models import Complaint, OfficerProfile
    from orientation.complaints.selectors import assignable_users, complaints_for_officer
    from orientation.core.permissions import is_complaint_handler
    from tests.factories import UserFactory

    chief = UserFactory(username="chief", email="chief@example.org", is_superuser=True)
    direct = UserFactory(username="direct", email="direct@example.org")
    direct.user_permissions.add(Permission.objects.get(codename="handle_complaints"))
    OfficerProfile.objects.create(user=direct).destinations.add(
        Destination.objects.get(slug="thailand")
    )
    assert sent_to(django_capture_on_commit_callbacks, "thailand", in_danger=True) == [
        "chief@example.org",
        "direct@example.org",
    ]
    complaint = Complaint.objects.get()
    assert set(assignable_users(complaint)) == {chief, direct}
    for user in (chief, direct):
        assert is_complaint_handler(user)
        assert complaint in complaints_for_officer(user)
