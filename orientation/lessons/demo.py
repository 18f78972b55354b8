"""The first eight Khmer lessons: the 33 consonants in six groups, numbers 0 to 10, greetings.
The text is in demo/lessons.yaml; this module turns it into lesson steps and exercises.

Khmer, its meanings (km, en) and the romanisation of the consonant names are widely known;
romanisation is given only where it is certain. Pictures are the project's own drawings
(static/icons/lessons/); audio slots are left empty for editors to fill with real voices.
Both translations share the same block ids, as wagtail-localize would make them.
"""

import uuid

from home.models import HomePage
from orientation.core.demo import ensure_index_page, ensure_page_in_km_and_en, locale_for
from orientation.core.demo_loader import load
from orientation.lessons.models import LessonIndexPage, LessonPage

BLOCK_ID_NAMESPACE = uuid.UUID("5f1c1f9e-8a57-4a3f-9a7e-6c1f0d3b2a11")

CONTENT = "lessons"
KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"


def khmer_number(number):
    return "".join(KHMER_DIGITS[int(digit)] for digit in str(number))


def empty_picture():
    return {"image": None, "picture": ""}


def step(kind, km, en):
    return (kind, km, en)


def letter_card(letter, romanisation, word, meaning_en, picture):
    common = {"letter": letter, "romanisation": romanisation, "example_word": word, "audio": None}
    common.update(empty_picture(), picture=picture)
    return step(
        "letter_card",
        {**common, "example_meaning": ""},
        {**common, "example_meaning": meaning_en},
    )


def word_card(khmer, romanisation, meaning_km, meaning_en, picture=""):
    common = {"khmer": khmer, "romanisation": romanisation, "audio": None}
    common.update(empty_picture(), picture=picture)
    return step("word_card", {**common, "meaning": meaning_km}, {**common, "meaning": meaning_en})


def choice_exercise(question_km, question_en, options, prompt_khmer="", picture="", alt=("", "")):
    """options: (khmer, correct) pairs."""
    common = {"prompt_khmer": prompt_khmer, "audio": None, **empty_picture(), "picture": picture}
    option_values = [{"khmer": khmer, "text": "", "correct": correct} for khmer, correct in options]
    return step(
        "choice_exercise",
        {**common, "question": question_km, "picture_text": alt[0], "options": option_values},
        {**common, "question": question_en, "picture_text": alt[1], "options": option_values},
    )


def matching_exercise(question_km, question_en, pairs):
    """pairs: (khmer, drawing, text in Khmer, text in English)."""

    def pair_values(language):
        return [
            {
                "khmer": khmer,
                **empty_picture(),
                "picture": picture,
                "picture_text": text_km if language == "km" else text_en,
            }
            for khmer, picture, text_km, text_en in pairs
        ]

    return step(
        "matching_exercise",
        {"question": question_km, "pairs": pair_values("km")},
        {"question": question_en, "pairs": pair_values("en")},
    )


def ordering_exercise(question_km, question_en, items):
    return step(
        "ordering_exercise",
        {"question": question_km, "items": list(items)},
        {"question": question_en, "items": list(items)},
    )


def exercise_from(entry):
    """A step from an exercise written out in the data file (type: choice, matching or
    ordering)."""
    kind = entry["type"]
    if kind == "choice":
        return choice_exercise(
            *entry.both("question"),
            [(option["khmer"], bool(option["correct"])) for option in entry.entries("options")],
            prompt_khmer=entry.get("prompt_khmer", ""),
            picture=entry.get("picture", ""),
            alt=entry.both("picture_text") if "picture_text" in entry else ("", ""),
        )
    if kind == "matching":
        return matching_exercise(
            *entry.both("question"),
            [
                (pair["khmer"], pair.get("picture", ""), *pair.both("text"))
                for pair in entry.entries("pairs")
            ],
        )
    if kind == "ordering":
        return ordering_exercise(*entry.both("question"), entry.strings("items"))
    raise entry.error("type", "expected choice, matching or ordering")


