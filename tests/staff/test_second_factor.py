"""TOTP: required for complaint officers and supervisors, optional for everyone else."""

import time_machine
from django.core.management import call_command
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.complaints.factories import OfficerFactory, SupervisorFactory
from tests.factories import TOTPDeviceFactory, UserFactory

from .helpers import sign_in

SETUP = "/admin/two-step/"
VERIFY = "/admin/two-step/verify/"


def code_for(device):
    """What the officer's app shows now (time.time() follows time_machine)."""
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def test_an_officer_must_set_up_totp_before_seeing_complaints(client, db):
    officer = OfficerFactory(username="officer")
    with time_machine.travel("2026-06-01 09:00", tick=False):
        assert sign_in(client, "officer").status_code == 302
        response = client.get("/admin/complaints/")
        assert response.status_code == 302
        assert response["Location"].startswith(SETUP)
        assert client.get("/admin/").status_code == 302  # the dashboard waits too

        page = client.get(response["Location"])
        html = page.content.decode()
        assert page.status_code == 200
        assert "<svg" in html and "data-second-factor-secret" in html
        assert "no-store" in page["Cache-Control"]  # the secret key is on this page
        assert "http" not in html.split("<svg", 1)[1].split("</svg>", 1)[0].replace(
            "http://www.w3.org", ""
        )  # the QR code is drawn here, not fetched
        device = TOTPDevice.objects.get(user=officer, confirmed=False)

        confirmed = client.post(SETUP, {"code": code_for(device), "next": "/admin/complaints/"})
        assert confirmed.status_code == 302 and confirmed["Location"] == "/admin/complaints/"
        assert client.get("/admin/complaints/").status_code == 200
    assert TOTPDevice.objects.get(user=officer).confirmed
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(
        action="staff.second_factor_enrolled", object_id=str(officer.pk), user=officer
    ).exists()


def test_a_supervisor_is_asked_too(client, db):
    SupervisorFactory(username="supervisor")
    sign_in(client, "supervisor")
    assert client.get("/admin/complaints/")["Location"].startswith(SETUP)


def test_totp_is_optional_for_an_editor_and_then_asked_at_each_sign_in(client, db):
    editor = UserFactory(username="editor", groups=["Editors"])
    with time_machine.travel("2026-06-01 09:00", tick=False):
        sign_in(client, "editor")
        dashboard = client.get("/admin/")
        assert dashboard.status_code == 200
        assert SETUP in dashboard.content.decode()  # the "Two-step verification" menu item
        client.get(SETUP)
        device = TOTPDevice.objects.get(user=editor)
        client.post(SETUP, {"code": code_for(device)})
        client.logout()
    with time_machine.travel("2026-06-02 09:00", tick=False):
        sign_in(client, "editor")
        assert client.get("/admin/")["Location"].startswith(VERIFY)
        assert client.post(VERIFY, {"code": code_for(device), "next": "/admin/"}).status_code == 302
        assert client.get("/admin/").status_code == 200
        # Optional for an editor: they may turn it off again.
        client.post("/admin/two-step/turn-off/")
        assert not TOTPDevice.objects.filter(user=editor).exists()
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.get(action="staff.second_factor_removed").user == editor


def test_wrong_codes_are_refused_and_throttled(client, db):
    officer = OfficerFactory(username="officer", admin_language="en")
    device = TOTPDeviceFactory(user=officer)
    with time_machine.travel("2026-06-01 09:00", tick=False) as clock:
        sign_in(client, "officer")
        assert client.get("/admin/complaints/")["Location"].startswith(VERIFY)
        right = code_for(device)
        wrong = f"{(int(right) + 1) % 1000000:06d}"
        response = client.post(VERIFY, {"code": wrong})
        assert response.status_code == 400
        assert "That code is not right" in response.content.decode()
        for _ in range(3):
            client.post(VERIFY, {"code": wrong})
        # Four wrong codes: even the right one waits (django-otp's throttle).
        throttled = client.post(VERIFY, {"code": right})
        assert throttled.status_code == 400
        assert "Too many wrong codes" in throttled.content.decode()
        assert client.get("/admin/complaints/").status_code == 302
        clock.shift(30)
        accepted = client.post(VERIFY, {"code": code_for(device), "next": "/admin/complaints/"})
        assert accepted.status_code == 302
        assert client.get("/admin/complaints/").status_code == 200


def test_an_officer_cannot_turn_totp_off(client, db):
    officer = OfficerFactory(username="officer")
    client.force_login(officer)
    refused = client.post("/admin/two-step/turn-off/")
    assert refused.status_code == 302 and refused["Location"] == "/admin/"  # Wagtail's 403
    assert TOTPDevice.objects.filter(user=officer, confirmed=True).exists()


def test_reset_second_factor_sends_the_officer_back_to_setup(client, db, capsys):
    officer = OfficerFactory(username="officer")
    client.force_login(officer)
    assert client.get("/admin/complaints/").status_code == 200
    call_command("reset_second_factor", "officer")
    assert "Reset two-step verification for officer" in capsys.readouterr().out
    from wagtail.models import ModelLogEntry

    assert ModelLogEntry.objects.filter(
        action="staff.second_factor_removed", object_id=str(officer.pk)
    ).exists()
    # The session verified with the removed app no longer counts.
    assert client.get("/admin/complaints/")["Location"].startswith(SETUP)


def test_sign_in_and_the_second_factor_pages_stay_reachable(client, db):
    OfficerFactory(username="officer")
    sign_in(client, "officer")
    assert client.get(SETUP).status_code == 200
    assert client.get("/admin/jsi18n/").status_code == 200
    assert client.post("/admin/logout/").status_code == 302
