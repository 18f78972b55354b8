"""The guide's places for a recording: each section (read aloud in the guide's language) and
each "show this" sentence (said in the destination's language, the same in every translation
of the guide, so it is listed once, from the source language's guide)."""

from django.utils.html import strip_tags
from wagtail.models import Locale

from orientation.core.recording_slots import RecordingSlot

from .models import DestinationGuidePage

SECTION = "section"
SHOW_THIS_SENTENCE = "show_this_sentence"


def section_transcript(value):
    parts = [value.get("heading") or "", value.get("answer") or ""]
    body = value.get("body")
    if body:
        parts.append(strip_tags(body.source).strip())
    return "\n".join(part for part in parts if part)


def document_url(document):
    return document.url if document else ""


def guide_recording_slots():
    source_locale_id = Locale.get_default().pk
    pages = (
        DestinationGuidePage.objects.filter(alias_of__isnull=True)
        .select_related("destination", "locale")
        .order_by("destination__sort_order", "destination__slug", "locale__language_code")
    )
    for page in pages:
        for block in page.body:
            if block.block_type == "section":
                yield RecordingSlot(
                    kind=SECTION,
                    page=page,
                    block_id=block.id,
                    language=page.locale.language_code,
                    label=block.value.get("heading") or "",
                    transcript=section_transcript(block.value),
                    chosen_audio_url=document_url(block.value.get("audio")),
                )
            elif block.block_type == "show_this" and page.locale_id == source_locale_id:
                for sentence in block.value.get("sentences").bound_blocks:
                    yield RecordingSlot(
                        kind=SHOW_THIS_SENTENCE,
                        page=page,
                        block_id=block.id,
                        child_id=sentence.id,
                        language=page.destination.local_language_code,
                        label=sentence.value.get("khmer") or "",
                        transcript=sentence.value.get("local") or "",
                    )
