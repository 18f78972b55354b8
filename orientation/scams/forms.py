from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm


class AgencyAdminForm(WagtailAdminModelForm):
    """The admin form, with the reason kept in the status history when the status changes."""

    status_change_reason = forms.CharField(
        label=_("reason for a status change"),
        required=False,
        max_length=500,
        help_text=_("Kept in the agency's public status history, e.g. 'Ministry decision'."),
    )


class AgencySearchForm(forms.Form):
    """Only for the label and the typed value: the search itself never rejects input."""

    q = forms.CharField(label=_("Agency name or licence number"), required=False)
