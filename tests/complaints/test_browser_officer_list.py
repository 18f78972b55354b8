"""Issue 17 item 10: the officer's complaint list, filtered, on a phone (360 px) and a desk."""

import pytest
from django.conf import settings
from django.test import Client

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


@pytest.fixture
def officer_cases():
    from django.contrib.auth.models import Permission
    from wagtail.users.models import UserProfile

    from orientation.complaints.models import OfficerProfile
    from orientation.destinations.models import Destination
    from tests.factories import UserFactory

    from .factories import ComplaintFactory

    # A transactional test's flush drops the groups' permissions: granted directly here.
    officer = UserFactory(username="thai-officer")
    officer.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["handle_complaints", "access_admin"],
            content_type__app_label__in=["complaints", "wagtailadmin"],
        )
    )
    profile, _ = OfficerProfile.objects.get_or_create(user=officer)
    profile.destinations.add(Destination.objects.get(slug="thailand"))
    user_profile = UserProfile.get_for_user(officer)
    user_profile.preferred_language = "en"
    user_profile.save()
    wages = ComplaintFactory(categories=",unpaid-wages,")
    threats = ComplaintFactory(categories=",violence,")
    elsewhere = ComplaintFactory(
        categories=",violence,", destination=Destination.objects.get(slug="malaysia")
    )
    return officer, wages, threats, elsewhere


def signed_in(page, officer):
    """The officer's session (password and second factor passed) in the browser."""
    client = Client()
    client.force_login(officer)
    page.context.add_cookies(
        [
            {
                "name": settings.SESSION_COOKIE_NAME,
                "value": client.cookies[settings.SESSION_COOKIE_NAME].value,
                "url": page.base_url,
            }
        ]
    )
    return page


def filter_by_violence(page, officer_cases):
    _officer, wages, threats, elsewhere = officer_cases
    page.goto(page.base_url + "/admin/complaints/")
    rows = page.locator("[data-complaint-row]")
    assert sorted(rows.all_inner_texts()) == sorted([wages.reference, threats.reference])
    page.locator("select[name=category]").select_option("violence")
    page.get_by_role("button", name="Filter").click()
    page.wait_for_url("**category=violence**")
    assert page.locator("[data-complaint-row]").all_inner_texts() == [threats.reference]
    # Another destination's case never shows, filter or not.
    assert elsewhere.reference not in page.content()
    assert page.locator("select[name=category]").input_value() == "violence"


def test_officer_filters_the_list_on_a_phone(phone, officer_cases):
    page = signed_in(phone, officer_cases[0])
    filter_by_violence(page, officer_cases)
    assert not has_horizontal_scroll(page)
    assert serious_accessibility_violations(page) == []


def test_officer_filters_the_list_on_a_desk(desk, officer_cases):
    page = signed_in(desk, officer_cases[0])
    filter_by_violence(page, officer_cases)
    assert serious_accessibility_violations(page) == []
