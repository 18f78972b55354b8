"""The public pages' recordings: `{% recording_for page block_id child_id language as rec %}`
gives the slot's recording (or None). A page's recordings are read once, in one query, and
kept on the page object for the rest of the render."""

from django import template

from orientation.core.recording_slots import slot_key

from ..models import Recording
from ..selectors import recordings_for

register = template.Library()


@register.simple_tag
def recording_for(page, block_id, child_id="", language=""):
    if page is None or not getattr(page, "translation_key", None):
        return None
    recordings = getattr(page, "_recordings_by_key", None)
    if recordings is None:
        recordings = recordings_for(page.translation_key)
        page._recordings_by_key = recordings
    language = language or page.locale.language_code
    return recordings.get(slot_key(page.translation_key, block_id, child_id, language))


@register.filter
def kind_label(kind):
    return dict(Recording.KINDS).get(kind, kind)
