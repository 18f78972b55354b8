"""Lesson pages without JavaScript: rendering, server-checked answers, no cookie, lang="km"."""

import re

import pytest
from bs4 import BeautifulSoup

from orientation.core.content_generation import bump_generation
from orientation.lessons.models import LessonIndexPage, LessonPage

from .factories import (
    CHOICE_ID,
    MATCHING_ID,
    ORDERING_ID,
    LessonIndexPageFactory,
    LessonPageFactory,
    sample_steps,
)

KHMER = re.compile(r"[\u1780-\u17ff\u19e0-\u19ff]")

pytestmark = pytest.mark.django_db


def soup(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content.decode(), "html.parser")


def khmer_outside_lang_km(document):
    """Text nodes in <body> that contain Khmer but have no lang="km" ancestor."""
    offenders = []
    for text in document.body.find_all(string=KHMER):
        if text.parent.name in {"script", "style"}:
            continue
        holder = (
            text.parent.find_parent(attrs={"lang": True})
            if not text.parent.has_attr("lang")
            else text.parent
        )
        if holder is None or not holder["lang"].startswith("km"):
            offenders.append(text.strip())
    return offenders


def feedback(document, exercise_id):
    form = document.find("form", attrs={"data-exercise": exercise_id})
    return form.find(attrs={"data-feedback": True})


class TestIndex:
    def test_lists_the_lessons_in_path_order(self, client, lesson_index):
        for slug in ["first", "second", "third"]:
            LessonPageFactory(parent=lesson_index, slug=slug, title=slug)
        document = soup(client.get("/km/lessons/"))
        items = [li["data-lesson-item"] for li in document.select("[data-lesson-item]")]
        assert items == ["first", "second", "third"]
        links = [a["href"] for a in document.select(".lesson-path__link")]
        assert links == ["/km/lessons/first/", "/km/lessons/second/", "/km/lessons/third/"]

    def test_progress_is_left_to_the_device(self, client, lesson):
        document = soup(client.get("/km/lessons/"))
        status = document.select_one("[data-lesson-status]")
        assert status.has_attr("hidden"), "without JavaScript nothing claims a lesson is done"
        assert document.find("script", src=re.compile(r"js/lessons\.js$"))

    def test_query_count_does_not_grow_with_lessons(
        self, client, lesson_index, django_assert_max_num_queries
    ):
        LessonPageFactory(parent=lesson_index)
        client.get("/km/lessons/")
        bump_generation()  # measured as after a publish, like the request after the 8 below
        with django_assert_max_num_queries(40) as few:
            client.get("/km/lessons/")
        for _ in range(8):
            LessonPageFactory(parent=lesson_index)
        with django_assert_max_num_queries(len(few.captured_queries)):
            client.get("/km/lessons/")

    def test_english_index_keeps_khmer_in_lang_km(self, client, lesson):
        document = soup(client.get("/en/lessons/"))
        assert document.html["lang"] == "en"
        assert khmer_outside_lang_km(document) == []


