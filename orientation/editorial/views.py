"""Admin views of the editorial side: three reports and "translate a destination". Thin:
the reads are in selectors.py, the writes in services.py."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from . import selectors, services
from .access import is_editorial_user
from .filters import TranslationReportFilterSet


class EditorialReportView(ReportView):
    header_icon = "doc-full"
    paginate_by = 100

    def dispatch(self, request, *args, **kwargs):
        if not is_editorial_user(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class DueForReviewView(EditorialReportView):
    page_title = _("Due for review")
    header_icon = "time"
    index_url_name = "editorial:due_for_review"
    index_results_url_name = "editorial:due_for_review_results"
    results_template_name = "editorial/reports/due_for_review_results.html"
    no_results_message = _("No page is due for review.")

    def get_queryset(self):
        within = self.request.GET.get("within", "0")
        within_days = int(within) if within.isdigit() else 0
        return selectors.due_for_review(within_days=min(within_days, 365))

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["today"] = timezone.localdate()
        return context


class ToBeConfirmedView(EditorialReportView):
    page_title = _("To be confirmed")
    header_icon = "warning"
    index_url_name = "editorial:to_be_confirmed"
    index_results_url_name = "editorial:to_be_confirmed_results"
    results_template_name = "editorial/reports/to_be_confirmed_results.html"
    no_results_message = _("Every fact on the site has been confirmed.")

    def get_queryset(self):
        return selectors.unconfirmed_content()


class TranslationStatusView(EditorialReportView):
    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "editorial:translation_status"
    index_results_url_name = "editorial:translation_status_results"
    results_template_name = "editorial/reports/translation_status_results.html"
    no_results_message = _("No page matches these filters.")
    filterset_class = TranslationReportFilterSet

    def get_queryset(self):
        locale, status = self.filters.chosen()
        self.locales, rows = selectors.translation_report([locale] if locale else None, status)
        return rows

    # The spreadsheet: the source page's title, then one column per language.
    @property
    def list_export(self):
        codes = [locale.language_code for locale in getattr(self, "locales", [])]
        return ["source_title", *(f"by_language.{code}" for code in codes)]

    @property
    def export_headings(self):
        headings = {"source_title": _("Source page")}
        for locale in getattr(self, "locales", []):
            headings[f"by_language.{locale.language_code}"] = locale.get_display_name()
        return headings

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["locales"] = self.locales
        return context


class TranslateBundleForm(forms.Form):
    locales = forms.ModelMultipleChoiceField(
        queryset=Locale.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        label=_("Translate into"),
    )

    def __init__(self, *args, source_locale, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locales"].queryset = Locale.objects.exclude(pk=source_locale.pk).order_by(
            "language_code"
        )


def translate_destination(request, page_id):
    """Send a page and everything that belongs with it (the pages under it and, for a
    destination guide, every page naming its destination) for translation at once."""
    if not is_editorial_user(request.user) or not request.user.has_perm(
        "wagtail_localize.submit_translation"
    ):
        raise PermissionDenied
    page = get_object_or_404(Page, pk=page_id).specific
    if page.alias_of_id:
        page = page.alias_of.specific
    pages = services.pages_of_destination(page)
    form = TranslateBundleForm(request.POST or None, source_locale=page.locale)
    if request.method == "POST" and form.is_valid():
        locales = form.cleaned_data["locales"]
        services.submit_for_translation(pages, locales, user=request.user)
        messages.success(
            request,
            _("%(count)d pages sent for translation into %(languages)s.")
            % {
                "count": len(pages),
                "languages": ", ".join(str(locale.get_display_name()) for locale in locales),
            },
        )
        return redirect(reverse("editorial:translation_status"))
    return TemplateResponse(
        request,
        "editorial/translate_destination.html",
        {"page": page, "pages": pages, "form": form, "page_title": _("Translate")},
    )
