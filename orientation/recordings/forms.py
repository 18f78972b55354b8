from django import forms
from django.utils.functional import lazy
from django.utils.translation import gettext_lazy as _

from .audio import FORMATS, audio_extension


class RecordingForm(forms.Form):
    audio = forms.FileField(
        label=_("Sound file"),
        required=False,
        # Formatted when shown, in the editor's language (not once, at import).
        help_text=lazy(lambda: _("Formats: %(formats)s.") % {"formats": FORMATS}, str)(),
        widget=forms.ClearableFileInput(attrs={"accept": "audio/*"}),
    )
    transcript = forms.CharField(
        label=_("What is said"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Readers who cannot listen read this instead."),
    )

    def clean_audio(self):
        uploaded = self.cleaned_data.get("audio")
        audio_extension(uploaded)  # a ValidationError in the editor's language
        return uploaded
