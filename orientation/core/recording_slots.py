"""The places on the site that can hold a recording ("slots"), gathered from every area.

An area that has something to be read aloud registers a function with Wagtail's hooks that
yields `RecordingSlot`s (destinations: guide sections and "show this" sentences; lessons:
letters, words and exercises). The recordings area lists them for editors and stores one
recording per slot key; it never imports the areas, and they never import it.

A slot key names what is said, not where a copy of it sits: the page's translation key (the
same in every language tree), the StreamField block id (kept by wagtail-localize in the
translations), an optional child id (a sentence of a card) and the language spoken.
"""

from dataclasses import dataclass

from wagtail import hooks

RECORDING_SLOTS_HOOK = "recording_slots"


def slot_key(translation_key, block_id, child_id=None, language="km"):
    parts = [str(translation_key), str(block_id)]
    if child_id:
        parts.append(str(child_id))
    return ":".join(parts) + "@" + language


@dataclass
class RecordingSlot:
    kind: str  # one of SLOT_KINDS
    page: object  # the specific page the slot was found on
    block_id: str
    language: str  # the language spoken in the recording
    label: str  # what the editor sees in the report: a heading, a letter, a sentence
    transcript: str  # the text to read aloud (the suggested transcript)
    child_id: str = ""
    # A sound file an editor already chose in the page itself (a document), if any.
    chosen_audio_url: str = ""

    @property
    def key(self):
        return slot_key(self.page.translation_key, self.block_id, self.child_id, self.language)


def all_recording_slots():
    """Every slot of every area, once each (the first area to name a key wins), in the
    order the areas yield them."""
    seen, slots = set(), []
    for function in hooks.get_hooks(RECORDING_SLOTS_HOOK):
        for slot in function():
            if slot.key not in seen:
                seen.add(slot.key)
                slots.append(slot)
    return slots
