"""Factories for the lesson page types. The sample lesson has one step of every kind, with
fixed block ids so tests can answer its exercises by id."""

import factory
import wagtail_factories

from orientation.lessons.models import LessonIndexPage, LessonPage

LETTER_ID = "00000000-0000-4000-8000-000000000001"
CHOICE_ID = "00000000-0000-4000-8000-000000000002"
MATCHING_ID = "00000000-0000-4000-8000-000000000003"
ORDERING_ID = "00000000-0000-4000-8000-000000000004"
WORD_ID = "00000000-0000-4000-8000-000000000005"


def sample_steps(meaning="cat", question="Which letter does this word start with?"):
    return [
        {
            "type": "letter_card",
            "id": LETTER_ID,
            "value": {
                "letter": "ឆ",
                "romanisation": "chha",
                "example_word": "ឆ្មា",
                "example_meaning": meaning,
                "image": None,
                "picture": "cat",
                "audio": None,
            },
        },
        {
            "type": "word_card",
            "id": WORD_ID,
            "value": {
                "khmer": "អរគុណ",
                "romanisation": "arkun",
                "meaning": "Thank you",
                "image": None,
                "picture": "heart",
                "audio": None,
            },
        },
        {
            "type": "choice_exercise",
            "id": CHOICE_ID,
            "value": {
                "question": question,
                "prompt_khmer": "ឆ្មា",
                "image": None,
                "picture": "cat",
                "picture_text": "a cat",
                "audio": None,
                "options": [
                    {"khmer": "ច", "text": "", "correct": False},
                    {"khmer": "ឆ", "text": "", "correct": True},
                    {"khmer": "ជ", "text": "", "correct": False},
                ],
            },
        },
        {
            "type": "matching_exercise",
            "id": MATCHING_ID,
            "value": {
                "question": "Match each picture with its word.",
                "pairs": [
                    {"khmer": "ឆ្មា", "image": None, "picture": "cat", "picture_text": "a cat"},
                    {"khmer": "ទា", "image": None, "picture": "duck", "picture_text": "a duck"},
                    {"khmer": "គោ", "image": None, "picture": "cow", "picture_text": "a cow"},
                ],
            },
        },
        {
            "type": "ordering_exercise",
            "id": ORDERING_ID,
            "value": {
                "question": "Put the letters in the order of the alphabet.",
                "items": ["ក", "ខ", "គ", "ឃ"],
            },
        },
    ]


class LessonIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonIndexPage

    title = "មេរៀនភាសាខ្មែរ"
    slug = "lessons"
    intro = "មេរៀនខ្លីៗ"


class LessonPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = LessonPage

    title = factory.Sequence(lambda n: f"មេរៀនទី {n}")
    slug = factory.Sequence(lambda n: f"lesson-{n}")
    summary = "ព្យញ្ជនៈ"
    khmer_preview = "ក ខ គ"
    picture = "letters"
    body = factory.LazyFunction(sample_steps)
