from django import forms
from django.utils.translation import gettext_lazy as _


class DirectoryFilterForm(forms.Form):
    """The directory's GET filter form. Choices are given by the view (one query each) so
    the form never queries by itself; an unknown value is an error shown to the reader,
    never a 500."""

    destination = forms.ChoiceField(label=_("Destination"), required=False)
    service = forms.ChoiceField(label=_("Service"), required=False)
    language = forms.ChoiceField(label=_("Language spoken"), required=False)

    def __init__(self, *args, destinations=(), services=(), languages=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.destinations = {destination.slug: destination for destination in destinations}
        self.services = {service.slug: service for service in services}
        self.languages = {language.code: language for language in languages}
        any_choice = [("", _("Any"))]
        self.fields["destination"].choices = any_choice + [
            (destination.slug, destination.name) for destination in destinations
        ]
        self.fields["service"].choices = any_choice + [
            (service.slug, service.name) for service in services
        ]
        self.fields["language"].choices = any_choice + [
            (language.code, language.name_native) for language in languages
        ]

    def selected(self):
        """The chosen Destination, Service and SpokenLanguage objects (None when not chosen)."""
        if not self.is_bound:
            return None, None, None
        self.is_valid()
        data = self.cleaned_data
        return (
            self.destinations.get(data.get("destination") or ""),
            self.services.get(data.get("service") or ""),
            self.languages.get(data.get("language") or ""),
        )