class TestLessonWithoutJavaScript:
    def test_every_step_is_an_anchored_screen(self, client, lesson_url):
        document = soup(client.get(lesson_url))
        steps = document.select(".lesson-step")
        assert [step["id"] for step in steps] == [f"step-{n}" for n in range(1, 6)]
        next_links = [a["href"] for a in document.select("[data-step-next]")]
        assert next_links == ["#step-2", "#step-3", "#step-4", "#step-5"]

    def test_exercises_are_plain_get_forms_to_their_own_step(self, client, lesson_url):
        document = soup(client.get(lesson_url))
        forms = document.select("form[data-exercise]")
        assert len(forms) == 3
        for form in forms:
            assert form["method"] == "get"
            assert form["action"].startswith("#step-")
            assert form.find("button", type="submit")
            assert not form.find("input", attrs={"name": "csrfmiddlewaretoken"})

    def test_letter_card_shows_big_khmer_and_its_picture_with_text(self, client, lesson):
        document = soup(client.get("/en/lessons/sample/"))
        card = document.select_one(".lesson-card--letter")
        assert card.select_one(".lesson-card__big[lang=km]").get_text() == "ឆ"
        picture = card.find("img")
        assert picture["alt"] == "cat"
        assert picture["src"].endswith("icons/lessons/cat.svg")

    def test_no_play_button_without_audio(self, client, lesson_url):
        document = soup(client.get(lesson_url))
        assert not document.select("[data-play]")
        assert not document.find("audio")

    def test_right_answer_gets_kind_success_feedback(self, client, lesson_url):
        response = client.get(lesson_url, {"exercise": CHOICE_ID, "answer": "1"})
        box = feedback(soup(response), CHOICE_ID)
        assert box["data-result"] == "correct"
        assert "ពូកែណាស់" in box.get_text()

    def test_wrong_answer_is_kind_and_keeps_the_choice(self, client, lesson):
        response = client.get("/en/lessons/sample/", {"exercise": CHOICE_ID, "answer": "0"})
        document = soup(response)
        box = feedback(document, CHOICE_ID)
        assert box["data-result"] == "wrong"
        assert "you can do it" in box.get_text()
        checked = document.select(f"form[data-exercise='{CHOICE_ID}'] input[checked]")
        assert [radio["value"] for radio in checked] == ["0"]

    def test_matching_partly_right_says_how_many(self, client, lesson):
        response = client.get(
            "/en/lessons/sample/",
            {"exercise": MATCHING_ID, "match-0": "0", "match-1": "2", "match-2": "1"},
        )
        box = feedback(soup(response), MATCHING_ID)
        assert box["data-result"] == "partly"
        assert "1 of 3 are right" in box.get_text()

    def test_ordering_right(self, client, lesson):
        answer = {f"place-{n}": str(n) for n in range(4)}
        response = client.get("/en/lessons/sample/", {"exercise": ORDERING_ID, **answer})
        document = soup(response)
        assert feedback(document, ORDERING_ID)["data-result"] == "correct"
        selected = document.select(f"[id='exercise-{ORDERING_ID}-place-2'] option[selected]")
        assert [option.get_text() for option in selected] == ["គ"]

    def test_only_the_answered_exercise_gets_feedback(self, client, lesson_url):
        document = soup(client.get(lesson_url, {"exercise": CHOICE_ID, "answer": "1"}))
        assert not feedback(document, MATCHING_ID).has_attr("data-result")
        assert not feedback(document, ORDERING_ID).has_attr("data-result")

    @pytest.mark.parametrize(
        "query",
        [
            {"exercise": CHOICE_ID, "answer": "x"},
            {"exercise": CHOICE_ID, "answer": "9" * 200},
            {"exercise": "no-such-exercise", "answer": "1"},
            {"exercise": "x" * 5000},
            {"exercise": MATCHING_ID, "match-0": "-1", "match-99": "0"},
            {"exercise": ORDERING_ID, "place-0": "\u17e1"},
            {"exercise": ""},
        ],
    )
    def test_tampered_input_never_fails(self, client, lesson_url, query):
        document = soup(client.get(lesson_url, query))
        results = [box.get("data-result") for box in document.select("[data-feedback]")]
        assert "correct" not in results

    def test_empty_answer_asks_kindly(self, client, lesson):
        response = client.get("/en/lessons/sample/", {"exercise": CHOICE_ID})
        assert "Choose an answer first" in feedback(soup(response), CHOICE_ID).get_text()

    def test_answering_sets_no_cookie_and_is_not_cached(self, client, lesson_url):
        client.cookies.clear()
        response = client.get(lesson_url, {"exercise": CHOICE_ID, "answer": "1"})
        assert response.status_code == 200
        assert not response.cookies
        assert "no-store" in response["Cache-Control"]
        assert "private" in response["Cache-Control"]

    def test_the_server_stores_nothing_when_answering(self, client, lesson_url):
        from django.db import connection
        from django.test.utils import CaptureQueriesContext

        # The first request of a fresh database creates the site settings rows.
        client.get(lesson_url)
        with CaptureQueriesContext(connection) as queries:
            client.get(lesson_url, {"exercise": CHOICE_ID, "answer": "1"})
        writes = [
            q["sql"]
            for q in queries.captured_queries
            if q["sql"].lstrip().upper().startswith(("INSERT", "UPDATE", "DELETE"))
        ]
        assert writes == []

    def test_english_lesson_keeps_khmer_in_lang_km(self, client, lesson):
        document = soup(client.get("/en/lessons/sample/", {"exercise": CHOICE_ID, "answer": "0"}))
        assert document.html["lang"] == "en"
        assert khmer_outside_lang_km(document) == []

    def test_meaning_is_in_the_page_language(self, client, lesson):
        english = soup(client.get("/en/lessons/sample/"))
        assert (
            english.select_one(".lesson-card--word .lesson-card__meaning")
            .get_text(strip=True)
            .endswith("Thank you")
        )

    def test_an_alias_in_another_language_still_answers(self, client, lesson, synced_trees):
        synced_trees()
        response = client.get("/th/lessons/sample/", {"exercise": CHOICE_ID, "answer": "1"})
        assert feedback(soup(response), CHOICE_ID)["data-result"] == "correct"

    def test_query_count_does_not_grow_with_steps(
        self, client, lesson_index, django_assert_max_num_queries
    ):
        LessonPageFactory(parent=lesson_index, slug="short", body=sample_steps()[:2])
        long_body = []
        for copy in range(4):
            for step in sample_steps():
                long_body.append({**step, "id": f"{copy}-{step['id']}"})
        LessonPageFactory(parent=lesson_index, slug="long", body=long_body)
        client.get("/km/lessons/short/")
        bump_generation()  # both pages measured as after a publish, nothing kept
        with django_assert_max_num_queries(60) as short:
            client.get("/km/lessons/short/")
        bump_generation()
        with django_assert_max_num_queries(len(short.captured_queries)):
            client.get("/km/lessons/long/")


def test_every_page_type_has_a_factory():
    from .factories import LessonIndexPageFactory as index_factory
    from .factories import LessonPageFactory as lesson_factory

    assert index_factory._meta.model is LessonIndexPage
    assert lesson_factory._meta.model is LessonPage


def test_index_lives_under_home_only(home_km):
    assert LessonIndexPage.parent_page_types == ["home.HomePage"]
    assert LessonPage.parent_page_types == ["lessons.LessonIndexPage"]
    index = LessonIndexPageFactory(parent=home_km)
    assert index.url == "/km/lessons/"


def test_editors_can_open_a_lesson_in_the_admin(client, lesson):
    from django.contrib.auth import get_user_model

    editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "pw")
    client.force_login(editor)
    response = client.get(f"/admin/pages/{lesson.pk}/edit/")
    assert response.status_code == 200
    # The steps' content reaches the editing form (the StreamField's JSON).
    assert "ឆ្មា" in response.content.decode()


def test_counters_use_khmer_digits_on_khmer_pages_only(client, lesson):
    khmer = soup(client.get("/km/lessons/sample/"))
    assert khmer.select_one("#step-1 .lesson-step__count").get_text() == "ជំហានទី ១ ក្នុងចំណោម ៥"
    english = soup(client.get("/en/lessons/sample/"))
    assert english.select_one("#step-1 .lesson-step__count").get_text() == "Step 1 of 5"
