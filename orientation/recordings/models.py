import uuid

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


def recording_path(instance, filename):
    """A new name for every file: a phone that saved the old one offline never gets it
    mixed up with a redo."""
    extension = filename.rsplit(".", 1)[-1] if "." in filename else "webm"
    return f"recordings/{uuid.uuid4().hex}.{extension}"


class Recording(models.Model):
    """Someone reading one slot aloud (orientation/core/recording_slots.py): a guide section,
    a "show this" sentence, a lesson's letter, word or exercise. One per slot; a redo
    replaces it. Public media: what is said is already on the public page."""

    KINDS = [
        ("section", _("Guide section")),
        ("show_this_sentence", _("'Show this' sentence")),
        ("letter", _("Letter")),
        ("word", _("Word")),
        ("exercise", _("Exercise")),
    ]

    slot_key = models.CharField(_("slot"), max_length=200, unique=True)
    translation_key = models.UUIDField(_("page"), db_index=True)
    kind = models.CharField(_("kind"), max_length=30, choices=KINDS)
    language = models.CharField(_("language spoken"), max_length=10)
    audio = models.FileField(_("recording"), upload_to=recording_path, max_length=200)
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    transcript = models.TextField(_("what is said"), blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recorded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    recorded_at = models.DateTimeField(_("recorded at"), auto_now=True)

    class Meta:
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")

    def __str__(self):
        return self.slot_key

    @property
    def url(self):
        return self.audio.url
