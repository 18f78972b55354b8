"""The translation report's filters, shown in Wagtail's own filter panel. The report's rows
are built in Python (selectors.translation_report), not a queryset, so the filter set hands
its values to the view rather than filtering a queryset itself."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page

from orientation.core.catalogues import translated_languages
from orientation.core.languages import native_name

from .selectors import TRANSLATION_STATUSES


def target_languages():
    source = Locale.get_default()
    return [
        (locale.language_code, locale.get_display_name())
        for locale in Locale.objects.exclude(pk=source.pk).order_by("language_code")
    ]


class TranslationReportFilterSet(django_filters.FilterSet):
    locale = django_filters.ChoiceFilter(
        label=_("Language"), choices=target_languages, empty_label=_("All languages")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=list(TRANSLATION_STATUSES.items()), empty_label=_("Any status")
    )

    class Meta:
        model = Page
        fields = []

    def filter_queryset(self, rows):
        return rows  # applied by selectors.translation_report, from `chosen()`

    def chosen(self):
        """(Locale or None, status or None) from the request, invalid values ignored."""
        if not self.is_valid():
            return None, None
        data = self.form.cleaned_data
        locale = Locale.objects.filter(language_code=data.get("locale") or "").first()
        return locale, data.get("status") or None


def interface_languages():
    return [(code, native_name(code)) for code in translated_languages()]


class InterfaceTranslationFilterSet(django_filters.FilterSet):
    """The drafted interface translations of one language; rows are catalogue entries."""

    language = django_filters.ChoiceFilter(
        label=_("Language"), choices=interface_languages, empty_label=_("All languages")
    )

    class Meta:
        model = Page
        fields = []

    def filter_queryset(self, rows):
        language = self.form.cleaned_data.get("language")
        return [row for row in rows if row.language == language] if language else rows
