"""The editorial roles of docs/design.md and what each may do, granted idempotently.

Run on every migrate (post_migrate, after the last app so every area's permissions exist)
and whenever a locale's home page appears (its page permissions hang on it). Only ever
adds what is missing: permissions that other areas grant (complaint roles) are left alone.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from wagtail.models import (
    Collection,
    DraftStateMixin,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    LockableMixin,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)

from orientation.core.constants import (
    COMPLAINT_OFFICERS,
    COMPLAINT_SUPERVISORS,
    EDITORS,
    REVIEWERS,
    TRANSLATORS,
)

from .content_types import (
    content_snippet_models,
    project_setting_models,
    translatable_snippet_models,
    workflow_snippet_models,
)

EDITORIAL_GROUPS = [EDITORS, TRANSLATORS, REVIEWERS]
ALL_ROLE_GROUPS = [*EDITORIAL_GROUPS, COMPLAINT_OFFICERS, COMPLAINT_SUPERVISORS]

REVIEW_WORKFLOW_NAME = "Review before publishing"
REVIEW_TASK_NAME = "Reviewers approve"
WAGTAIL_DEFAULT_WORKFLOW_NAME = "Moderators approval"

# Page permissions, on each locale's home page (so they cover that locale's whole tree).
# Editors write and submit; only Reviewers publish (and approve in the workflow).
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]
REVIEWER_PAGE_PERMISSIONS = [*EDITOR_PAGE_PERMISSIONS, "publish_page"]
# Translators work only in the other locales' trees: they can never change, let alone
# publish, the Khmer source.
TRANSLATOR_PAGE_PERMISSIONS = ["add_page", "change_page"]

IMAGE_AND_DOCUMENT_PERMISSIONS = {
    EDITORS: ["add_image", "choose_image", "add_document", "choose_document"],
    TRANSLATORS: ["choose_image", "choose_document"],
    REVIEWERS: [
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    ],
}


def groups_by_name():
    return {name: Group.objects.get_or_create(name=name)[0] for name in ALL_ROLE_GROUPS}


def permission(app_label, codename):
    return Permission.objects.filter(content_type__app_label=app_label, codename=codename).first()


def model_permission(model, action):
    content_type = ContentType.objects.get_for_model(model, for_concrete_model=False)
    return Permission.objects.filter(
        content_type=content_type, codename=f"{action}_{model._meta.model_name}"
    ).first()


def add_permissions(group, permissions):
    group.permissions.add(*[p for p in permissions if p is not None])


def snippet_actions_for(group_name, model):
    if getattr(model, "admin_read_only", False):
        # A record written only by its area's service (the agency status history): the
        # editorial groups may read it, nobody may rewrite it.
        return ["view"] if group_name in (EDITORS, REVIEWERS) else []
    drafts = issubclass(model, DraftStateMixin)
    lockable = issubclass(model, LockableMixin)
    if group_name == EDITORS:
        # Without drafts, saving a snippet is publishing it: editors may still write those
        # (there is no other way to), the workflow covers those with drafts.
        return ["add", "change", *(["lock", "unlock"] if lockable else [])]
    if group_name == REVIEWERS:
        return [
            "add",
            "change",
            "delete",
            *(["publish"] if drafts else []),
            *(["lock", "unlock"] if lockable else []),
        ]
    if group_name == TRANSLATORS:
        # wagtail-localize saves a snippet translation through the model's change
        # permission; it has no per-locale permission for snippets.
        return ["change"] if model in translatable_snippet_models() else []
    return []


def grant_model_permissions(groups):
    access_admin = permission("wagtailadmin", "access_admin")
    for group in groups.values():
        add_permissions(group, [access_admin])

    # Reading guide sections, "show this" sentences and lessons aloud (docs/recordings.md):
    # editors and reviewers record; translators and the complaint roles do not.
    for name in (EDITORS, REVIEWERS):
        add_permissions(
            groups[name],
            [
                permission("recordings", "add_recording"),
                permission("recordings", "change_recording"),
            ],
        )

    # The second person on an agency's licence status change (docs/scams.md).
    add_permissions(groups[REVIEWERS], [permission("scams", "approve_status_change")])

    submit_translation = permission("wagtail_localize", "submit_translation")
    for name in EDITORIAL_GROUPS:
        add_permissions(groups[name], [submit_translation])

    for model in content_snippet_models():
        for name in EDITORIAL_GROUPS:
            add_permissions(
                groups[name],
                [model_permission(model, action) for action in snippet_actions_for(name, model)],
            )

    # The site settings hold facts the "to be confirmed" report sends editors to check (the
    # hotlines, who runs the portal): editors and reviewers fill them in.
    for model in project_setting_models():
        for name in (EDITORS, REVIEWERS):
            add_permissions(groups[name], [model_permission(model, "change")])


def grant_collection_permissions(groups):
    root = Collection.get_first_root_node()
    if root is None:
        return
    for name, codenames in IMAGE_AND_DOCUMENT_PERMISSIONS.items():
        for codename in codenames:
            app_label = "wagtailimages" if codename.endswith("image") else "wagtaildocs"
            perm = permission(app_label, codename)
            if perm is not None:
                GroupCollectionPermission.objects.get_or_create(
                    group=groups[name], collection=root, permission=perm
                )


def grant_page_permissions(groups, home_pages=None):
    """Permissions on each locale's home page (the root of that locale's tree)."""
    if home_pages is None:
        home_pages = Page.objects.filter(depth=2)
    source_locale_id = Locale.get_default().pk if Locale.objects.exists() else None
    wanted = []
    for home in home_pages:
        wanted.extend((EDITORS, home, codename) for codename in EDITOR_PAGE_PERMISSIONS)
        wanted.extend((REVIEWERS, home, codename) for codename in REVIEWER_PAGE_PERMISSIONS)
        if home.locale_id != source_locale_id:
            wanted.extend((TRANSLATORS, home, codename) for codename in TRANSLATOR_PAGE_PERMISSIONS)
    page_permissions = {
        p.codename: p for p in Permission.objects.filter(content_type__app_label="wagtailcore")
    }
    for group_name, page, codename in wanted:
        perm = page_permissions.get(codename)
        if perm is not None:
            GroupPagePermission.objects.get_or_create(
                group=groups[group_name], page=page, permission=perm
            )


def ensure_review_workflow(groups):
    """The one workflow: Reviewers approve before anything is published. On the tree's root
    (so every locale and every page added later inherits it) and on the snippets that
    support workflows."""
    workflow, _ = Workflow.objects.get_or_create(
        name=REVIEW_WORKFLOW_NAME, defaults={"active": True}
    )
    task = GroupApprovalTask.objects.filter(name=REVIEW_TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=REVIEW_TASK_NAME)
    task.groups.add(groups[REVIEWERS])
    if not WorkflowTask.objects.filter(workflow=workflow, task=task).exists():
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)

    root = Page.get_first_root_node()
    if root is not None:
        # Wagtail's own migration puts its "Moderators approval" workflow on the root; ours
        # replaces it (an editor-made workflow elsewhere is left as it is).
        current = WorkflowPage.objects.filter(page=root).select_related("workflow").first()
        if current is None:
            WorkflowPage.objects.create(page=root, workflow=workflow)
        elif current.workflow.name == WAGTAIL_DEFAULT_WORKFLOW_NAME:
            current.workflow = workflow
            current.save(update_fields=["workflow"])

    for model in workflow_snippet_models():
        content_type = ContentType.objects.get_for_model(model)
        WorkflowContentType.objects.get_or_create(
            content_type=content_type, defaults={"workflow": workflow}
        )
    return workflow


@transaction.atomic
def ensure_editorial_setup():
    """Everything this module promises, created or completed. Safe to call any time."""
    groups = groups_by_name()
    grant_model_permissions(groups)
    grant_collection_permissions(groups)
    grant_page_permissions(groups)
    ensure_review_workflow(groups)
    return groups
