"""A child on a phone: taps through a lesson, gets kind feedback, and finds it done later."""

import pytest

from orientation.core.demo import ensure_translation
from tests.conftest import BROWSER_TEST

from .factories import LessonIndexPageFactory, LessonPageFactory, sample_steps

pytestmark = BROWSER_TEST


@pytest.fixture
def one_exercise_lesson(home_km):
    """A lesson of two steps: a letter card, then one multiple-choice exercise."""
    index = LessonIndexPageFactory(parent=home_km)
    ensure_translation(index, "en", title="Khmer lessons", intro="Short lessons")
    steps = [step for step in sample_steps() if step["type"] in {"letter_card", "choice_exercise"}]
    lesson = LessonPageFactory(parent=index, slug="first", title="មេរៀនទីមួយ", body=steps)
    ensure_translation(lesson, "en", title="First lesson", summary="Letters", body=steps)
    return lesson


def tap_check(phone):
    step = phone.locator(".lesson-step:visible")
    step.get_by_role("button", name="Check my answer").tap()
    return step.locator("[data-feedback]")


def test_a_child_completes_a_lesson_by_taps_and_finds_it_done(phone, one_exercise_lesson):
    phone.goto(phone.base_url + "/en/lessons/first/")
    # One step at a time: the letter first, the exercise hidden until "Next".
    assert phone.locator(".lesson-step:visible").count() == 1
    assert phone.locator(".lesson-card__big").inner_text() == "ឆ"
    assert not phone.locator("[data-play]").count(), "no audio, no play button"
    phone.get_by_role("link", name="Next").tap()
    assert phone.get_by_role("group", name="Which letter does this word start with?").is_visible()

    # A wrong answer first: kind feedback, and nothing is lost.
    phone.locator("label.tile", has_text="ជ").tap()
    feedback = tap_check(phone)
    assert "you can do it" in feedback.inner_text()

    phone.locator("label.tile", has_text="ឆ").tap()
    feedback = tap_check(phone)
    assert feedback.get_attribute("data-result") == "correct"
    assert "Well done" in feedback.inner_text()
    assert phone.context.cookies() == [], "answering sets no cookie"

    phone.reload()
    assert phone.locator("[data-lesson-done]").is_visible()
    assert "finished this lesson" in phone.locator("[data-lesson-done]").inner_text()

    phone.goto(phone.base_url + "/en/lessons/")
    item = phone.locator("[data-lesson-item=first]")
    assert "Done" in item.locator("[data-lesson-status]").inner_text()
    # One wrong try before the right one: two stars of three.
    assert "2 of 3 stars" in item.inner_text()
    assert phone.evaluate("() => Object.keys(localStorage)") == ["khmer-lessons-progress-v1"]

    # Later a wrong answer on the same lesson never takes the progress away.
    phone.goto(phone.base_url + "/en/lessons/first/#step-2")
    phone.locator("label.tile", has_text="ច").tap()
    tap_check(phone)
    phone.reload()
    assert phone.locator("[data-lesson-done]").is_visible()


@pytest.fixture
def no_javascript(chromium, live_server, transactional_db):
    """A phone-sized page with JavaScript off (a reader whose browser runs none)."""
    context = chromium.new_context(
        java_script_enabled=False, viewport={"width": 360, "height": 740}, has_touch=True
    )
    page = context.new_page()
    page.base_url = live_server.url
    yield page
    context.close()


def test_without_javascript_every_step_is_shown_and_answers_come_from_the_server(
    no_javascript, one_exercise_lesson
):
    page = no_javascript
    page.goto(page.base_url + "/en/lessons/first/")
    assert page.locator(".lesson-step").count() == 2
    assert page.locator("#step-2").is_visible()
    page.locator("label.tile", has_text="ឆ").tap()
    page.get_by_role("button", name="Check my answer").tap()
    page.wait_for_url("**/en/lessons/first/?exercise=*#step-2")
    assert "Well done" in page.locator("#step-2 [data-feedback]").inner_text()
    assert page.context.cookies() == []


def test_an_exercise_can_be_done_with_the_keyboard_alone(phone, one_exercise_lesson):
    phone.goto(phone.base_url + "/en/lessons/first/#step-2")
    first_option = phone.locator("#step-2 input[name=answer]").first
    first_option.focus()
    # Arrow keys move through a radio group; the second option (ឆ) is the right one.
    phone.keyboard.press("ArrowRight")
    assert phone.locator("#step-2 input[name=answer]:checked").get_attribute("value") == "1"
    phone.keyboard.press("Tab")
    focused = phone.evaluate("() => document.activeElement.textContent.trim()")
    assert focused == "Check my answer"
    phone.keyboard.press("Enter")
    feedback = phone.locator("#step-2 [data-feedback]")
    assert feedback.get_attribute("data-result") == "correct"
    assert feedback.get_attribute("role") == "status"
