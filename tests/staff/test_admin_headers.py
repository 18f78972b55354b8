from django.conf import settings

from tests.factories import UserFactory


def test_the_admin_has_its_own_content_security_policy(client, db):
    for path in ["/admin/login/", "/admin/"]:
        if path == "/admin/":
            client.force_login(UserFactory(groups=["Editors"]))
        csp = client.get(path)["Content-Security-Policy"]
        for directive in ["connect-src", "img-src", "font-src", "frame-src", "form-action"]:
            sources = next(part for part in csp.split(";") if part.strip().startswith(directive))
            assert "http" not in sources and "*" not in sources and "'self'" in sources, sources
        assert "object-src 'none'" in csp


def test_no_gravatar_and_no_update_check():
    from wagtail.users.utils import get_gravatar_url

    assert get_gravatar_url("officer@example.org") is None
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False


def test_the_dashboard_has_no_update_check(client, db):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    html = client.get("/admin/").content.decode()
    assert "releases.wagtail.org" not in html and "gravatar" not in html
