"""Issue 19: an editor whose published pages search cannot find yet is told so on the
dashboard, in Khmer (the admin's default language), at a phone's width and on a desk."""

import pytest
from wagtail.models import Page

from orientation.editorial.roles import EDITORS, ensure_editorial_setup
from tests.conftest import (
    BROWSER_TEST,
    DESK,
    PHONE,
    browser_page,
    has_horizontal_scroll,
    serious_accessibility_violations,
    sign_in_to_admin,
)
from tests.factories import UserFactory
from tests.search.factories import SearchablePageFactory
from tests.search.test_index_on_deploy import forget_index_of

pytestmark = BROWSER_TEST


@pytest.fixture(params=[PHONE, DESK], ids=["phone", "desk"])
def admin_browser(request, chromium, live_server, transactional_db):
    yield from browser_page(chromium, live_server, request, viewport=request.param)


def test_the_dashboard_warns_an_editor_in_khmer(admin_browser, home_km):
    ensure_editorial_setup()
    home_en = Page.objects.get(depth=2, locale__language_code="en")
    pages = [SearchablePageFactory(parent=home_en, title=f"Wages {n}") for n in range(3)]
    forget_index_of(pages[:2])
    UserFactory(username="editor", groups=[EDITORS])

    browser = admin_browser
    sign_in_to_admin(browser, "editor")

    panel = browser.locator("[data-search-index=behind]")
    assert panel.get_attribute("data-unindexed-pages") == "2"
    warning = panel.get_by_role("alert")
    assert "ការស្វែងរកមិនទាន់រកឃើញ" in warning.inner_text()
    assert "rebuild_search_index" in warning.inner_text()
    assert not has_horizontal_scroll(browser)
    assert serious_accessibility_violations(browser) == []
    browser.screenshot(path=f"/tmp/search-index-panel-{browser.viewport_size['width']}.png")
