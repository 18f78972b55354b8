import pytest

from tests.conftest import (
    BROWSER_TEST,
    committed_content_for_a_module,
    has_horizontal_scroll,
    serious_accessibility_violations,
)

pytestmark = BROWSER_TEST

KHMER_FONT_LOADED = """async () => {
  await document.fonts.ready;
  return [...document.fonts].some(f => f.family.includes('Noto Sans Khmer') && f.status === 'loaded');
}"""


@pytest.fixture(scope="module")
def demo_home(django_db_setup, django_db_blocker):
    """The demo home page and its settings in every language, built once for the module."""

    def build():
        from home.demo import build
        from orientation.core.demo import synchronise_all_locales

        build()
        synchronise_all_locales()

    yield from committed_content_for_a_module(django_db_blocker, build)


def test_khmer_home_on_a_phone(phone, demo_home):
    phone.goto(phone.base_url + "/km/")
    assert phone.get_attribute("html", "lang") == "km"
    assert phone.locator("h1").inner_text() == "ធ្វើការនៅបរទេសដោយសុវត្ថិភាព"
    assert phone.evaluate(KHMER_FONT_LOADED), "the self-hosted Khmer font did not load"
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []


# The probe's own question, asked again: does this browser find one of the local Khmer fonts?
HAS_LOCAL_KHMER_FONT = """async () => {
  const probe = document.querySelector('script[data-local]');
  try { await new FontFace('test-probe', probe.dataset.local).load(); return true; }
  catch (error) { return false; }
}"""
REGULAR_FONT_FETCHES = """() => performance.getEntriesByType('resource')
  .filter(e => e.name.includes('noto-sans-khmer-regular')).map(e => e.initiatorType)"""


def test_the_khmer_font_is_preloaded_once_only_where_the_phone_has_none(phone, demo_home):
    """Where the browser has no Khmer font (this CI machine), the probe adds the preload and
    the stylesheet's @font-face uses that download instead of a second one; where it has one
    (a developer's machine with fonts-noto), nothing is preloaded or downloaded."""
    blocked = []
    phone.on("console", lambda m: "Content Security Policy" in m.text and blocked.append(m.text))
    phone.goto(phone.base_url + "/km/")
    if phone.evaluate(HAS_LOCAL_KHMER_FONT):
        phone.wait_for_load_state("networkidle")
        assert phone.locator('link[rel="preload"][as="font"]').count() == 0
        assert phone.evaluate(REGULAR_FONT_FETCHES) == []
    else:
        phone.wait_for_selector('link[rel="preload"][as="font"]', state="attached")
        assert phone.evaluate(KHMER_FONT_LOADED)
        assert phone.evaluate(REGULAR_FONT_FETCHES) == ["link"]
    assert blocked == []


def test_language_switcher_by_click(phone, demo_home):
    phone.goto(phone.base_url + "/km/")
    phone.locator(".language-switcher summary").click()
    phone.get_by_role("link", name="English").click()
    phone.wait_for_url("**/en/")
    assert phone.get_attribute("html", "lang") == "en"
    assert phone.locator("h1").inner_text() == "Safe work abroad"
    # The choice is remembered: "/" now opens English.
    phone.goto(phone.base_url + "/")
    assert phone.url.endswith("/en/")


def test_english_home_on_a_phone(phone, demo_home):
    phone.goto(phone.base_url + "/en/")
    assert phone.get_by_role("link", name="Report a problem").is_visible()
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []


def test_a_folded_alert_stays_folded_on_this_phone(phone, demo_home):
    from tests.alerts.factories import AlertFactory

    AlertFactory(title="ការជូនដំណឹងសាកល្បង", message="សារវែងមួយ")
    phone.goto(phone.base_url + "/km/")
    message = phone.get_by_text("សារវែងមួយ")
    assert message.is_visible()  # open on the first visit
    phone.locator(".alert__fold > summary").click()
    assert not message.is_visible()
    phone.reload()
    assert not phone.get_by_text("សារវែងមួយ").is_visible()
    assert serious_accessibility_violations(phone) == []
