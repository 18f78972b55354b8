from django.shortcuts import render
from django.utils.translation import gettext as _

from .forms import DirectoryFilterForm
from .selectors import filter_choices, organisations_for_reader

FILTER_NAMES = ("destination", "service", "language")


def directory(request):
    choices = filter_choices()
    is_filtering = any(request.GET.get(name) for name in FILTER_NAMES)
    form = DirectoryFilterForm(request.GET if is_filtering else None, **choices)
    # A filter with an unknown value is reported on the form; the valid ones still apply.
    destination, service, language = form.selected()
    context = {
        "form": form,
        "organisations": organisations_for_reader(destination, service, language),
        "is_filtered": any((destination, service, language)),
        "alert_destination": destination,
        "og_title": _("Help and support"),
        "og_description": _(
            "Organisations that help migrant workers: NGOs, hotlines, shelters, legal aid, "
            "embassies and labour counsellors."
        ),
    }
    return render(request, "resources/directory.html", context)
