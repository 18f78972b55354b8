"""The lessons' places for a recording: every letter, word and exercise, said in Khmer by a
Khmer speaker. The Khmer is the same in every translation of a lesson, so each is listed
once, from the source language's lesson."""

from wagtail.models import Locale

from orientation.core.recording_slots import RecordingSlot

from .models import LessonPage

LETTER = "letter"
WORD = "word"
EXERCISE = "exercise"

KINDS = {
    "letter_card": LETTER,
    "word_card": WORD,
    "choice_exercise": EXERCISE,
    "matching_exercise": EXERCISE,
    "ordering_exercise": EXERCISE,
}


def what_is_said(block_type, value):
    """(label, transcript): the Khmer a child hears for this step."""
    if block_type == "letter_card":
        words = [value.get("letter"), value.get("example_word")]
        return value.get("letter"), " ".join(word for word in words if word)
    if block_type == "word_card":
        return value.get("khmer"), value.get("khmer")
    if block_type == "choice_exercise":
        return value.get("question"), value.get("prompt_khmer") or value.get("question")
    if block_type == "matching_exercise":
        words = " ".join(pair.get("khmer") or "" for pair in value.get("pairs"))
        return value.get("question"), words
    items = value.get("items") or []
    words = " ".join(item if isinstance(item, str) else str(item) for item in items)
    return value.get("question"), words


def lesson_recording_slots():
    pages = (
        LessonPage.objects.filter(alias_of__isnull=True, locale=Locale.get_default())
        .select_related("locale")
        .order_by("path")
    )
    for page in pages:
        for block in page.body:
            kind = KINDS.get(block.block_type)
            if kind is None:
                continue
            label, transcript = what_is_said(block.block_type, block.value)
            audio = block.value.get("audio")
            yield RecordingSlot(
                kind=kind,
                page=page,
                block_id=block.id,
                language="km",
                label=label or "",
                transcript=transcript or "",
                chosen_audio_url=audio.url if audio else "",
            )
