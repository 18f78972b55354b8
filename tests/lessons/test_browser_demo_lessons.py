"""The demo's lessons on a child's phone: accessible, in Khmer where the text is Khmer, big
enough to tap, and the letter-order exercise done by tapping tiles. The demo lessons are built
once for the module: the tests only read them."""

import pytest

from tests.conftest import (
    BROWSER_TEST,
    committed_content_for_a_module,
    has_horizontal_scroll,
    serious_accessibility_violations,
)

pytestmark = BROWSER_TEST

KHMER_OUTSIDE_LANG_KM = """() => {
  const khmer = /[\\u1780-\\u17ff]/;
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const offenders = [];
  while (walker.nextNode()) {
    const node = walker.currentNode;
    if (!khmer.test(node.textContent)) continue;
    const holder = node.parentElement.closest('[lang]');
    if (!holder || !holder.lang.startsWith('km')) offenders.push(node.textContent.trim());
  }
  return offenders;
}"""


@pytest.fixture(scope="module")
def demo_lessons(django_db_setup, django_db_blocker):
    def build():
        from orientation.lessons import demo

        demo.build()

    yield from committed_content_for_a_module(django_db_blocker, build)


def test_put_letters_in_order_by_tapping_tiles(phone, demo_lessons):
    phone.goto(phone.base_url + "/km/lessons/consonants-1/")
    steps = phone.locator(".lesson-step")
    last = steps.count()
    phone.goto(phone.base_url + f"/km/lessons/consonants-1/#step-{last}")
    step = phone.locator(".lesson-step:visible")
    for letter in ["ក", "ខ", "គ", "ឃ", "ង"]:
        step.locator(".order-tile-button", has_text=letter).tap()
    feedback = tap_check_km(phone)
    assert feedback.get_attribute("data-result") == "correct"
    assert "ពូកែណាស់" in feedback.inner_text()


def tap_check_km(phone):
    step = phone.locator(".lesson-step:visible")
    step.locator(".exercise__check").tap()
    return step.locator("[data-feedback]")


@pytest.mark.parametrize("path", ["/km/lessons/", "/en/lessons/", "/km/lessons/greetings/"])
def test_lessons_are_accessible_on_a_phone(phone, demo_lessons, path):
    phone.goto(phone.base_url + path)
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    assert phone.evaluate(KHMER_OUTSIDE_LANG_KM) == []


def test_every_step_of_an_english_lesson_is_accessible_and_fits_320px(phone, demo_lessons):
    phone.set_viewport_size({"width": 320, "height": 640})
    phone.goto(phone.base_url + "/en/lessons/consonants-1/")
    count = phone.locator(".lesson-step").count()
    for number in range(1, count + 1):
        if number > 1:
            phone.locator(".lesson-step:visible").get_by_role("link", name="Next").tap()
        assert phone.locator(f"#step-{number}").is_visible()
        assert not has_horizontal_scroll(phone), f"step {number} scrolls sideways"
        assert phone.evaluate(KHMER_OUTSIDE_LANG_KM) == []
    assert serious_accessibility_violations(phone) == []


def test_touch_targets_are_at_least_48px(phone, demo_lessons):
    phone.goto(phone.base_url + "/km/lessons/greetings/#step-7")
    sizes = phone.evaluate(
        """() => [...document.querySelectorAll(
              '.lesson-step:not([hidden]) .tile, .lesson-step:not([hidden]) .button')]
            .map(el => el.getBoundingClientRect())
            .map(box => Math.min(box.width, box.height))"""
    )
    assert sizes and min(sizes) >= 48
