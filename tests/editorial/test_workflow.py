"""Draft -> review -> published, with the one workflow on every page, and scheduled
publishing through Wagtail's publish_scheduled command."""

import datetime

import pytest
import time_machine
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Page, WorkflowContentType, WorkflowState

from orientation.editorial.content_types import workflow_snippet_models
from orientation.editorial.roles import REVIEW_WORKFLOW_NAME


def khmer_home():
    return Page.objects.get(depth=2, locale__language_code="km").specific


def test_every_page_of_every_locale_is_under_review(editorial):
    for page in Page.objects.filter(depth=2):
        workflow = page.get_workflow()
        assert workflow is not None and workflow.name == REVIEW_WORKFLOW_NAME


def test_snippets_that_support_workflows_use_it(editorial):
    for model in workflow_snippet_models():
        from django.contrib.contenttypes.models import ContentType

        assert (
            WorkflowContentType.objects.get(
                content_type=ContentType.objects.get_for_model(model)
            ).workflow.name
            == REVIEW_WORKFLOW_NAME
        )


def test_draft_then_review_then_published(editorial, editor, reviewer):
    page = khmer_home()
    page.intro = "សេចក្តីផ្តើមថ្មី"
    page.save_revision(user=editor)
    assert Page.objects.get(pk=page.pk).specific.intro != "សេចក្តីផ្តើមថ្មី"

    state = page.get_workflow().start(page, editor)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    task = state.current_task_state.task.specific
    assert [name for name, *_ in task.get_actions(page, editor)] == []
    assert "approve" in [name for name, *_ in task.get_actions(page, reviewer)]

    task.on_action(state.current_task_state, reviewer, "approve")

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert Page.objects.get(pk=page.pk).specific.intro == "សេចក្តីផ្តើមថ្មី"


def test_reviewer_approves_through_the_admin(client, editorial, editor, reviewer):
    page = khmer_home()
    page.intro = "ថ្មី"
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    client.force_login(reviewer)
    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in {200, 302}
    assert Page.objects.get(pk=page.pk).specific.intro == "ថ្មី"


def test_scheduled_publishing(editorial, editor, reviewer):
    page = khmer_home()
    go_live = timezone.now() + datetime.timedelta(days=2)
    page.intro = "ពេលក្រោយ"
    page.go_live_at = go_live
    page.save_revision(user=editor)
    state = page.get_workflow().start(page, editor)
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "approve")
    assert Page.objects.get(pk=page.pk).specific.intro != "ពេលក្រោយ"

    with time_machine.travel(go_live + datetime.timedelta(minutes=5)):
        call_command("publish_scheduled")

    assert Page.objects.get(pk=page.pk).specific.intro == "ពេលក្រោយ"


def test_comments_are_on_in_the_page_editor(client, editorial, editor):
    client.force_login(editor)
    response = client.get(f"/admin/pages/{khmer_home().pk}/edit/")
    assert response.status_code == 200
    assert b"comments" in response.content


@pytest.mark.parametrize("setting", ["WAGTAILADMIN_COMMENTS_ENABLED", "WAGTAIL_WORKFLOW_ENABLED"])
def test_comments_and_workflows_are_not_turned_off(settings, setting):
    assert getattr(settings, setting, True) is True


@pytest.mark.django_db
def test_alerts_and_organisations_go_through_the_review_workflow():
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import WorkflowContentType

    from orientation.alerts.models import Alert
    from orientation.resources.models import Organisation

    for model in (Alert, Organisation):
        content_type = ContentType.objects.get_for_model(model)
        assert WorkflowContentType.objects.filter(content_type=content_type).exists(), model
