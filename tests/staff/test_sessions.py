"""Staff sessions end after an idle time and a maximum length; public readers never get one."""

import time_machine
from django.conf import settings

from tests.factories import UserFactory

from .helpers import sign_in, signed_in


def test_an_idle_staff_session_is_signed_out(client, db):
    editor = UserFactory(username="editor", groups=["Editors"])
    with time_machine.travel("2026-06-01 09:00", tick=False) as clock:
        client.force_login(editor)
        assert client.get("/admin/").status_code == 200
        clock.shift(settings.STAFF_SESSION_IDLE_MINUTES * 60 + 60)
        response = client.get("/admin/pages/")
        assert response.status_code == 302
        assert response["Location"] == "/admin/login/?next=%2Fadmin%2Fpages%2F"
        assert not signed_in(client)


def test_activity_keeps_the_session_until_the_absolute_cap(client, db):
    editor = UserFactory(username="editor", groups=["Editors"])
    with time_machine.travel("2026-06-01 09:00", tick=False) as clock:
        client.force_login(editor)
        for _ in range(settings.STAFF_SESSION_MAX_HOURS * 60 // 50):
            clock.shift(50 * 60)
            assert client.get("/admin/").status_code == 200
        clock.shift(50 * 60)
        assert client.get("/admin/").status_code == 302
        assert not signed_in(client)


def test_without_remember_me_the_session_ends_with_the_browser(client, db):
    UserFactory(username="editor", groups=["Editors"])
    sign_in(client, "editor")
    assert signed_in(client)
    assert client.session.get_expire_at_browser_close()
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    assert not cookie["expires"] and not cookie["max-age"]


def test_remember_me_lasts_at_most_the_cap(client, db):
    UserFactory(username="editor", groups=["Editors"])
    client.post(
        "/admin/login/",
        {"username": "editor", "password": "correct horse battery staple", "remember": "on"},
    )
    assert client.session.get_expiry_age() <= settings.STAFF_SESSION_MAX_HOURS * 3600


def test_public_readers_still_get_no_cookie_and_the_page_cache_works(client, home_km, settings):
    from django.core.cache import cache

    from home.models import ContactSettings, FooterSettings

    ContactSettings.load()  # created on first use, which empties the page cache
    FooterSettings.load()
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    first = client.get("/en/")
    second = client.get("/en/")
    assert first.status_code == second.status_code == 200
    assert settings.SESSION_COOKIE_NAME not in first.cookies
    assert not first.cookies and not second.cookies
    assert second["X-Page-Cache"] == "hit"
