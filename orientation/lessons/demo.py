"""The first eight Khmer lessons: the 33 consonants in six groups, numbers 0 to 10, greetings.

Khmer, its meanings (km, en) and the romanisation of the consonant names are widely known;
romanisation is given only where it is certain. Pictures are the project's own drawings
(static/icons/lessons/); audio slots are left empty for editors to fill with real voices.
Both translations share the same block ids, as wagtail-localize would make them.
"""

import uuid

from home.models import HomePage
from orientation.core.demo import ensure_page_in_km_and_en, locale_for
from orientation.lessons.models import LessonIndexPage, LessonPage

BLOCK_ID_NAMESPACE = uuid.UUID("5f1c1f9e-8a57-4a3f-9a7e-6c1f0d3b2a11")

INDEX_KM = {
    "title": "មេរៀនភាសាខ្មែរ",
    "intro": ("មេរៀនខ្លីៗសម្រាប់កូនៗរបស់ពលករចំណាកស្រុក ដែលកំពុងធំធាត់នៅបរទេស៖ អក្សរ លេខ និងពាក្យសួរសុខទុក្ខ។"),
}
INDEX_EN = {
    "title": "Khmer lessons",
    "intro": (
        "Short lessons for the children of migrant workers growing up abroad: "
        "letters, numbers and greetings."
    ),
}

# (letter, romanised name, example word, English meaning, drawing). The example word starts
# with the letter; rare letters that begin no everyday word a child knows have none.
CONSONANT_GROUPS = [
    [
        ("ក", "ka", "ក្អែក", "crow", "crow"),
        ("ខ", "kha", "ខ្លា", "tiger", ""),
        ("គ", "ko", "គោ", "cow", "cow"),
        ("ឃ", "kho", "ឃ្មុំ", "bee", "bee"),
        ("ង", "ngo", "", "", ""),
    ],
    [
        ("ច", "cha", "ចាប", "sparrow (a small bird)", "bird"),
        ("ឆ", "chha", "ឆ្មា", "cat", "cat"),
        ("ជ", "cho", "ជើង", "foot, leg", ""),
        ("ឈ", "chho", "ឈើ", "wood, tree", "tree"),
        ("ញ", "nho", "", "", ""),
    ],
    [
        ("ដ", "da", "ដៃ", "hand, arm", "hand"),
        ("ឋ", "tha", "", "", ""),
        ("ឌ", "do", "", "", ""),
        ("ឍ", "tho", "", "", ""),
        ("ណ", "na", "", "", ""),
    ],
    [
        ("ត", "ta", "តុ", "table", "table"),
        ("ថ", "tha", "", "", ""),
        ("ទ", "to", "ទា", "duck", "duck"),
        ("ធ", "tho", "ធ្មេញ", "tooth", ""),
        ("ន", "no", "នំ", "cake", "cake"),
    ],
    [
        ("ប", "ba", "បាល់", "ball", "ball"),
        ("ផ", "pha", "ផ្កា", "flower", "flower"),
        ("ព", "po", "ពពក", "cloud", "cloud"),
        ("ភ", "pho", "ភ្នំ", "mountain", "mountain"),
        ("ម", "mo", "មាន់", "chicken", ""),
    ],
    [
        ("យ", "yo", "យន្តហោះ", "aeroplane", ""),
        ("រ", "ro", "រថយន្ត", "car", "car"),
        ("ល", "lo", "ល្ពៅ", "pumpkin", ""),
        ("វ", "vo", "", "", ""),
        ("ស", "sa", "សេះ", "horse", ""),
        ("ហ", "ha", "", "", ""),
        ("ឡ", "la", "", "", ""),
        ("អ", "a", "អាវ", "shirt", "shirt"),
    ],
]

KHMER_DIGITS = "០១២៣៤៥៦៧៨៩"
# (number, Khmer word, romanisation, English word)
NUMBERS = [
    (0, "សូន្យ", "soun", "zero"),
    (1, "មួយ", "muoy", "one"),
    (2, "ពីរ", "pir", "two"),
    (3, "បី", "bei", "three"),
    (4, "បួន", "buon", "four"),
    (5, "ប្រាំ", "pram", "five"),
    (6, "ប្រាំមួយ", "pram muoy", "six"),
    (7, "ប្រាំពីរ", "pram pir", "seven"),
    (8, "ប្រាំបី", "pram bei", "eight"),
    (9, "ប្រាំបួន", "pram buon", "nine"),
    (10, "ដប់", "dap", "ten"),
]

