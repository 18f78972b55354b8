"""The admin login throttle: keyed on the real client address behind the proxy and on the
account, with Wagtail's sign-in page and a clear message when locked."""

import time_machine
from django.core.management import call_command

from tests.factories import UserFactory

from .helpers import PROXY, sign_in, signed_in


def test_thirty_wrong_passwords_then_the_right_one_is_refused(client, db, settings):
    UserFactory(username="editor")
    # Before sign-in the admin follows the language chosen on the site, not the browser's.
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "en"
    for _ in range(30):
        response = sign_in(client, "editor", "wrong password")
        assert not signed_in(client)
    response = sign_in(client, "editor")
    assert response.status_code == 429
    assert not signed_in(client)
    html = response.content.decode()
    assert "Too many failed sign-in attempts" in html
    assert 'name="username"' in html and "login-form" in html  # Wagtail's page, not a bare one
    assert response["Retry-After"] == "900"


def test_the_lock_message_is_in_khmer_by_default(client, db):
    UserFactory(username="editor")
    for _ in range(5):
        sign_in(client, "editor", "wrong password")
    response = sign_in(client, "editor")
    assert response.status_code == 429
    assert "ព្យាយាមចូលខុសច្រើនដងពេក" in response.content.decode()


def test_failures_from_one_address_do_not_lock_another_address(client, db):
    UserFactory(username="attacked")
    UserFactory(username="colleague")
    for _ in range(30):
        sign_in(client, "attacked", "guess", address="198.51.100.66")
    # The real officer, elsewhere, still gets in: nothing is keyed on the account alone.
    assert sign_in(client, "attacked", address="203.0.113.10").status_code == 302
    assert signed_in(client)
    client.logout()
    assert sign_in(client, "colleague", address="203.0.113.11").status_code == 302


def test_an_address_trying_many_accounts_is_locked_then_cools_off(client, db):
    UserFactory(username="editor")
    with time_machine.travel("2026-06-01 09:00", tick=False) as clock:
        for number in range(20):
            sign_in(client, f"guess{number}", "guess", address="198.51.100.7")
        response = sign_in(client, "editor", address="198.51.100.7")
        assert response.status_code == 429 and not signed_in(client)
        # Failures while locked do not extend the lock.
        sign_in(client, "editor", "still guessing", address="198.51.100.7")
        clock.shift(16 * 60)
        assert sign_in(client, "editor", address="198.51.100.7").status_code == 302
        assert signed_in(client)


def test_a_forged_forwarded_header_from_an_untrusted_client_does_not_dodge_the_lock(client, db):
    UserFactory(username="editor")
    for number in range(6):
        client.post(
            "/admin/login/",
            {"username": "editor", "password": "guess"},
            REMOTE_ADDR="198.51.100.9",
            HTTP_X_FORWARDED_FOR=f"10.0.0.{number}",
        )
    response = client.post(
        "/admin/login/",
        {"username": "editor", "password": "correct horse battery staple"},
        REMOTE_ADDR="198.51.100.9",
        HTTP_X_FORWARDED_FOR="10.0.0.99",
    )
    assert response.status_code == 429


def test_the_throttle_keeps_working_with_redis_down(client, db, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "portal.resilient_cache.ResilientRedisCache",
            "LOCATION": "redis://127.0.0.1:1/12",
        }
    }
    UserFactory(username="editor")
    for _ in range(5):
        sign_in(client, "editor", "wrong")
    assert sign_in(client, "editor").status_code == 429


def test_a_supervisor_can_lift_a_lock(client, db):
    UserFactory(username="editor")
    for _ in range(5):
        sign_in(client, "editor", "wrong")
    call_command("axes_reset_username", "editor")
    assert sign_in(client, "editor").status_code == 302


def test_ipv6_neighbours_in_one_slash_64_count_as_one_address(client, db):
    UserFactory(username="editor")
    for number in range(5):
        sign_in(client, "editor", "wrong", address=f"2001:db8:1:2::{number + 1}")
    assert sign_in(client, "editor", address="2001:db8:1:2::ff").status_code == 429
    assert sign_in(client, "editor", address="2001:db8:1:3::1").status_code == 302


def test_proxy_is_the_configured_trusted_proxy(settings):
    assert PROXY in settings.TRUSTED_PROXIES
