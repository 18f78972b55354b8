"""The translator's review and sync buttons, added to wagtail-localize's editor (whose own
action menu has no "submit for review" and no sync for a translated page or snippet)."""

from django import template

from orientation.editorial import translation_review

register = template.Library()


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
