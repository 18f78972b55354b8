"""A translated page or snippet (alert, organisation) on its way to readers: the translator
saves the strings done in wagtail-localize's editor as a draft and submits it to the one review
workflow, or brings it up to date with the Khmer source. Nothing here ever publishes: a
reviewer's approval does.

wagtail-localize's editor offers only "Publish in <language>" (to users who may publish), and
its "Sync translated pages" sits on the source page, which translators may not edit; these
two actions fill the gap with wagtail-localize's own operations (`update_from_db`,
`save_target(publish=False)`) and Wagtail's own workflow calls.
"""

from django.conf import settings
from django.core.exceptions import ObjectDoesNotExist
from django.db import transaction
from wagtail.models import DraftStateMixin, Page, WorkflowMixin, WorkflowState
from wagtail.permission_policies import ModelPermissionPolicy


def has_review(instance):
    """What these actions handle: pages, and snippets with drafts and workflows."""
    return isinstance(instance, Page) or (
        isinstance(instance, DraftStateMixin) and isinstance(instance, WorkflowMixin)
    )


def _may(user, instance, action):
    return ModelPermissionPolicy(type(instance)).user_has_permission(user, action)


def locked_in_review(user, snippet):
    """A snippet waiting for review is locked for everyone but the reviewers, as a page is
    (the review task's own rule; these snippets have no lock of their own)."""
    if not snippet.workflow_in_progress:
        return False
    task = snippet.current_workflow_task
    return task is not None and task.locked_for_user(snippet, user)


def can_sync(user, instance):
    """Whoever may edit the translation (translators on their locale trees and on translatable
    snippets, editors, reviewers) may refresh it from its source; the review lock still
    applies (a page or snippet in review is locked for everyone but the reviewers)."""
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(user)
        return permissions.can_edit() and not permissions.page_locked()
    return (
        has_review(instance)
        and _may(user, instance, "change")
        and not locked_in_review(user, instance)
    )


def can_submit_for_review(user, instance):
    if isinstance(instance, Page):
        permissions = instance.permissions_for_user(user)
        return permissions.can_edit() and permissions.can_submit_for_moderation()
    # Wagtail's rule for a snippet's "Submit for moderation": change right, workflows on, one
    # assigned, none in progress (a workflow sent back for changes may be resubmitted).
    return (
        has_review(instance)
        and getattr(settings, "WAGTAIL_WORKFLOW_ENABLED", True)
        and _may(user, instance, "change")
        and instance.get_workflow() is not None
        and not instance.workflow_in_progress
    )


def can_publish_every_translation(user, source):
    """Whether "Publish immediately" on wagtail-localize's "Sync translated pages" may be
    offered: it publishes every translation of the source, and wagtail-localize checks only
    the right to submit translations (which editors and translators hold)."""
    for translation in source.translations.filter(enabled=True):
        try:
            target = translation.get_target_instance()
        except ObjectDoesNotExist:
            continue
        if isinstance(target, Page):
            allowed = target.permissions_for_user(user).can_publish()
        elif isinstance(target, DraftStateMixin):
            allowed = ModelPermissionPolicy(type(target)).user_has_permission(user, "publish")
        else:
            allowed = True  # saving a snippet without drafts is its only way to change
        if not allowed:
            return False
    return True


def save_translation_draft(translation, user):
    """wagtail-localize's `save_target(publish=False)`, keeping Wagtail's rule for a live page:
    the draft goes into a new revision only. wagtail-localize also writes the draft into the
    page's row, which is what readers are served, so the row of a live page gets its published
    content back (Wagtail's own editor never writes the row of a live page either). A snippet
    gets the same from `core.public_version.keep_published_snippet_row`, which runs after
    every wagtail-localize save of one."""
    page = translation.get_target_instance()
    if not isinstance(page, Page):
        translation.save_target(user=user, publish=False)
        return translation.get_target_instance()
    # Only a revision of this page is its published content: a translation never published
    # here still carries its former alias's live revision, the Khmer page's (core.public_version
    # serves the source's text for it meanwhile). Restoring that would write the Khmer page.
    live_revision = page.live_revision if page.live else None
    if live_revision is not None and live_revision.object_id != str(page.pk):
        live_revision = None
    translation.save_target(user=user, publish=False)
    page = Page.objects.get(pk=page.pk).specific
    if live_revision is not None:
        published = live_revision.as_object()
        # as_object() keeps the row's bookkeeping (draft title, latest revision...) but not
        # these two, which the revision's content holds as they were before it was published.
        published.live_revision_id = page.live_revision_id
        published.last_published_at = page.last_published_at
        published.has_unpublished_changes = True
        published.save(clean=False)
        page = Page.objects.get(pk=page.pk).specific
    return page


@transaction.atomic
def submit_for_review(translation, user):
    """Save the translation as a draft and hand it to its workflow (the page's, or the
    snippet model's), as Wagtail's edit view does on "Submit for moderation": a workflow sent
    back for changes resumes, otherwise a new one starts (which emails the task's group, the
    Reviewers)."""
    instance = save_translation_draft(translation, user)
    state = instance.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        state.resume(user)
        return state
    return instance.get_workflow().start(instance, user)


@transaction.atomic
def sync_from_source(translation, user):
    """Take the source's current (published) content, as "Sync translated pages" does: new or
    changed strings then wait in the editor in the source language. The translation gets a
    new draft; its published version does not change."""
    translation.source.update_from_db()
    return save_translation_draft(translation, user)
