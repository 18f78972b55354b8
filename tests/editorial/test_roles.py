"""Each role may do what docs/design.md says, and nothing of the others' work."""

import pytest
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from orientation.alerts.models import Alert
from orientation.editorial.content_types import content_snippet_models
from orientation.editorial.roles import (
    COMPLAINT_OFFICERS,
    COMPLAINT_SUPERVISORS,
    EDITORIAL_GROUPS,
    ensure_editorial_setup,
)
from tests.factories import UserFactory


def home(code):
    return Page.objects.get(depth=2, locale__language_code=code).specific


@pytest.fixture
def officer(editorial):
    return UserFactory(username="officer", groups=[COMPLAINT_OFFICERS])


def test_every_role_may_open_the_admin(editorial):
    for group in Group.objects.filter(name__in=[*EDITORIAL_GROUPS, COMPLAINT_OFFICERS]):
        assert group.permissions.filter(codename="access_admin").exists(), group.name


def test_editor_writes_and_submits_but_does_not_publish(editor):
    khmer, english = (
        home("km").permissions_for_user(editor),
        home("en").permissions_for_user(editor),
    )
    assert khmer.can_edit() and khmer.can_add_subpage()
    assert english.can_edit()
    assert not khmer.can_publish()
    assert khmer.can_submit_for_moderation()


def test_translator_cannot_change_or_publish_the_khmer_source(translator):
    khmer = home("km").permissions_for_user(translator)
    assert not khmer.can_edit()
    assert not khmer.can_publish()


def test_translator_works_in_the_other_locales(translator):
    for code in ["en", "th", "ar"]:
        permissions = home(code).permissions_for_user(translator)
        assert permissions.can_edit(), code
        assert not permissions.can_publish(), code
    assert translator.has_perm("wagtail_localize.submit_translation")


def test_reviewer_publishes(reviewer):
    assert home("km").permissions_for_user(reviewer).can_publish()
    assert home("en").permissions_for_user(reviewer).can_publish()


def test_snippets_editors_write_reviewers_publish(editor, reviewer, translator):
    assert editor.has_perm("alerts.change_alert")
    assert editor.has_perm("alerts.add_alert")
    assert not editor.has_perm("alerts.publish_alert")
    assert reviewer.has_perm("alerts.publish_alert")
    assert not translator.has_perm("alerts.publish_alert")
    assert Alert in content_snippet_models()


def test_complaint_models_are_not_editorial_content(editorial):
    assert all(model._meta.app_label != "complaints" for model in content_snippet_models())
    for name in EDITORIAL_GROUPS:
        codenames = Group.objects.get(name=name).permissions.values_list(
            "content_type__app_label", flat=True
        )
        assert "complaints" not in set(codenames), name


def test_complaint_roles_get_no_editorial_permissions(editorial, officer):
    for name in [COMPLAINT_OFFICERS, COMPLAINT_SUPERVISORS]:
        group = Group.objects.get(name=name)
        assert not GroupPagePermission.objects.filter(group=group).exists()
        editorial_codenames = {"change_alert", "publish_alert", "submit_translation"}
        assert not group.permissions.filter(codename__in=editorial_codenames).exists()
    assert not home("km").permissions_for_user(officer).can_edit()


def test_granting_twice_changes_nothing(editorial):
    counts = (GroupPagePermission.objects.count(), Permission.group_set.through.objects.count())
    ensure_editorial_setup()
    ensure_editorial_setup()
    assert counts == (
        GroupPagePermission.objects.count(),
        Permission.group_set.through.objects.count(),
    )


def test_a_new_locale_home_page_gets_its_permissions_at_once(editorial):
    from wagtail.models import Locale

    from home.models import HomePage

    GroupPagePermission.objects.all().delete()
    root = Page.get_first_root_node()
    extra = HomePage(
        title="Extra", slug="extra-home", locale=Locale.objects.get(language_code="th")
    )
    root.add_child(instance=extra)
    translators = Group.objects.get(name="Translators")
    assert GroupPagePermission.objects.filter(group=translators, page=extra).exists()


def test_editor_cannot_open_complaints(client, editor):
    client.force_login(editor)
    response = client.get("/admin/complaints/")
    assert response.status_code in {302, 403}


def test_complaint_officer_cannot_open_editorial_reports(client, officer):
    client.force_login(officer)
    for url in ["/admin/editorial/due-for-review/", "/admin/editorial/translations/"]:
        assert client.get(url).status_code in {302, 403}, url


def test_migrate_itself_grants_the_roles_and_sets_the_workflow(db):
    """No fixture calls ensure_editorial_setup here: the test database's migrate did."""
    from wagtail.models import WorkflowPage

    from orientation.editorial.roles import REVIEW_WORKFLOW_NAME

    editors = Group.objects.get(name="Editors")
    assert editors.permissions.filter(codename="access_admin").exists()
    assert editors.permissions.filter(codename="change_alert").exists()
    root = Page.get_first_root_node()
    assert WorkflowPage.objects.get(page=root).workflow.name == REVIEW_WORKFLOW_NAME


def test_complaint_officer_dashboard_has_no_editorial_panel_or_reports(client, officer):
    client.force_login(officer)
    html = client.get("/admin/").content.decode()
    assert 'data-editorial-panel="due-for-review"' not in html
    assert "/admin/editorial/" not in html
