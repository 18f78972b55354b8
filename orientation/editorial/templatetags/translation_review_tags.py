"""The translator's review and sync buttons, added to wagtail-localize's editor (whose own
action menu has no "submit for review" and no sync for a translated page)."""

from django import template

from orientation.editorial import translation_review

register = template.Library()


@register.inclusion_tag("editorial/includes/translation_review_actions.html", takes_context=True)
def translation_review_actions(context):
    translation = context.get("translation")
    page = context.get("instance")
    user = context["request"].user
    shown = bool(context.get("is_page")) and translation is not None and page is not None
    state = page.current_workflow_state if shown else None
    return {
        "shown": shown,
        "translation": translation,
        "source_locale": translation.source.locale if shown else None,
        "can_submit": shown and translation_review.can_submit_for_review(user, page),
        "can_sync": shown and translation_review.can_sync(user, page),
        "workflow_state": state,
        "csrf_token": context.get("csrf_token"),
    }