# (Khmer, romanisation, meaning in Khmer, meaning in English, drawing)
GREETINGS = [
    (
        "ជំរាបសួរ",
        "chumreap suor",
        "ពាក្យសួរសុខទុក្ខដោយគោរព ពេលជួបគ្នា",
        "Hello (a polite greeting when you meet someone)",
        "wave",
    ),
    (
        "សុខសប្បាយទេ?",
        "sok sabay te?",
        "សំណួរសួរសុខទុក្ខអ្នកដទៃ",
        "How are you?",
        "smile",
    ),
    (
        "អរគុណ",
        "arkun",
        "ពាក្យដែលយើងនិយាយ ពេលមាននរណាម្នាក់ជួយ ឬឲ្យអ្វីមួយដល់យើង",
        "Thank you",
        "heart",
    ),
    ("លាហើយ", "lea haey", "ពាក្យដែលយើងនិយាយ ពេលយើងចាកចេញ", "Goodbye", ""),
    ("បាទ", "baat", "ពាក្យឆ្លើយទទួល ដែលក្មេងប្រុស និងបុរសនិយាយ", "Yes (said by boys and men)", ""),
    ("ចាស", "chaa", "ពាក្យឆ្លើយទទួល ដែលក្មេងស្រី និងស្ត្រីនិយាយ", "Yes (said by girls and women)", ""),
]

PICTURE_TEXT_KM = {
    "crow": "រូបក្អែក",
    "cow": "រូបគោ",
    "bee": "រូបឃ្មុំ",
    "bird": "រូបសត្វចាប",
    "cat": "រូបឆ្មា",
    "tree": "រូបដើមឈើ",
    "hand": "រូបដៃ",
    "table": "រូបតុ",
    "duck": "រូបទា",
    "cake": "រូបនំ",
    "ball": "រូបបាល់",
    "flower": "រូបផ្កា",
    "cloud": "រូបពពក",
    "mountain": "រូបភ្នំ",
    "car": "រូបរថយន្ត",
    "shirt": "រូបអាវ",
}

PICTURE_TEXT_EN = {
    "crow": "a crow",
    "cow": "a cow",
    "bee": "a bee",
    "bird": "a small bird",
    "cat": "a cat",
    "tree": "a tree",
    "hand": "a hand",
    "table": "a table",
    "duck": "a duck",
    "cake": "a cake",
    "ball": "a ball",
    "flower": "a flower",
    "cloud": "a cloud",
    "mountain": "a mountain",
    "car": "a car",
    "shirt": "a shirt",
}

ORDER_LETTERS_KM = "តម្រៀបអក្សរទាំងនេះតាមលំដាប់អក្ខរក្រម។"
ORDER_LETTERS_EN = "Put the letters in the order of the alphabet."
FIRST_LETTER_KM = "តើពាក្យនេះចាប់ផ្តើមដោយអក្សរអ្វី?"
FIRST_LETTER_EN = "Which letter does this word start with?"
MATCH_PICTURES_KM = "ផ្គូផ្គងរូបភាពនីមួយៗជាមួយពាក្យរបស់វា។"
MATCH_PICTURES_EN = "Match each picture with its word."

GROUP_TITLES_KM = ["ព្យញ្ជនៈ ១", "ព្យញ្ជនៈ ២", "ព្យញ្ជនៈ ៣", "ព្យញ្ជនៈ ៤", "ព្យញ្ជនៈ ៥", "ព្យញ្ជនៈ ៦"]
GROUP_SUMMARIES_KM = [
    "ព្យញ្ជនៈ ៥ តួដំបូង",
    "ព្យញ្ជនៈ ៥ តួបន្ទាប់",
    "ព្យញ្ជនៈ ៥ តួបន្ទាប់ទៀត",
    "ព្យញ្ជនៈ ៥ តួបន្ទាប់ទៀត",
    "ព្យញ្ជនៈ ៥ តួបន្ទាប់ទៀត",
    "ព្យញ្ជនៈ ៨ តួចុងក្រោយ",
]
GROUP_SUMMARIES_EN = [
    "The first five consonants",
    "Five more consonants",
    "Five more consonants",
    "Five more consonants",
    "Five more consonants",
    "The last eight consonants",
]


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


