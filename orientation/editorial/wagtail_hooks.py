from django.contrib import messages
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.admin.widgets import Button

from . import selectors, urls, views
from .access import is_editorial_user
from .plain_language import MAX_WORDS, long_sentences_in


@hooks.register("register_admin_urls")
def register_editorial_urls():
    return [path("editorial/", include((urls.urlpatterns, "editorial"), namespace="editorial"))]


@hooks.register("register_admin_urls", order=-1)
def guard_publish_on_sync():
    """wagtail-localize's own sync URL (and name), answered first by our subclass of its view,
    which offers "Publish immediately" only to those who may publish (views.py)."""
    return [
        path(
            "localize/update/<int:translation_source_id>/",
            views.UpdateTranslationsView.as_view(),
            name="wagtail_localize_update_translations_guarded",
        )
    ]


class EditorialMenuItem(MenuItem):
    def is_shown(self, request):
        return is_editorial_user(request.user)


@hooks.register("register_reports_menu_item")
def due_for_review_menu_item():
    return EditorialMenuItem(
        _("Due for review"), reverse("editorial:due_for_review"), icon_name="time", order=610
    )


@hooks.register("register_reports_menu_item")
def to_be_confirmed_menu_item():
    return EditorialMenuItem(
        _("To be confirmed"), reverse("editorial:to_be_confirmed"), icon_name="warning", order=620
    )


@hooks.register("register_reports_menu_item")
def translation_status_menu_item():
    return EditorialMenuItem(
        _("Translation status"),
        reverse("editorial:translation_status"),
        icon_name="globe",
        order=630,
    )


@hooks.register("register_reports_menu_item")
def interface_translations_menu_item():
    return EditorialMenuItem(
        _("Interface translations awaiting review"),
        reverse("editorial:interface_translations"),
        icon_name="globe",
        order=640,
    )


class DueForReviewPanel(Component):
    name = "editorial_due_for_review"
    template_name = "editorial/panels/due_for_review.html"
    order = 90
    shown = 8

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        due = selectors.due_for_review()
        context["due"] = due[: self.shown]
        context["more"] = max(len(due) - self.shown, 0)
        return context


@hooks.register("construct_homepage_panels")
def add_due_for_review_panel(request, panels):
    if is_editorial_user(request.user):
        panels.append(DueForReviewPanel())


@hooks.register("register_page_header_buttons")
def translate_with_related_pages_button(page, user, view_name, next_url=None):
    if (
        page.depth > 1
        and page.locale_id
        and not page.alias_of_id
        and is_editorial_user(user)
        and user.has_perm("wagtail_localize.submit_translation")
    ):
        yield Button(
            _("Translate with related pages"),
            reverse("editorial:translate_destination", args=[page.id]),
            icon_name="globe",
            priority=80,
        )


class PortalContentChecker(ContentCheckerItem):
    """Wagtail's checker, with the rules our readers need most: headings in order, images
    with text alternatives, links that say where they go, the right language marked (Khmer
    text inside other pages), and contrast for cheap phone screens in sunlight."""

    axe_run_only = [
        *ContentCheckerItem.axe_run_only,
        "image-alt",
        "role-img-alt",
        "svg-img-alt",
        "input-image-alt",
        "valid-lang",
        "html-has-lang",
        "color-contrast",
        "page-has-heading-one",
    ]
    axe_messages = {
        **ContentCheckerItem.axe_messages,
        "image-alt": {
            "error_name": _("Image without text alternative"),
            "help_text": _("Describe what the picture shows for readers who cannot see it"),
        },
        "link-name": {
            "error_name": _("Link without a name"),
            "help_text": _("Say where the link goes, not 'click here'"),
        },
        "heading-order": {
            "error_name": _("Headings skip a level"),
            "help_text": _("Use heading levels in order: readers navigate by them"),
        },
        "valid-lang": {
            "error_name": _("Unknown language code"),
            "help_text": _('Mark Khmer text with lang="km"'),
        },
    }


@hooks.register("construct_wagtail_userbar")
def use_portal_content_checker(request, items, page=None):
    for index, item in enumerate(items):
        if type(item).__name__ in {"AccessibilityItem", "ContentCheckerItem"}:
            items[index] = PortalContentChecker(in_editor=getattr(item, "in_editor", False))


def warn_about_long_sentences(request, instance):
    sentences = long_sentences_in(instance.specific if hasattr(instance, "specific") else instance)
    if sentences:
        first = sentences[0]
        messages.warning(
            request,
            ngettext(
                "Plain language: %(count)d sentence is very long (over %(words)d words), "
                "e.g. “%(example)s”. Shorter sentences are easier to read.",
                "Plain language: %(count)d sentences are very long (over %(words)d words), "
                "e.g. “%(example)s”. Shorter sentences are easier to read.",
                len(sentences),
            )
            % {
                "count": len(sentences),
                "words": MAX_WORDS,
                "example": first[:80] + ("…" if len(first) > 80 else ""),
            },
        )


@hooks.register("after_create_page")
def plain_language_after_create(request, page):
    warn_about_long_sentences(request, page)


@hooks.register("after_edit_page")
def plain_language_after_edit(request, page):
    warn_about_long_sentences(request, page)
