"""The production settings, exercised in real processes: refuse to start without secrets,
pass `check --deploy`, and serve pages and static files under gunicorn with whitenoise."""

import re
import urllib.error
import urllib.request

import pytest

from bench.stack import Gunicorn, manage, production_environment


@pytest.mark.parametrize("missing", ["SECRET_KEY", "DATA_ENCRYPTION_KEYS", "PUBLIC_BASE_URL"])
def test_production_refuses_to_start_without_a_secret(tmp_path, missing):
    env = production_environment(tmp_path)
    env.pop(missing)
    result = manage(env, "check", check=False)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


@pytest.mark.parametrize(
    ("https", "address", "message"),
    [
        ("on", "http://portal.example.gov.kh", "must start with https://"),
        ("on", "portal.example.gov.kh", "must start with https://"),
        ("off", "portal.example.gov.kh", "must be http://HOST"),
        ("on", "https://portal.example.gov.kh/km/", "without a path"),
        ("on", "https://portal.example.gov.kh:port", "invalid port"),
    ],
)
def test_production_refuses_a_public_address_that_is_not_one_https_host(
    tmp_path, https, address, message
):
    env = production_environment(tmp_path, HTTPS=https, PUBLIC_BASE_URL=address)
    result = manage(env, "check", check=False)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and message in result.stderr


def test_admin_links_in_emails_default_to_the_public_address(tmp_path):
    show = (
        "from django.conf import settings as s; print(s.WAGTAILADMIN_BASE_URL, s.PUBLIC_BASE_URL)"
    )
    env = production_environment(tmp_path, HTTPS="on", PUBLIC_BASE_URL="https://a.example.org/")
    env.pop("WAGTAILADMIN_BASE_URL", None)
    shown = manage(env, "shell", "-v", "0", "-c", show).stdout.split()
    assert shown == ["https://a.example.org", "https://a.example.org"]
    env["WAGTAILADMIN_BASE_URL"] = "https://admin.example.org"
    assert manage(env, "shell", "-v", "0", "-c", show).stdout.split()[0] == (
        "https://admin.example.org"
    )


def test_check_deploy_reports_nothing_with_https_on(tmp_path):
    env = production_environment(tmp_path, HTTPS="on", PUBLIC_BASE_URL="https://localhost")
    result = manage(env, "check", "--deploy", "--fail-level", "WARNING", check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.slow
def test_gunicorn_serves_pages_and_static_files_with_debug_off(tmp_path, sqlite_stack_sites):
    env = sqlite_stack_sites.new_site(tmp_path)
    with Gunicorn(env, workers=2) as server:
        with urllib.request.urlopen(server.url + "/km/") as response:
            html = response.read().decode()
            assert response.status == 200
        assert '<html lang="km"' in html
        # DEBUG off: the page links hashed static names (manifest storage).
        css = re.search(r'href="(/static/css/portal\.[0-9a-f]{12}\.css)"', html)
        assert css, "hashed stylesheet link missing"

        request = urllib.request.Request(
            server.url + css.group(1), headers={"Accept-Encoding": "br, gzip"}
        )
        with urllib.request.urlopen(request) as response:
            assert response.status == 200
            assert response.headers["Content-Encoding"] in {"br", "gzip"}
            assert "max-age=31536000" in response.headers["Cache-Control"]
            assert "immutable" in response.headers["Cache-Control"]

        with pytest.raises(urllib.error.HTTPError) as error:
            urllib.request.urlopen(server.url + "/km/no-such-page/")
        assert error.value.code == 404
        assert "រកមិនឃើញទំព័រនេះទេ" in error.value.read().decode()
