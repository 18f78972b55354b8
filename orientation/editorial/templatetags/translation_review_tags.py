"""The translator's review and sync buttons, added to wagtail-localize's editor (whose own
action menu has no "submit for review" and no sync for a translated page or snippet)."""

from django import template
from django.contrib.admin.utils import quote
from django.urls import NoReverseMatch, reverse
from wagtail.admin.ui.side_panels import StatusSidePanel

from orientation.editorial import translation_review

register = template.Library()


class TranslatedSnippetStatusSidePanel(StatusSidePanel):
    """Wagtail's status panel for a snippet translation, with what Wagtail's own snippet editor
    gives it (`SnippetStatusSidePanel` takes them from its view). wagtail-localize's editor gives
    a snippet the bare panel, without them: once the translation is in the review workflow the
    panel's workflow dialog reverses an empty URL name (a 500 for the translator and for the
    reviewer), and without drafts enabled it calls a draft "Live"."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        viewset = self.object.snippet_viewset
        context["revision_enabled"] = True
        context["draftstate_enabled"] = True
        context["revisions_compare_url_name"] = viewset.get_url_name("revisions_compare")
        try:
            context["workflow_history_url"] = reverse(
                viewset.get_url_name("workflow_history"), args=[quote(self.object.pk)]
            )
        except NoReverseMatch:
            context["workflow_history_url"] = None
        context["status_templates"] = self.get_status_templates(context)
        return context


@register.simple_tag(takes_context=True)
def complete_snippet_status_panel(context):
    """Gives the status panel of a translated snippet with drafts and workflows (alerts,
    organisations) what it needs (above); called before wagtail-localize's editor renders."""
    instance = context.get("instance")
    if context.get("is_page") or not translation_review.has_review(instance):
        return ""
    for panel in context.get("side_panels") or ():
        if type(panel) is StatusSidePanel:
            # The same panel, built by wagtail-localize with its own arguments; only the
            # context it hands to its template changes.
            panel.__class__ = TranslatedSnippetStatusSidePanel
    return ""


@register.inclusion_tag("editorial/includes/translation_review_actions.html", takes_context=True)
def translation_review_actions(context):
    translation = context.get("translation")
    instance = context.get("instance")  # the translated page or snippet
    user = context["request"].user
    shown = (
        translation is not None and instance is not None and translation_review.has_review(instance)
    )
    state = instance.current_workflow_state if shown else None
    return {
        "shown": shown,
        "translation": translation,
        "source_locale": translation.source.locale if shown else None,
        "can_submit": shown and translation_review.can_submit_for_review(user, instance),
        "can_sync": shown and translation_review.can_sync(user, instance),
        "workflow_state": state,
        "csrf_token": context.get("csrf_token"),
    }
