"""Every group's rights, listed against the table of what each role is meant to hold
(docs/editorial.md, docs/complaints.md, docs/scams.md). A right added anywhere (a Wagtail
upgrade's data migration, a new area's grant) fails here until someone writes it down."""

from django.contrib.auth.models import Group
from wagtail.models import GroupCollectionPermission, GroupPagePermission

IMAGES_AND_DOCUMENTS_TO_ADD = {
    "wagtailimages.add_image",
    "wagtailimages.choose_image",
    "wagtaildocs.add_document",
    "wagtaildocs.choose_document",
}
EDITOR_SNIPPETS = {
    "alerts.add_alert",
    "alerts.change_alert",
    "destinations.add_destination",
    "destinations.change_destination",
    "resources.add_organisation",
    "resources.change_organisation",
    "rights.add_legalinstrument",
    "rights.change_legalinstrument",
    "scams.add_agency",
    "scams.change_agency",
    "scams.view_agencystatuschange",
    # The words search treats as one (issue 19, docs/search.md).
    "search.add_equivalentwords",
    "search.change_equivalentwords",
}
REVIEWER_SNIPPETS = EDITOR_SNIPPETS | {
    "alerts.delete_alert",
    "alerts.publish_alert",
    "destinations.delete_destination",
    "resources.delete_organisation",
    "resources.publish_organisation",
    "rights.delete_legalinstrument",
    "scams.delete_agency",
    "search.delete_equivalentwords",
}
ADMIN = {"wagtailadmin.access_admin"}
# The project's site settings hold facts (help lines, who runs the portal) that editors
# confirm from the to-be-confirmed report (issue 18).
SITE_SETTINGS = {"home.change_contactsettings", "home.change_footersettings"}
TRANSLATION = {"wagtail_localize.submit_translation"}
# Reading guides and lessons aloud (issue 18, "Sound"): editors and reviewers record.
RECORDING = {"recordings.add_recording", "recordings.change_recording"}

EXPECTED_MODEL_RIGHTS = {
    "Editors": ADMIN
    | TRANSLATION
    | EDITOR_SNIPPETS
    | IMAGES_AND_DOCUMENTS_TO_ADD
    | SITE_SETTINGS
    | RECORDING,
    "Translators": ADMIN
    | TRANSLATION
    | {"alerts.change_alert", "resources.change_organisation", "rights.change_legalinstrument"},
    "Reviewers": ADMIN
    | TRANSLATION
    | REVIEWER_SNIPPETS
    | SITE_SETTINGS
    | RECORDING
    | {"scams.approve_status_change"},
    "Complaint officers": ADMIN | {"complaints.handle_complaints"},
    # Supervisors write the officers' reply templates (complaints migration 0010).
    "Complaint supervisors": ADMIN
    | {"complaints.handle_complaints", "complaints.see_all_complaints"}
    | {f"complaints.{action}_replytemplate" for action in ("add", "change", "delete", "view")},
}
# (depth of the page, codename): depth 2 is each locale's home page, never the root (1).
EXPECTED_PAGE_RIGHTS = {
    "Editors": {(2, "add_page"), (2, "change_page"), (2, "lock_page"), (2, "unlock_page")},
    "Translators": {(2, "add_page"), (2, "change_page")},
    "Reviewers": {
        (2, "add_page"),
        (2, "change_page"),
        (2, "lock_page"),
        (2, "unlock_page"),
        (2, "publish_page"),
    },
    "Complaint officers": set(),
    "Complaint supervisors": set(),
}
EXPECTED_COLLECTION_RIGHTS = {
    "Editors": {"add_image", "choose_image", "add_document", "choose_document"},
    "Translators": {"choose_image", "choose_document"},
    "Reviewers": {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    },
    "Complaint officers": set(),
    "Complaint supervisors": set(),
}


def model_rights(group):
    return {f"{p.content_type.app_label}.{p.codename}" for p in group.permissions.all()}


def page_rights(group):
    return {
        (row.page.depth, row.permission.codename)
        for row in GroupPagePermission.objects.filter(group=group).select_related(
            "page", "permission"
        )
    }


def collection_rights(group):
    return set(
        GroupCollectionPermission.objects.filter(group=group).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_groups_are_exactly_the_roles(editorial):
    assert set(Group.objects.values_list("name", flat=True)) == set(EXPECTED_MODEL_RIGHTS)


def test_every_group_holds_exactly_its_rights(editorial):
    for group in Group.objects.all():
        assert model_rights(group) == EXPECTED_MODEL_RIGHTS[group.name], group.name
        assert page_rights(group) == EXPECTED_PAGE_RIGHTS[group.name], group.name
        assert collection_rights(group) == EXPECTED_COLLECTION_RIGHTS[group.name], group.name


def test_nobody_but_reviewers_may_publish_a_page(editorial):
    publishers = set(
        GroupPagePermission.objects.filter(permission__codename="publish_page").values_list(
            "group__name", flat=True
        )
    )
    assert publishers == {"Reviewers"}
