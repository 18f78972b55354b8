"""Every guide section, "show this" sentence and lesson step has a slot with its text."""

from orientation.core.recording_slots import all_recording_slots
from tests.lessons.factories import LETTER_ID, ORDERING_ID, WORD_ID

from .factories import CARD, SECTION_ONE, SECTION_TWO, SENTENCE_ONE, SENTENCE_TWO


def by_kind(slots, kind):
    return [slot for slot in slots if slot.kind == kind]


def test_a_guide_has_a_slot_per_section_and_per_sentence(guide):
    slots = all_recording_slots()
    sections = [slot for slot in by_kind(slots, "section") if slot.language == "km"]
    assert [slot.block_id for slot in sections] == [SECTION_ONE, SECTION_TWO]
    assert sections[0].transcript == "Before you go\nBring your passport.\nPrepare your documents."
    assert sections[1].transcript == "At work\nKeep your contract."
    sentences = by_kind(slots, "show_this_sentence")
    assert [(slot.block_id, slot.child_id) for slot in sentences] == [
        (CARD, SENTENCE_ONE),
        (CARD, SENTENCE_TWO),
    ]
    # Said in the destination's language, the same in every translation: listed once.
    assert {slot.language for slot in sentences} == {"th"}
    assert sentences[0].transcript == "ฉันต้องการความช่วยเหลือ"


def test_aliases_have_no_slots_of_their_own(guide):
    # synced_trees made an alias of the guide in every other locale: nothing to read there.
    assert {slot.page.pk for slot in all_recording_slots()} == {guide.pk}


def test_slot_keys_are_unique_and_name_the_language(guide):
    keys = [slot.key for slot in all_recording_slots()]
    assert len(keys) == len(set(keys))
    assert f"{guide.translation_key}:{CARD}:{SENTENCE_ONE}@th" in keys
    assert f"{guide.translation_key}:{SECTION_ONE}@km" in keys


def test_every_lesson_step_has_a_khmer_slot(lesson):
    slots = [slot for slot in all_recording_slots() if slot.page.pk == lesson.pk]
    kinds = {slot.block_id: slot.kind for slot in slots}
    assert kinds[LETTER_ID] == "letter"
    assert kinds[WORD_ID] == "word"
    assert kinds[ORDERING_ID] == "exercise"
    assert len(slots) == 5
    assert {slot.language for slot in slots} == {"km"}
    letter = next(slot for slot in slots if slot.block_id == LETTER_ID)
    assert letter.transcript == "ឆ ឆ្មា"
