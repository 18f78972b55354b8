"""Admin views of the editorial side: four reports, "translate a destination" and a
translation's review and sync. Thin: the reads are in selectors.py, the writes in services.py
and translation_review.py."""

from django import forms
from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation
from wagtail_localize.views import update_translations

from orientation.core import catalogues
from orientation.core.languages import native_name

from . import selectors, services, translation_review
from .access import is_editorial_user
from .filters import InterfaceTranslationFilterSet, TranslationReportFilterSet


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


class InterfaceTranslationsView(EditorialReportView):
    """The interface text drafted in the other languages and not yet checked by a native
    speaker (issue 18): how many per language, and each one (catalogue, text, draft)."""

    page_title = _("Interface translations awaiting review")
    header_icon = "globe"
    index_url_name = "editorial:interface_translations"
    index_results_url_name = "editorial:interface_translations_results"
    results_template_name = "editorial/reports/interface_translations_results.html"
    no_results_message = _("No interface translation is awaiting review.")
    filterset_class = InterfaceTranslationFilterSet

    def get_queryset(self):
        self.drafted = catalogues.drafted_entries()
        return self.drafted

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        counts = dict.fromkeys(catalogues.translated_languages(), 0)
        for entry in self.drafted:
            counts[entry.language] += 1
        context["drafted_by_language"] = [
            {"code": code, "name": native_name(code), "count": count}
            for code, count in counts.items()
        ]
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


def _translated_object(request, translation_id, allowed):
    """The translated page or snippet behind a wagtail-localize translation, if the user may."""
    translation = get_object_or_404(
        Translation.objects.select_related("source__locale", "target_locale"),
        pk=translation_id,
        enabled=True,
    )
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    if not translation_review.has_review(instance) or not allowed(request.user, instance):
        raise PermissionDenied
    return translation, instance


def _names(translation, instance):
    title = getattr(instance, "get_admin_display_title", None)
    return {
        "title": title() if title else str(instance),
        "language": translation.target_locale.get_display_name(),
        "source_language": translation.source.locale.get_display_name(),
    }


def _back_to_editor(instance):
    """wagtail-localize's editor is the translation's edit view, page or snippet."""
    return redirect(AdminURLFinder().get_edit_url(instance))


@require_POST
def submit_translation_for_review(request, translation_id):
    """The translator's "Submit for review" in wagtail-localize's editor."""
    translation, instance = _translated_object(
        request, translation_id, translation_review.can_submit_for_review
    )
    try:
        translation_review.submit_for_review(translation, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request,
            _("“%(title)s” in %(language)s has been submitted for review.")
            % _names(translation, instance),
        )
    return _back_to_editor(instance)


@require_POST
def sync_translation_from_source(request, translation_id):
    """The translator's "Sync from source" in wagtail-localize's editor: never publishes."""
    translation, instance = _translated_object(request, translation_id, translation_review.can_sync)
    try:
        translation_review.sync_from_source(translation, request.user)
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    except ObjectDoesNotExist:
        messages.error(request, _("The source page no longer exists: there is nothing to sync."))
    else:
        messages.success(
            request,
            _(
                "“%(title)s” in %(language)s now follows the latest %(source_language)s text. "
                "New or changed strings show in %(source_language)s until you translate them; "
                "nothing was published."
            )
            % _names(translation, instance),
        )
    return _back_to_editor(instance)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    """wagtail-localize's "Sync translated pages", whose "Publish immediately" is offered only
    to someone who may publish every translation it would publish; for anyone else it only
    refreshes the source, and each translation's editor then offers the new strings."""

    def may_publish(self):
        return translation_review.can_publish_every_translation(self.request.user, self.object)

    def get_form(self):
        form = super().get_form()
        if not self.may_publish():
            del form.fields["publish_translations"]
        return form

    def form_valid(self, form):
        form.cleaned_data.setdefault("publish_translations", False)
        return super().form_valid(form)
