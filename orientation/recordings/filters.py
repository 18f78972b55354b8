"""The report's filters in Wagtail's filter panel. Rows are built in Python from the pages'
blocks, so the filter set only hands its values to the view (`chosen()`)."""

import django_filters
from django.utils.translation import gettext_lazy as _

from .models import Recording
from .selectors import MISSING, RECORDED, slot_pages

STATUSES = [(MISSING, _("No recording yet")), (RECORDED, _("Recorded"))]


class RecordingReportFilterSet(django_filters.FilterSet):
    page = django_filters.ChoiceFilter(
        label=_("Page"), choices=slot_pages, empty_label=_("All pages")
    )
    kind = django_filters.ChoiceFilter(
        label=_("Kind"), choices=Recording.KINDS, empty_label=_("All kinds")
    )
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=STATUSES, empty_label=_("Any status")
    )

    class Meta:
        model = Recording
        fields = []

    def filter_queryset(self, rows):
        return rows

    def chosen(self):
        if not self.is_valid():
            return {}
        data = self.form.cleaned_data
        return {name: data.get(name) or None for name in ("page", "kind", "status")}
