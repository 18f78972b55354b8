"""What a recording file may be: small (a phone on 3G fetches it), and audio that phones
play, checked by the file's content (its first bytes), never by its name or the browser's
word for it."""

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

DEFAULT_MAX_BYTES = 3 * 1024 * 1024
# filetype's name for each accepted content -> the extension the stored file gets. A
# browser's own recording is WebM/Opus (Chromium, Firefox) or MP4/AAC (Safari); filetype
# names the WebM and MP4 containers as video, whatever they hold.
ACCEPTED = {"webm": "webm", "ogg": "ogg", "opus": "ogg", "mp3": "mp3", "m4a": "m4a", "mp4": "m4a"}
FORMATS = "webm, ogg, mp3, m4a"
HEADER_BYTES = 262


def max_bytes():
    return getattr(settings, "RECORDING_MAX_BYTES", DEFAULT_MAX_BYTES)


def audio_extension(uploaded):
    """The extension to store ``uploaded`` under, or a ValidationError saying what is wrong."""
    if uploaded is None or not uploaded.size:
        raise ValidationError(_("Choose a sound file, or record one."), code="empty")
    limit = max_bytes()
    if uploaded.size > limit:
        raise ValidationError(
            _("This sound file is too big (%(size)s KB). Keep it under %(limit)s KB."),
            code="too_big",
            params={"size": -(-uploaded.size // 1024), "limit": limit // 1024},
        )
    uploaded.seek(0)
    header = uploaded.read(HEADER_BYTES)
    uploaded.seek(0)
    kind = filetype.guess(header)
    extension = ACCEPTED.get(kind.extension) if kind else None
    if extension is None:
        raise ValidationError(
            _("This is not a sound file we can play. Use one of these formats: %(formats)s."),
            code="not_audio",
            params={"formats": FORMATS},
        )
    return extension
