"""The steps a lesson is made of: cards that teach, and exercises that check.

Khmer being taught (letters, words) and its romanisation are the same in every translation
of a lesson, so they live in blocks wagtail-localize does not offer for translation; the
question, the meaning and the text alternatives of pictures are in the page's language and
are translated with the page.

Each exercise block carries its own answer key and checks a submitted answer (`check_answer`), so
the same rules serve the no-JavaScript path (plain GET forms answered by the server) and
the tests; static/js/lessons.js mirrors them in the browser for instant feedback.
"""

import random

from django.conf import settings
from django.core.exceptions import ValidationError
from django.templatetags.static import static
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock

from orientation.lessons.answers import AnswerResult
from orientation.lessons.pictures import PICTURES, picture_path

AUDIO_EXTENSIONS = ("mp3", "ogg", "m4a")
DEFAULT_AUDIO_MAX_BYTES = 2 * 1024 * 1024


def audio_max_bytes():
    return getattr(settings, "LESSON_AUDIO_MAX_BYTES", DEFAULT_AUDIO_MAX_BYTES)


def validate_lesson_audio(document):
    """A phone on 3G must be able to fetch the sound quickly, and every browser must play it."""
    extension = (document.file_extension or "").lower()
    if extension not in AUDIO_EXTENSIONS:
        raise ValidationError(
            _("Choose a sound file in one of these formats: %(formats)s."),
            params={"formats": ", ".join(AUDIO_EXTENSIONS)},
        )
    size = document.file_size
    if size is None:
        try:
            size = document.file.size
        except (OSError, ValueError):
            size = None
    limit = audio_max_bytes()
    if size is not None and size > limit:
        raise ValidationError(
            _("This sound file is too big (%(size)s KB). Keep it under %(limit)s KB."),
            params={"size": -(-size // 1024), "limit": limit // 1024},
        )


class UntranslatedCharBlock(blocks.CharBlock):
    """Text that must stay the same in every translation of the lesson."""

    def get_translatable_segments(self, value):
        return []

    def restore_translated_segments(self, value, segments):
        return value


class KhmerTextBlock(UntranslatedCharBlock):
    """Khmer being taught: shown in large type inside a lang="km" element."""


class LessonAudioBlock(DocumentChooserBlock):
    def clean(self, value):
        value = super().clean(value)
        if value is not None:
            validate_lesson_audio(value)
        return value


def photo_block():
    """Renditions sized for phones, in WebP, are made by the templates (srcset_image)."""
    return ImageChooserBlock(
        required=False, label=_("photo"), help_text=_("Shown instead of the drawing when chosen.")
    )


def drawing_block():
    return blocks.ChoiceBlock(
        choices=PICTURES,
        required=False,
        label=_("drawing"),
        help_text=_("One of the portal's simple drawings."),
    )


def sound_block():
    return LessonAudioBlock(required=False, label=_("sound (mp3, ogg or m4a)"))


def romanisation_block(max_length):
    # Optional on purpose: a wrong romanisation teaches a wrong sound.
    return UntranslatedCharBlock(
        required=False,
        max_length=max_length,
        label=_("romanisation"),
        help_text=_("Leave empty unless you are sure of it."),
    )


class PictureStructValue(blocks.StructValue):
    @property
    def picture_url(self):
        name = self.get("picture")
        return static(picture_path(name)) if name else ""

    @property
    def has_picture(self):
        return bool(self.get("image") or self.get("picture"))


class LetterCardBlock(blocks.StructBlock):
    letter = KhmerTextBlock(max_length=12, label=_("Khmer letter"))
    romanisation = romanisation_block(max_length=40)
    example_word = KhmerTextBlock(required=False, max_length=60, label=_("example word"))
    example_meaning = blocks.CharBlock(
        required=False,
        max_length=120,
        label=_("meaning of the example word"),
        help_text=_("In the page's language. Also read out to people who cannot see the picture."),
    )
    image = photo_block()
    picture = drawing_block()
    audio = sound_block()

    class Meta:
        icon = "bold"
        label = _("Letter card")
        template = "lessons/blocks/letter_card_block.html"
        value_class = PictureStructValue


class WordCardBlock(blocks.StructBlock):
    khmer = KhmerTextBlock(max_length=80, label=_("Khmer word or phrase"))
    romanisation = romanisation_block(max_length=80)
    meaning = blocks.CharBlock(
        max_length=200,
        label=_("meaning"),
        help_text=_("In the page's language. Also read out to people who cannot see the picture."),
    )
    image = photo_block()
    picture = drawing_block()
    audio = sound_block()

    class Meta:
        icon = "openquote"
        label = _("Word card")
        template = "lessons/blocks/word_card_block.html"
        value_class = PictureStructValue


def stable_shuffle(items, seed):
    """The same order on every request (the server checks what it showed) that is never the
    answer's own order when the items allow another."""
    order = list(range(len(items)))
    random.Random(seed).shuffle(order)
    if order == sorted(order) and len(order) > 1:
        order = order[1:] + order[:1]
    return order


def submitted_index(answers, name, count):
    """The index a form field names, or None for anything missing or tampered with."""
    raw = answers.get(name, "")
    if not isinstance(raw, str) or not raw.isascii() or not raw.isdigit() or len(raw) > 3:
        return None
    index = int(raw)
    return index if index < count else None


class ChoiceOptionBlock(blocks.StructBlock):
    khmer = KhmerTextBlock(required=False, max_length=60, label=_("Khmer text"))
    text = blocks.CharBlock(required=False, max_length=120, label=_("text in the page's language"))
    correct = blocks.BooleanBlock(required=False, label=_("this is the right answer"))

    class Meta:
        icon = "radio-full"
        label = _("Option")

    def clean(self, value):
        value = super().clean(value)
        if not value.get("khmer") and not value.get("text"):
            raise blocks.StructBlockValidationError(
                block_errors={
                    "khmer": ValidationError(_("Give the option a Khmer text or a text."))
                }
            )
        return value


class ChoiceExerciseBlock(blocks.StructBlock):
    """Pick the right answer: a letter, a word or a meaning."""

    question = blocks.CharBlock(max_length=200, label=_("question"))
    prompt_khmer = KhmerTextBlock(
        required=False, max_length=60, label=_("Khmer shown with the question")
    )
    image = photo_block()
    picture = drawing_block()
    picture_text = blocks.CharBlock(
        required=False,
        max_length=200,
        label=_("what the picture shows"),
        help_text=_("Read out to people who cannot see the picture."),
    )
    audio = sound_block()
    options = blocks.ListBlock(ChoiceOptionBlock(), min_num=2, max_num=6, label=_("options"))

    is_exercise = True

    class Meta:
        icon = "list-ul"
        label = _("Exercise: pick the right answer")
        template = "lessons/blocks/choice_exercise_block.html"
        value_class = PictureStructValue

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        correct = [option for option in value["options"] if option.get("correct")]
        if len(correct) != 1:
            errors["options"] = ValidationError(_("Mark exactly one option as the right answer."))
        if (value.get("image") or value.get("picture")) and not value.get("picture_text"):
            errors["picture_text"] = ValidationError(
                _("Say what the picture shows, for people who cannot see it.")
            )
        if errors:
            raise blocks.StructBlockValidationError(block_errors=errors)
        return value

    @staticmethod
    def correct_index(value):
        for index, option in enumerate(value["options"]):
            if option.get("correct"):
                return index
        return None

    def check_answer(self, value, answers):
        count = len(value["options"])
        chosen = submitted_index(answers, "answer", count)
        if chosen is None:
            return AnswerResult.empty(total=1)
        right = chosen == self.correct_index(value)
        return AnswerResult.of(right=int(right), total=1, chosen={"answer": chosen})

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        result = context.get("result")
        chosen = result.chosen.get("answer") if result else None
        context["options"] = [
            {"index": index, "value": option, "checked": index == chosen}
            for index, option in enumerate(value["options"])
        ]
        context["correct_index"] = self.correct_index(value)
        return context


class MatchPairBlock(blocks.StructBlock):
    khmer = KhmerTextBlock(max_length=60, label=_("Khmer word"))
    image = photo_block()
    picture = drawing_block()
    picture_text = blocks.CharBlock(
        max_length=200,
        label=_("what the picture shows"),
        help_text=_("Read out to people who cannot see the picture, and shown when there is none."),
    )

    class Meta:
        icon = "link"
        label = _("Word and picture")
        value_class = PictureStructValue


class MatchingExerciseBlock(blocks.StructBlock):
    """Match each picture with its Khmer word."""

    question = blocks.CharBlock(max_length=200, label=_("question"))
    pairs = blocks.ListBlock(MatchPairBlock(), min_num=2, max_num=6, label=_("pairs"))

    is_exercise = True

    class Meta:
        icon = "link"
        label = _("Exercise: match words and pictures")
        template = "lessons/blocks/matching_exercise_block.html"
        value_class = PictureStructValue

    def clean(self, value):
        value = super().clean(value)
        words = [pair["khmer"] for pair in value["pairs"]]
        if len(set(words)) != len(words):
            raise blocks.StructBlockValidationError(
                block_errors={"pairs": ValidationError(_("Each Khmer word may appear only once."))}
            )
        return value

    def check_answer(self, value, answers):
        count = len(value["pairs"])
        chosen = {}
        for row in range(count):
            index = submitted_index(answers, f"match-{row}", count)
            if index is not None:
                chosen[f"match-{row}"] = index
        if not chosen:
            return AnswerResult.empty(total=count)
        right = sum(1 for row in range(count) if chosen.get(f"match-{row}") == row)
        return AnswerResult.of(right=right, total=count, chosen=chosen)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        result = context.get("result")
        pairs = list(value["pairs"])
        word_order = stable_shuffle(
            [pair["khmer"] for pair in pairs], seed="|".join(pair["khmer"] for pair in pairs)
        )
        rows = []
        for row, pair in enumerate(pairs):
            chosen = result.chosen.get(f"match-{row}") if result else None
            rows.append(
                {
                    "number": row,
                    "pair": pair,
                    "right": chosen == row if chosen is not None else None,
                    "words": [
                        {"index": index, "khmer": pairs[index]["khmer"], "checked": index == chosen}
                        for index in word_order
                    ],
                }
            )
        context["rows"] = rows
        return context


class OrderingExerciseBlock(blocks.StructBlock):
    """Put letters (or syllables, or words) in the right order."""

    question = blocks.CharBlock(max_length=200, label=_("question"))
    items = blocks.ListBlock(
        KhmerTextBlock(max_length=40, label=_("Khmer text")),
        min_num=2,
        max_num=8,
        label=_("in the right order"),
    )

    is_exercise = True

    class Meta:
        icon = "order"
        label = _("Exercise: put in order")
        template = "lessons/blocks/ordering_exercise_block.html"
        value_class = PictureStructValue

    def clean(self, value):
        value = super().clean(value)
        if len(set(value["items"])) < 2:
            raise blocks.StructBlockValidationError(
                block_errors={"items": ValidationError(_("Give at least two different items."))}
            )
        return value

    def check_answer(self, value, answers):
        items = list(value["items"])
        count = len(items)
        chosen = {}
        for place in range(count):
            index = submitted_index(answers, f"place-{place}", count)
            if index is not None:
                chosen[f"place-{place}"] = index
        if not chosen:
            return AnswerResult.empty(total=count)
        # Compared by text, so a letter that appears twice may fill either of its places.
        right = sum(
            1
            for place in range(count)
            if f"place-{place}" in chosen and items[chosen[f"place-{place}"]] == items[place]
        )
        return AnswerResult.of(right=right, total=count, chosen=chosen)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        result = context.get("result")
        items = list(value["items"])
        order = stable_shuffle(items, seed="|".join(items))
        context["tiles"] = [{"index": index, "khmer": items[index]} for index in order]
        places = []
        for place in range(len(items)):
            chosen = result.chosen.get(f"place-{place}") if result else None
            places.append(
                {
                    "number": place,
                    "expected": items[place],
                    "right": (items[chosen] == items[place]) if chosen is not None else None,
                    "options": [
                        {"index": index, "khmer": items[index], "checked": index == chosen}
                        for index in order
                    ],
                }
            )
        context["places"] = places
        return context


class LessonStepBlock(blocks.StreamBlock):
    letter_card = LetterCardBlock()
    word_card = WordCardBlock()
    choice_exercise = ChoiceExerciseBlock()
    matching_exercise = MatchingExerciseBlock()
    ordering_exercise = OrderingExerciseBlock()
    paragraph = blocks.RichTextBlock(
        features=["bold", "italic", "link", "ol", "ul"],
        template="blocks/paragraph_block.html",
        label=_("Paragraph"),
    )
