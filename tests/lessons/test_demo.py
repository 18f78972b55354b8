"""The demo lessons: eight of them, in Khmer and English, valid, built once however often run."""

import re

import pytest
from wagtail.models import Locale

from orientation.lessons import demo
from orientation.lessons.blocks import LessonStepBlock
from orientation.lessons.models import LessonPage
from tests.conftest import content_for_a_module

KHMER = re.compile(r"[\u1780-\u17ff]")

# One worker runs the module, so its module-wide content is built once (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]


def build_demo_lessons_twice():
    from home.demo import ensure_home_pages

    ensure_home_pages()
    demo.build()
    demo.build()
    return LessonPage.objects.filter(locale__language_code="km").order_by("path")


@pytest.fixture(scope="module")
def demo_lessons(django_db_setup, django_db_blocker):
    """Built (twice: the second build must change nothing) once for the module, whose tests
    read it; each test's writes are undone."""
    yield from content_for_a_module(django_db_blocker, build_demo_lessons_twice)


def test_eight_lessons_once_in_khmer_and_english(demo_lessons):
    assert [lesson.slug for lesson in demo_lessons] == [
        "consonants-1",
        "consonants-2",
        "consonants-3",
        "consonants-4",
        "consonants-5",
        "consonants-6",
        "numbers",
        "greetings",
    ]
    english = Locale.objects.get(language_code="en")
    for lesson in demo_lessons:
        translation = lesson.get_translation(english)
        assert not KHMER.search(translation.title), translation.title
        assert [child.id for child in translation.body] == [child.id for child in lesson.body]


def test_all_33_consonants_are_taught_in_order(demo_lessons):
    letters = [
        child.value["letter"]
        for lesson in demo_lessons
        if lesson.slug.startswith("consonants")
        for child in lesson.body
        if child.block_type == "letter_card"
    ]
    assert "".join(letters) == "កខគឃងចឆជឈញដឋឌឍណតថទធនបផពភមយរលវសហឡអ"


def test_numbers_zero_to_ten(demo_lessons):
    numbers = demo_lessons.get(slug="numbers")
    cards = [child.value for child in numbers.body if child.block_type == "letter_card"]
    assert [card["letter"] for card in cards][:3] == ["០", "១", "២"]
    assert cards[-1]["letter"] == "១០"
    assert cards[-1]["example_word"] == "ដប់"


def test_numbers_are_pictured_and_consonants_have_example_words(demo_lessons):
    """Issue 18: a ten-frame for each number; an example word for every consonant, and each
    word holds its letter (ឍ begins no word in use, so its word has it as a subscript)."""
    numbers = demo_lessons.get(slug="numbers")
    cards = [child.value for child in numbers.body if child.block_type == "letter_card"]
    assert [card["picture"] for card in cards] == [f"count-{n}" for n in range(11)]
    letter_cards = [
        child.value
        for lesson in demo_lessons
        if lesson.slug.startswith("consonants")
        for child in lesson.body
        if child.block_type == "letter_card"
    ]
    assert len(letter_cards) == 33
    assert [card["letter"] for card in letter_cards if not card["example_word"]] == []
    assert all(card["letter"] in card["example_word"] for card in letter_cards)
    starts_elsewhere = [c["letter"] for c in letter_cards if c["example_word"][0] != c["letter"]]
    assert starts_elsewhere == ["ឍ"]


def test_hello_is_a_sampeah_and_no_matching_exercise_has_two_same_pictures(demo_lessons):
    greetings = demo_lessons.get(slug="greetings")
    hello = next(c.value for c in greetings.body if c.block_type == "word_card")
    assert (hello["khmer"], hello["picture"]) == ("ជំរាបសួរ", "sampeah")
    for lesson in demo_lessons:
        for child in lesson.body:
            if child.block_type == "matching_exercise":
                pictures = [p["picture"] for p in child.value["pairs"] if p["picture"]]
                assert len(pictures) == len(set(pictures)), lesson.slug
                assert "wave" not in pictures


def test_every_demo_step_passes_the_editor_validation(demo_lessons):
    for lesson in LessonPage.objects.all():
        LessonStepBlock().clean(lesson.body)


def test_every_lesson_has_an_exercise_with_the_right_answer_reachable(demo_lessons):
    for lesson in demo_lessons:
        exercises = [child for child in lesson.body if getattr(child.block, "is_exercise", False)]
        assert exercises, lesson.slug


def test_audio_slots_are_left_empty(demo_lessons):
    for lesson in demo_lessons:
        for child in lesson.body:
            if "audio" in getattr(child.block, "child_blocks", {}):
                assert child.value["audio"] is None


def test_khmer_is_not_offered_for_translation(home_km):
    """Translators get the questions and meanings, never the Khmer being taught."""
    from wagtail_localize.models import StringSegment, TranslationSource

    demo.build()
    greetings = LessonPage.objects.get(slug="greetings", locale__language_code="km")
    source, _created = TranslationSource.get_or_create_from_instance(greetings)
    strings = list(
        StringSegment.objects.filter(source=source).values_list("string__data", flat=True)
    )
    assert "តើយើងនិយាយអ្វី ពេលមាននរណាម្នាក់ជួយយើង?" in strings
    assert "អរគុណ" not in strings
    assert "ជំរាបសួរ" not in strings
