"""The admin, in a real browser: signing in with the second factor, then no request leaving
the site (no Gravatar, no update check) and no breach of the admin's Content-Security-Policy."""

from urllib.parse import urlparse

import pytest
from django_otp.oath import totp

from tests.alerts.factories import AlertFactory
from tests.complaints.factories import ComplaintFactory
from tests.conftest import BROWSER_TEST
from tests.factories import TOTPDeviceFactory, UserFactory

pytestmark = BROWSER_TEST

COLLECT_CSP_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
  window.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def admin_browser(chromium, live_server, transactional_db):
    context = chromium.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(COLLECT_CSP_VIOLATIONS)
    page = context.new_page()
    page.base_url = live_server.url
    page.offsite = []
    page.console_errors = []
    own_host = urlparse(live_server.url).netloc
    page.on(
        "request",
        lambda request: (
            urlparse(request.url).scheme in {"http", "https", "ws", "wss"}
            and urlparse(request.url).netloc != own_host
            and page.offsite.append(request.url)
        ),
    )
    page.on(
        "console",
        lambda message: message.type == "error" and page.console_errors.append(message.text),
    )
    yield page
    context.close()


def test_admin_pages_load_nothing_from_elsewhere_and_keep_their_csp(admin_browser, home_km):
    from orientation.core.demo import synchronise_all_locales

    synchronise_all_locales()
    AlertFactory()
    ComplaintFactory()
    admin = UserFactory(
        username="chief", email="chief@example.org", is_superuser=True, is_staff=True
    )
    device = TOTPDeviceFactory(user=admin)
    browser = admin_browser

    browser.goto(browser.base_url + "/admin/login/")
    browser.fill("input[name=username]", "chief")
    browser.fill("input[name=password]", "correct horse battery staple")
    browser.locator("form button[type=submit]").click()
    browser.wait_for_url("**/admin/two-step/verify/**")  # a superuser must give the code
    browser.fill("input[name=code]", f"{totp(device.bin_key):06d}")
    browser.locator("form.login-form button[type=submit]").click()
    browser.wait_for_url("**/admin/")

    visited = []
    for path in [
        "/admin/",
        f"/admin/pages/{home_km.pk}/edit/",
        "/admin/snippets/alerts/alert/",
        "/admin/complaints/",
        "/admin/two-step/",
        "/admin/account/",
    ]:
        response = browser.goto(browser.base_url + path)
        browser.wait_for_load_state("networkidle")
        assert response.status == 200, path
        assert "'self'" in response.headers["content-security-policy"], path
        visited.append((path, browser.evaluate("window.__cspViolations")))

    assert browser.offsite == []
    assert [(path, found) for path, found in visited if found] == []
    assert not [error for error in browser.console_errors if "Content Security Policy" in error]
