"""A translator translates a Khmer alert into Thai in wagtail-localize's editor and submits it
for review; a reviewer approves it from the dashboard; readers of /th/ then see the Thai alert.
In a real browser, on a desktop screen (the staff's admin)."""

import os

from wagtail.models import Locale, WorkflowState

from orientation.alerts.models import Alert
from orientation.editorial.roles import REVIEWERS, TRANSLATORS, ensure_editorial_setup
from orientation.editorial.services import submit_for_translation
from tests.alerts.factories import AlertFactory
from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations
from tests.editorial.test_browser_translation_review import (
    serious_accessibility_violations_in,
    sign_in,
)
from tests.factories import UserFactory

pytestmark = BROWSER_TEST

KM_TITLE = "ព្រំដែនបិទ"
KM_MESSAGE = "ច្រកចេញចូលនៅប៉ោយប៉ែតនឹងមិនដំណើរការរហូតដល់ថ្ងៃស្អែក។"
TH_TITLE = "ด่านชายแดนปิด"
TH_MESSAGE = "ด่านชายแดนปิดถึงพรุ่งนี้"
SCREENSHOTS = os.environ.get("SCREENSHOT_DIR")


def screenshot(browser, name):
    if SCREENSHOTS:
        browser.screenshot(path=f"{SCREENSHOTS}/{name}-desktop.png", full_page=True)


def started_thai_alert(home_km):
    from orientation.core.demo import synchronise_all_locales

    synchronise_all_locales()
    ensure_editorial_setup()
    khmer = AlertFactory(title=KM_TITLE, message=KM_MESSAGE)
    khmer.save_revision().publish()
    thai = Locale.objects.get(language_code="th")
    submit_for_translation([khmer], [thai])
    return Alert.objects.get(translation_key=khmer.translation_key, locale=thai)


def translate(browser, source_text, translated_text):
    """One string in wagtail-localize's editor (the admin speaks Khmer by default)."""
    segment = browser.locator("li", has_text=source_text).last
    segment.get_by_role("button", name="បកប្រែ").click()
    segment.locator("textarea").fill(translated_text)
    segment.get_by_role("button", name="រក្សាទុក").click()
    segment.get_by_role("button", name="កែសម្រួល").wait_for()


def test_translator_submits_an_alert_and_readers_see_it_once_approved(desk, home_km):
    thai_alert = started_thai_alert(home_km)
    UserFactory(username="translator", groups=[TRANSLATORS])
    UserFactory(username="reviewer", groups=[REVIEWERS])
    browser = desk
    sign_in(browser, "translator")

    browser.goto(f"{browser.base_url}/admin/snippets/alerts/alert/edit/{thai_alert.pk}/")
    browser.locator("[data-translation-review-actions]").wait_for()
    assert not has_horizontal_scroll(browser)
    assert serious_accessibility_violations_in(browser, "[data-translation-review-actions]") == []
    translate(browser, KM_TITLE, TH_TITLE)
    translate(browser, KM_MESSAGE, TH_MESSAGE)
    screenshot(browser, "alert-translation-editor")

    browser.locator("[data-translation-submit-for-review]").click()
    browser.locator("[data-translation-review-status='in-review']").wait_for()
    assert browser.locator("[data-translation-submit-for-review]").count() == 0
    screenshot(browser, "alert-translation-submitted")
    state = WorkflowState.objects.get(
        base_content_type=thai_alert.get_base_content_type(), object_id=str(thai_alert.pk)
    )
    assert state.status == WorkflowState.STATUS_IN_PROGRESS

    # Not on the public site yet: /th/ readers still get the Khmer alert, marked as Khmer.
    reader = browser.context.browser.new_context(viewport=browser.viewport_size).new_page()
    reader.goto(f"{browser.base_url}/th/")
    assert reader.locator(".alert[lang='km']", has_text=KM_TITLE).count() == 1
    assert reader.locator(".alert", has_text=TH_TITLE).count() == 0

    # A reviewer finds it on the dashboard, with its language, and approves it.
    reviewer = browser.context.browser.new_context(viewport=browser.viewport_size).new_page()
    reviewer.base_url = browser.base_url
    sign_in(reviewer, "reviewer")
    row = reviewer.locator("#awaiting-review-content tr", has_text="ថៃ")
    row.wait_for()
    assert TH_TITLE in row.inner_text()
    screenshot(reviewer, "alert-reviewer-dashboard")
    row.get_by_role("button", name="សកម្មភាព").click()
    row.get_by_role("button", name="អនុម័ត", exact=True).click()
    reviewer.locator("#awaiting-review-content").wait_for(state="detached")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED

    # Readers of /th/ now get the Thai alert, in Thai.
    reader.goto(f"{browser.base_url}/th/")
    alert = reader.locator(f"#alert-{thai_alert.translation_key}")
    assert TH_TITLE in alert.inner_text() and TH_MESSAGE in alert.inner_text()
    assert alert.get_attribute("lang") is None  # the page's own language, Thai
    assert reader.locator("html").get_attribute("lang") == "th"
    screenshot(reader, "alert-public-thai")
    assert serious_accessibility_violations(reader) == []
