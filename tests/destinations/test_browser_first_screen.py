"""The guide as a worker in a hurry meets it on a 360x740 phone (issue 18): at most four
screens before any section is opened, with and without JavaScript; from the first screen,
one tap puts the "show this" card and an emergency number on screen."""

import pytest

from tests.conftest import (
    BROWSER_TEST,
    PHONE,
    has_horizontal_scroll,
    serious_accessibility_violations,
)

pytestmark = BROWSER_TEST

FOUR_SCREENS = 4 * PHONE["height"]
HEIGHT = "() => document.documentElement.scrollHeight"
ON_SCREEN = """(element) => {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight && box.height > 0;
}"""


@pytest.fixture
def phone_without_js(chromium, phone):
    context = chromium.new_context(viewport=PHONE, java_script_enabled=False, is_mobile=True)
    page = context.new_page()
    page.base_url = phone.base_url
    yield page
    context.close()


def guide_urls(thailand_guide):
    return [thailand_guide.replace("/en/", "/km/"), thailand_guide]


def test_guide_is_at_most_four_screens_before_any_section_is_opened(
    phone, phone_without_js, thailand_guide
):
    for browser in (phone, phone_without_js):
        for url in guide_urls(thailand_guide):
            browser.goto(url)
            assert browser.locator(".guide-menu > details[open]").count() == 0
            height = browser.evaluate(HEIGHT)
            assert height <= FOUR_SCREENS, (url, height)
            assert not has_horizontal_scroll(browser)


def test_one_tap_brings_the_card_and_an_emergency_number_on_screen(
    phone, phone_without_js, thailand_guide
):
    for browser in (phone, phone_without_js):
        for url in guide_urls(thailand_guide):
            browser.goto(url)
            call = browser.locator('.guide-calls a[href="tel:191"]')
            card = browser.locator(".guide-show-this .show-this__local").first
            assert call.evaluate(ON_SCREEN)  # already on the first screen
            assert not card.is_visible()
            browser.locator(".guide-show-this > summary").click()
            card.wait_for()
            assert card.evaluate(ON_SCREEN), url
            assert call.evaluate(ON_SCREEN), url
            assert card.get_attribute("lang") == "th"


def test_a_section_opens_in_place_and_the_page_stays_accessible(phone, thailand_guide):
    for url in guide_urls(thailand_guide):
        phone.goto(url)
        fold = phone.locator(".guide-menu > details").first
        fold.locator("summary").click()
        assert fold.locator("ul[data-checklist]").is_visible()
        phone.locator(".guide-show-this > summary").click()
        assert serious_accessibility_violations(phone) == []


def test_a_link_to_a_section_opens_it(phone, thailand_guide):
    phone.goto(thailand_guide)
    section_id = phone.locator(".guide-menu > details").nth(2).get_attribute("id")
    phone.goto(f"{thailand_guide}#{section_id}")
    assert phone.locator(f"#{section_id}").get_attribute("open") is not None
