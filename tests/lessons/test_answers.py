"""The server's answer key: each exercise type, right, wrong, partly right, empty, tampered."""

import pytest
from django.core.exceptions import ValidationError
from django.http import QueryDict
from wagtail import blocks

from orientation.lessons.answers import CORRECT, EMPTY, PARTLY, WRONG, check_exercise_answer
from orientation.lessons.blocks import (
    ChoiceExerciseBlock,
    LessonStepBlock,
    MatchingExerciseBlock,
    OrderingExerciseBlock,
)

from .factories import CHOICE_ID, MATCHING_ID, ORDERING_ID, sample_steps

TAMPERED_VALUES = ["", "x", "-1", "99", "1.0", "\u0661", "0x1", "9" * 400, "1; DROP TABLE", "\x00"]


def stream():
    return LessonStepBlock().to_python(sample_steps())


def check(exercise_id, query):
    return check_exercise_answer(stream(), exercise_id, QueryDict(query))


def step_value(exercise_id):
    return next(child.value for child in stream() if child.id == exercise_id)


class TestChoice:
    def test_the_right_option(self):
        assert check(CHOICE_ID, "answer=1").status == CORRECT

    def test_a_wrong_option(self):
        result = check(CHOICE_ID, "answer=0")
        assert result.status == WRONG
        assert result.chosen == {"answer": 0}

    def test_no_option(self):
        assert check(CHOICE_ID, "").status == EMPTY

    @pytest.mark.parametrize("raw", TAMPERED_VALUES)
    def test_tampered_input_is_no_answer(self, raw):
        result = check(CHOICE_ID, QueryDict(mutable=True).urlencode() + "answer=" + raw)
        assert result.status == EMPTY

    def test_a_second_value_for_the_field_does_not_confuse_it(self):
        assert check(CHOICE_ID, "answer=0&answer=1").status in {WRONG, CORRECT}


class TestMatching:
    def test_all_matched(self):
        assert check(MATCHING_ID, "match-0=0&match-1=1&match-2=2").status == CORRECT

    def test_some_matched(self):
        result = check(MATCHING_ID, "match-0=0&match-1=2&match-2=1")
        assert (result.status, result.right, result.total) == (PARTLY, 1, 3)

    def test_none_matched(self):
        assert check(MATCHING_ID, "match-0=1&match-1=2&match-2=0").status == WRONG

    def test_only_one_row_answered_is_partly_right(self):
        result = check(MATCHING_ID, "match-1=1")
        assert (result.status, result.right) == (PARTLY, 1)

    @pytest.mark.parametrize("raw", TAMPERED_VALUES)
    def test_tampered_input(self, raw):
        assert check(MATCHING_ID, f"match-0={raw}&match-7=1").status == EMPTY


class TestOrdering:
    def test_right_order(self):
        assert check(ORDERING_ID, "place-0=0&place-1=1&place-2=2&place-3=3").status == CORRECT

    def test_wrong_order(self):
        result = check(ORDERING_ID, "place-0=1&place-1=0&place-2=3&place-3=2")
        assert (result.status, result.right) == (WRONG, 0)

    def test_partly_right(self):
        result = check(ORDERING_ID, "place-0=0&place-1=1&place-2=3&place-3=2")
        assert (result.status, result.right, result.total) == (PARTLY, 2, 4)

    def test_the_same_letter_twice_may_fill_either_place(self):
        block = OrderingExerciseBlock()
        value = block.to_python({"question": "?", "items": ["ក", "ា", "ក"]})
        answers = QueryDict("place-0=2&place-1=1&place-2=0")
        assert block.check_answer(value, answers).status == CORRECT

    @pytest.mark.parametrize("raw", TAMPERED_VALUES)
    def test_tampered_input(self, raw):
        assert check(ORDERING_ID, f"place-0={raw}").status == EMPTY


def test_an_unknown_exercise_is_not_checked():
    assert check("not-an-id", "answer=1") is None
    assert check("x" * 1000, "answer=1") is None


def test_a_card_is_not_an_exercise():
    from .factories import LETTER_ID

    assert check(LETTER_ID, "answer=1") is None


class TestEditorValidation:
    @pytest.mark.parametrize(
        ("extra", "correct", "field"),
        [
            # Two options marked right: the editor must mark exactly one.
            ({}, [True, True], "options"),
            # A picture without its text alternative, for people who cannot see it.
            ({"picture": "cat", "picture_text": ""}, [True, False], "picture_text"),
        ],
    )
    def test_a_choice_is_refused_with_the_field_to_fix(self, extra, correct, field):
        block = ChoiceExerciseBlock()
        options = [
            {"khmer": khmer, "text": "", "correct": right}
            for khmer, right in zip(["ក", "ខ"], correct, strict=True)
        ]
        value = block.to_python({"question": "?", **extra, "options": options})
        with pytest.raises(blocks.StructBlockValidationError) as error:
            block.clean(value)
        assert set(error.value.block_errors) == {field}

    def test_matching_words_must_differ(self):
        block = MatchingExerciseBlock()
        pair = {"khmer": "ឆ្មា", "image": None, "picture": "cat", "picture_text": "a cat"}
        value = block.to_python({"question": "?", "pairs": [pair, pair]})
        with pytest.raises(blocks.StructBlockValidationError):
            block.clean(value)

    def test_the_sample_lesson_is_valid(self):
        LessonStepBlock().clean(stream())


def test_shown_order_is_stable_and_not_the_answer():
    block = OrderingExerciseBlock()
    value = step_value(ORDERING_ID)
    first = [tile["index"] for tile in block.get_context(value)["tiles"]]
    second = [tile["index"] for tile in block.get_context(value)["tiles"]]
    assert first == second
    assert first != sorted(first)


def test_validation_error_is_a_django_validation_error():
    # The admin shows block errors only for ValidationError subclasses.
    assert issubclass(blocks.StructBlockValidationError, ValidationError)