def consonant_steps(content, letters):
    """A card per letter, then exercises made from the letters that have a pictured word."""
    questions = content["questions"]
    pictures = content["pictures"]

    def picture_texts(picture):
        if picture not in pictures:
            raise pictures.error(picture, "no text for this drawing")
        return pictures.both(picture)

    group = [
        (
            letter["letter"],
            letter["romanisation"],
            letter.get("word", ""),
            letter.get("meaning", ""),
            letter.get("picture", ""),
        )
        for letter in letters
    ]
    steps = [letter_card(*letter) for letter in group]
    pictured = [letter for letter in group if letter[2] and letter[4]]
    if pictured:
        letter, _name, word, _meaning, picture = pictured[len(pictured) // 2]
        others = [candidate[0] for candidate in group if candidate[0] != letter][:3]
        options = [candidate[0] for candidate in group if candidate[0] in {letter, *others}]
        steps.append(
            choice_exercise(
                *questions.both("first_letter"),
                [(candidate, candidate == letter) for candidate in options],
                prompt_khmer=word,
                picture=picture,
                alt=picture_texts(picture),
            )
        )
    if len(pictured) >= 2:
        steps.append(
            matching_exercise(
                *questions.both("match_pictures"),
                [
                    (word, picture, *picture_texts(picture))
                    for _letter, _name, word, _meaning, picture in pictured[:4]
                ],
            )
        )
    steps.append(
        ordering_exercise(*questions.both("order_letters"), [letter[0] for letter in group])
    )
    return steps


def number_steps(lesson):
    steps = []
    for entry in lesson.entries("numbers"):
        number = entry["number"]
        common = {
            "letter": khmer_number(number),
            "romanisation": entry["romanisation"],
            "example_word": entry["word"],
            "audio": None,
            # A ten-frame with that many dots: the number seen, not only read.
            **empty_picture(),
            "picture": entry.get("picture", ""),
        }
        steps.append(
            step(
                "letter_card",
                {**common, "example_meaning": ""},
                {**common, "example_meaning": f"{entry['meaning']} ({number})"},
            )
        )
    return steps + [exercise_from(entry) for entry in lesson.entries("exercises")]


def greeting_steps(lesson):
    steps = [
        word_card(
            entry["khmer"],
            entry["romanisation"],
            *entry.both("meaning"),
            entry.get("picture", ""),
        )
        for entry in lesson.entries("words")
    ]
    return steps + [exercise_from(entry) for entry in lesson.entries("exercises")]


def lessons(content=None):
    """(slug, km fields, en fields, shared fields, steps) for each demo lesson, in path order."""
    content = content or load(CONTENT)
    result = []
    for lesson in content.entries("consonant_lessons"):
        letters = lesson.entries("letters")
        result.append(
            (
                lesson["slug"],
                lesson.fields("km", "title", "summary"),
                lesson.fields("en", "title", "summary"),
                {
                    "khmer_preview": " ".join(letter["letter"] for letter in letters),
                    "picture": "letters",
                },
                consonant_steps(content, letters),
            )
        )
    for key, steps_of in (("numbers_lesson", number_steps), ("greetings_lesson", greeting_steps)):
        lesson = content[key]
        result.append(
            (
                lesson["slug"],
                lesson.fields("km", "title", "summary"),
                lesson.fields("en", "title", "summary"),
                {"khmer_preview": lesson["preview"], "picture": lesson["picture"]},
                steps_of(lesson),
            )
        )
    return result


def stream_data(slug, steps, language):
    position = 0 if language == "km" else 1
    return [
        {
            "type": kind,
            "value": values[position],
            "id": str(uuid.uuid5(BLOCK_ID_NAMESPACE, f"{slug}:{number}")),
        }
        for number, (kind, *values) in enumerate(steps)
    ]


def build(stdout=None):
    content = load(CONTENT)
    home = HomePage.objects.get(depth=2, locale=locale_for("km"))
    index = ensure_index_page(home, LessonIndexPage, "lessons", content["index"])
    built = lessons(content)
    for slug, km, en, shared, steps in built:
        ensure_page_in_km_and_en(
            index,
            LessonPage,
            slug,
            km={**km, **shared, "body": stream_data(slug, steps, "km")},
            en={**en, **shared, "body": stream_data(slug, steps, "en")},
        )
    if stdout is not None:
        stdout.write(f"  lessons: {len(built)} lessons")
    return index
