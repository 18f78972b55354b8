"""The report of drafted interface translations in Chromium on a desk screen: an editor
filters it to Arabic and reads the drafts right to left, in a Khmer admin, axe clean."""

from orientation.editorial.roles import EDITORS, ensure_editorial_setup
from tests.conftest import BROWSER_TEST, serious_accessibility_violations
from tests.factories import UserFactory

pytestmark = BROWSER_TEST


def test_an_editor_filters_the_drafts_to_arabic(desk, home_km):
    ensure_editorial_setup()
    UserFactory(username="editor", groups=[EDITORS])
    desk.goto(desk.base_url + "/admin/login/")
    desk.fill("input[name=username]", "editor")
    desk.fill("input[name=password]", "correct horse battery staple")
    desk.locator("form button[type=submit]").click()
    desk.wait_for_url("**/admin/")

    desk.goto(desk.base_url + "/admin/editorial/interface-translations/?language=ar")
    rows = desk.locator("tr[data-interface-draft]")
    assert rows.count() > 0
    assert set(rows.evaluate_all("rows => rows.map(row => row.dataset.language)")) == {"ar"}
    draft = rows.first.locator("td").nth(3)
    assert draft.evaluate("cell => getComputedStyle(cell).direction") == "rtl"
    counts = desk.locator("[data-editorial-report=interface-drafts-by-language] tr[data-language]")
    assert counts.count() >= 3
    desk.screenshot(path="/tmp/languages-report-ar.png", full_page=False)
    assert serious_accessibility_violations(desk) == []
