"""The officers' search and filters, once: the complaint list and the figures export read the
same parameters, applied to a queryset that has already been limited by
Complaint.objects.visible_to (an officer can filter only inside their own destinations)."""

from datetime import timedelta

from django import forms
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .models import Category, Status
from .selectors import normalise_reference

AGE_FILTERS = {
    "1d": timedelta(days=1),
    "7d": timedelta(days=7),
    "30d": timedelta(days=30),
}

STATUS_OPEN = "open"
STATUS_ALL = "all"


class ComplaintFilterForm(forms.Form):
    """GET parameters of the list. Every field is optional; an invalid value (a forged
    destination, a date that is not one) is ignored rather than showing nothing."""

    q = forms.CharField(required=False, max_length=40)
    status = forms.ChoiceField(required=False)
    destination = forms.ChoiceField(required=False)
    category = forms.ChoiceField(required=False, choices=[("", ""), *Category.choices])
    received_from = forms.DateField(required=False)
    received_to = forms.DateField(required=False)
    age = forms.ChoiceField(required=False, choices=[("", "")] + [(k, k) for k in AGE_FILTERS])
    new_info = forms.BooleanField(required=False)
    assigned = forms.ChoiceField(
        required=False, choices=[("", ""), ("me", "me"), ("nobody", "nobody")]
    )

    def __init__(self, data=None, *, destinations, default_status=STATUS_OPEN):
        data = data.copy() if data is not None else {}
        if not data.get("status"):
            data["status"] = default_status
        super().__init__(data)
        self.fields["status"].choices = [(STATUS_OPEN, ""), (STATUS_ALL, ""), *Status.choices]
        self.fields["destination"].choices = [("", ""), *((d.slug, d.slug) for d in destinations)]

    def values(self):
        """The cleaned filters, invalid ones dropped (each field is checked on its own)."""
        self.is_valid()
        cleaned = dict(self.cleaned_data)
        for name in self.errors:
            cleaned[name] = self.fields[name].initial or None
        if not cleaned.get("status"):
            cleaned["status"] = STATUS_OPEN
        return cleaned

    def apply(self, complaints, user):
        values = self.values()
        status = values["status"]
        if status == STATUS_OPEN:
            complaints = complaints.open()
        elif status in Status.values:
            complaints = complaints.filter(status=status)
        if values.get("destination"):
            complaints = complaints.filter(destination__slug=values["destination"])
        if values.get("category"):
            complaints = complaints.filter(categories__contains=f",{values['category']},")
        if values.get("received_from"):
            complaints = complaints.filter(created_at__date__gte=values["received_from"])
        if values.get("received_to"):
            complaints = complaints.filter(created_at__date__lte=values["received_to"])
        if values.get("age") in AGE_FILTERS:
            complaints = complaints.filter(
                created_at__gte=timezone.now() - AGE_FILTERS[values["age"]]
            )
        if values.get("new_info"):
            complaints = complaints.filter(new_information_at__isnull=False)
        if values.get("assigned") == "me":
            complaints = complaints.filter(assigned_to=user)
        elif values.get("assigned") == "nobody":
            complaints = complaints.filter(assigned_to__isnull=True)
        query = (values.get("q") or "").strip()
        if query:
            complaints = complaints.filter(
                Q(reference=normalise_reference(query)) | Q(reference__icontains=query.upper())
            )
        return complaints

    def as_query_items(self):
        """The filters as they came (valid ones only) for links: pages, export."""
        values = self.values()
        items = []
        for name in self.fields:
            value = values.get(name)
            if value in (None, "", False):
                continue
            if value is True:
                value = "1"
            items.append((name, value.isoformat() if hasattr(value, "isoformat") else value))
        return items


AGE_CHOICES = [
    ("1d", _("Last 24 hours")),
    ("7d", _("Last 7 days")),
    ("30d", _("Last 30 days")),
]
