"""Issue 17 item 9, in a real browser: a Khmer-reading officer signs in (password, then the
code), finds a case through the list's filters, replies from a template, changes its status
and opens their account, on a phone (360x740) and a desk. Every screen, scripts' text
included (the sidebar menus are drawn by JavaScript), reads in Khmer and passes axe."""

import pytest
from django_otp.oath import totp

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations
from tests.factories import TOTPDeviceFactory

from .test_admin_in_khmer import ALLOWED, REPLY_KM, STORY_KM
from .visible_text import english_words

pytestmark = BROWSER_TEST


@pytest.fixture
def khmer_case():
    from django.contrib.auth.models import Permission

    from orientation.complaints.models import ReplyTemplate
    from tests.complaints.factories import ComplaintFactory, OfficerFactory

    officer = OfficerFactory(
        username="sokha",
        first_name="Sokha",
        last_name="Chan",
        destinations=["thailand"],
        admin_language="km",
        groups=[],
    )
    # A transactional test's flush drops the groups' permissions: granted directly here.
    officer.user_permissions.add(
        *Permission.objects.filter(
            codename__in=["handle_complaints", "access_admin"],
            content_type__app_label__in=["complaints", "wagtailadmin"],
        )
    )
    device = TOTPDeviceFactory(user=officer)
    ReplyTemplate.objects.create(title="ការទទួលស្គាល់", body_km=REPLY_KM, body_en="We got it.")
    complaint = ComplaintFactory(
        description=STORY_KM, categories=",unpaid-wages,", contact_method="none", contact_detail=""
    )
    return device, complaint


# Time zones are offered by their IANA names, described by the browser's own clock names.
TIME_ZONE_OPTIONS = "() => [...document.querySelectorAll('select[name$=time_zone] option')]"
TIME_ZONE_OPTIONS += ".map(option => option.innerText.trim())"


def english_left(page):
    """Latin words in what the screen shows now (the page's rendered text, menus included)."""
    lines = page.evaluate("() => document.body.innerText").splitlines()
    codes = set(page.evaluate(TIME_ZONE_OPTIONS)) | {"Search"}  # see UNTRANSLATABLE
    return english_words([line for line in lines if line.strip() not in codes], ALLOWED)


def look(page, name, folder, seen):
    page.screenshot(path=folder / f"{name}.png", full_page=True)
    seen[name] = {
        "english": english_left(page),
        "axe": serious_accessibility_violations(page),
    }


def walk_the_officer_path(page, khmer_case, folder):
    device, complaint = khmer_case
    seen = {}
    page.goto(page.base_url + "/admin/login/")
    look(page, "1-sign-in", folder, seen)
    page.fill("input[name=username]", "sokha")
    page.fill("input[name=password]", "correct horse battery staple")
    page.locator("form button[type=submit]").click()
    page.wait_for_url("**/admin/two-step/verify/**")
    look(page, "2-second-step", folder, seen)
    page.fill("input[name=code]", f"{totp(device.bin_key):06d}")
    page.locator("form.login-form button[type=submit]").click()
    page.wait_for_url("**/admin/")
    look(page, "3-dashboard", folder, seen)

    page.goto(page.base_url + "/admin/complaints/")
    page.locator("select[name=category]").select_option("unpaid-wages")
    page.locator("form:has(select[name=category]) button[type=submit]").click()
    page.wait_for_url("**category=unpaid-wages**")
    look(page, "4-complaint-list-filtered", folder, seen)
    page.get_by_role("link", name=complaint.reference).click()
    page.wait_for_url(f"**/admin/complaints/{complaint.pk}/**")
    look(page, "5-complaint", folder, seen)

    page.locator("[data-reply-template-picker] button[type=submit]").click()
    page.wait_for_url("**template=**")
    assert page.locator("#reply-body").input_value() == REPLY_KM
    page.locator("form:has(#reply-body) button[type=submit]").click()
    page.wait_for_load_state()
    page.locator("#case-status").select_option("responded")
    page.locator("form:has(#case-status) button[type=submit]").click()
    page.wait_for_load_state()
    look(page, "6-after-reply-and-status", folder, seen)

    page.goto(page.base_url + "/admin/account/")
    look(page, "7-account", folder, seen)
    return seen


def assert_all_khmer(seen):
    problems = {name: found for name, found in seen.items() if found["english"] or found["axe"]}
    assert not problems, "\n".join(f"{name}: {found}" for name, found in problems.items())


def test_the_officers_path_in_khmer_on_a_phone(phone, khmer_case, tmp_path):
    seen = walk_the_officer_path(phone, khmer_case, tmp_path)
    assert not has_horizontal_scroll(phone)
    assert_all_khmer(seen)


def test_the_officers_path_in_khmer_on_a_desk(desk, khmer_case, tmp_path):
    assert_all_khmer(walk_the_officer_path(desk, khmer_case, tmp_path))