def consonant_steps(group):
    steps = [letter_card(*letter) for letter in group]
    pictured = [letter for letter in group if letter[2] and letter[4]]
    if pictured:
        letter, _name, word, _meaning, picture = pictured[len(pictured) // 2]
        others = [candidate[0] for candidate in group if candidate[0] != letter][:3]
        options = [candidate[0] for candidate in group if candidate[0] in {letter, *others}]
        steps.append(
            choice_exercise(
                FIRST_LETTER_KM,
                FIRST_LETTER_EN,
                [(candidate, candidate == letter) for candidate in options],
                prompt_khmer=word,
                picture=picture,
                alt=(PICTURE_TEXT_KM[picture], PICTURE_TEXT_EN[picture]),
            )
        )
    if len(pictured) >= 2:
        steps.append(
            matching_exercise(
                MATCH_PICTURES_KM,
                MATCH_PICTURES_EN,
                [
                    (word, picture, PICTURE_TEXT_KM[picture], PICTURE_TEXT_EN[picture])
                    for _letter, _name, word, _meaning, picture in pictured[:4]
                ],
            )
        )
    steps.append(
        ordering_exercise(ORDER_LETTERS_KM, ORDER_LETTERS_EN, [letter[0] for letter in group])
    )
    return steps


def number_steps():
    steps = [
        step(
            "letter_card",
            {
                "letter": khmer_number(number),
                "romanisation": romanisation,
                "example_word": word,
                "example_meaning": "",
                "audio": None,
                **empty_picture(),
            },
            {
                "letter": khmer_number(number),
                "romanisation": romanisation,
                "example_word": word,
                "example_meaning": f"{english} ({number})",
                "audio": None,
                **empty_picture(),
            },
        )
        for number, word, romanisation, english in NUMBERS
    ]
    steps.append(
        choice_exercise(
            "តើពាក្យនេះជាលេខអ្វី?",
            "Which number is this word?",
            [(khmer_number(n), n == 4) for n in (2, 4, 6, 8)],
            prompt_khmer="បួន",
        )
    )
    steps.append(
        matching_exercise(
            "ផ្គូផ្គងលេខនីមួយៗជាមួយពាក្យរបស់វា។",
            "Match each number with its word.",
            [
                ("បី", "", "លេខ ៣", "the number 3"),
                ("ប្រាំ", "", "លេខ ៥", "the number 5"),
                ("ប្រាំបី", "", "លេខ ៨", "the number 8"),
                ("ដប់", "", "លេខ ១០", "the number 10"),
            ],
        )
    )
    steps.append(
        ordering_exercise(
            "តម្រៀបពាក្យទាំងនេះ ពីលេខតូចទៅលេខធំ។",
            "Put these words in order, from the smallest number to the biggest.",
            ["មួយ", "ពីរ", "បី", "បួន", "ប្រាំ"],
        )
    )
    return steps


def greeting_steps():
    steps = [word_card(*greeting) for greeting in GREETINGS]
    steps.append(
        choice_exercise(
            "តើយើងនិយាយអ្វី ពេលមាននរណាម្នាក់ជួយយើង?",
            "What do you say when someone helps you?",
            [("ជំរាបសួរ", False), ("អរគុណ", True), ("លាហើយ", False)],
            picture="heart",
            alt=("រូបបេះដូង", "a heart"),
        )
    )
    steps.append(
        choice_exercise(
            "ក្មេងស្រីឆ្លើយទទួល។ តើនាងនិយាយពាក្យណា?",
            "A girl says yes. Which word does she say?",
            [("បាទ", False), ("ចាស", True)],
        )
    )
    steps.append(
        matching_exercise(
            "ផ្គូផ្គងពាក្យនីមួយៗជាមួយអត្ថន័យរបស់វា។",
            "Match each word with its meaning.",
            [
                ("ជំរាបសួរ", "wave", "ពេលជួបគ្នា", "Hello"),
                ("អរគុណ", "", "ពេលគេជួយយើង", "Thank you"),
                ("លាហើយ", "", "ពេលចាកចេញ", "Goodbye"),
            ],
        )
    )
    steps.append(
        ordering_exercise(
            "តម្រៀបពាក្យទាំងនេះ ដើម្បីសួរថា «សុខសប្បាយទេ?»",
            "Put the words in order to ask “How are you?”",
            ["សុខ", "សប្បាយ", "ទេ?"],
        )
    )
    return steps


def lessons():
    """(slug, km fields, en fields, steps) for each demo lesson, in path order."""
    result = []
    for number, group in enumerate(CONSONANT_GROUPS):
        letters = " ".join(letter[0] for letter in group)
        first, last = group[0], group[-1]
        result.append(
            (
                f"consonants-{number + 1}",
                {
                    "title": f"{GROUP_TITLES_KM[number]}៖ {first[0]} ដល់ {last[0]}",
                    "summary": GROUP_SUMMARIES_KM[number],
                },
                {
                    "title": f"Consonants {number + 1}: {first[1]} to {last[1]}",
                    "summary": GROUP_SUMMARIES_EN[number],
                },
                {"khmer_preview": letters, "picture": "letters"},
                consonant_steps(group),
            )
        )
    result.append(
        (
            "numbers",
            {"title": "លេខ ០ ដល់ ១០", "summary": "រាប់ពីសូន្យដល់ដប់"},
            {"title": "Numbers 0 to 10", "summary": "Count from zero to ten"},
            {"khmer_preview": "០ ១ ២ ៣", "picture": "numbers"},
            number_steps(),
        )
    )
    result.append(
        (
            "greetings",
            {"title": "ពាក្យសួរសុខទុក្ខ", "summary": "ជំរាបសួរ អរគុណ និងលាហើយ"},
            {"title": "Greetings", "summary": "Hello, thank you and goodbye"},
            {"khmer_preview": "ជំរាបសួរ", "picture": "wave"},
            greeting_steps(),
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
    home = HomePage.objects.get(depth=2, locale=locale_for("km"))
    index = ensure_page_in_km_and_en(home, LessonIndexPage, "lessons", km=INDEX_KM, en=INDEX_EN)
    for slug, km, en, shared, steps in lessons():
        ensure_page_in_km_and_en(
            index,
            LessonPage,
            slug,
            km={**km, **shared, "body": stream_data(slug, steps, "km")},
            en={**en, **shared, "body": stream_data(slug, steps, "en")},
        )
    if stdout is not None:
        stdout.write(f"  lessons: {len(lessons())} lessons")
    return index
