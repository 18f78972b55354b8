"""Writes: keeping a recording for a slot (a redo replaces the file)."""

from django.core.files.base import ContentFile
from django.db import transaction

from .audio import audio_extension
from .models import Recording


def keep_recording(slot, uploaded, transcript, user):
    """Stores ``uploaded`` as the recording of ``slot`` (a ValidationError when it is not
    a small audio file). The file it replaces is deleted once the new one is saved."""
    extension = audio_extension(uploaded)
    uploaded.seek(0)
    content = ContentFile(uploaded.read())
    with transaction.atomic():
        recording = Recording.objects.select_for_update().filter(
            slot_key=slot.key
        ).first() or Recording(slot_key=slot.key)
        old_file = recording.audio.name if recording.pk else ""
        recording.translation_key = slot.page.translation_key
        recording.kind = slot.kind
        recording.language = slot.language
        recording.transcript = transcript.strip()
        recording.recorded_by = user
        recording.size = content.size
        recording.audio.save(f"recording.{extension}", content, save=False)
        recording.save()
    if old_file and old_file != recording.audio.name:
        recording.audio.storage.delete(old_file)
    return recording
