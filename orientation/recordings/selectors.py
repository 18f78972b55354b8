"""Reads: which slots exist, which have a recording, and the report's rows."""

from dataclasses import dataclass

from orientation.core.content_generation import until_content_changes
from orientation.core.recording_slots import all_recording_slots

from .models import Recording

RECORDED = "recorded"
MISSING = "missing"


@dataclass
class SlotRow:
    slot: object
    recording: Recording | None

    @property
    def status(self):
        return RECORDED if (self.recording or self.slot.chosen_audio_url) else MISSING

    @property
    def audio_url(self):
        return self.recording.url if self.recording else self.slot.chosen_audio_url


def slot_rows(slots=None):
    slots = all_recording_slots() if slots is None else slots
    recordings = Recording.objects.in_bulk([slot.key for slot in slots], field_name="slot_key")
    return [SlotRow(slot, recordings.get(slot.key)) for slot in slots]


def filtered_rows(translation_key=None, kind=None, status=None):
    rows = slot_rows()
    if translation_key:
        rows = [row for row in rows if str(row.slot.page.translation_key) == translation_key]
    if kind:
        rows = [row for row in rows if row.slot.kind == kind]
    if status:
        rows = [row for row in rows if row.status == status]
    return rows


def missing_count(rows):
    return sum(1 for row in rows if row.status == MISSING)


def slot_for_key(key):
    return next((slot for slot in all_recording_slots() if slot.key == key), None)


def slot_pages():
    """(translation key, title) of every page with a slot, for the report's filter."""
    pages = {}
    for slot in all_recording_slots():
        pages.setdefault(str(slot.page.translation_key), slot.page.title)
    return sorted(pages.items(), key=lambda item: item[1])


def counts_by_kind(rows):
    """{kind: (slots, recorded)}."""
    counts = {}
    for row in rows:
        total, recorded = counts.get(row.slot.kind, (0, 0))
        counts[row.slot.kind] = (total + 1, recorded + (row.status == RECORDED))
    return counts


def recordings_for(translation_key):
    """{slot key: recording} of one page (the public page's lookups): one query per page
    and content generation (a recording saved starts a new one)."""
    return until_content_changes(
        f"recordings:{translation_key}",
        lambda: {
            recording.slot_key: recording
            for recording in Recording.objects.filter(translation_key=translation_key)
        },
    )
