"""Snippet translations (alerts, organisations) go through review as pages do: a translator
translates in wagtail-localize's editor and submits to "Review before publishing", a reviewer's
approval publishes, a later draft (a submission, a sync) never takes the published translation
off the site, and a translation nobody published yet leaves readers with the Khmer record."""

import html
import json

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from orientation.alerts.models import Alert
from orientation.editorial.roles import REVIEW_WORKFLOW_NAME
from orientation.editorial.services import submit_for_translation
from orientation.resources.models import Organisation
from tests.alerts.factories import AlertFactory
from tests.editorial.test_translation_review import translate_in_editor
from tests.resources.factories import OrganisationFactory

KM_ALERT = {"title": "ព្រំដែនបិទ", "message": "ច្រកព្រំដែនបិទរហូតដល់ថ្ងៃស្អែក។"}
TH_ALERT = {"title": "ด่านชายแดนปิด", "message": "ด่านชายแดนปิดถึงพรุ่งนี้"}
TH_ALERT_NEW = "ด่านชายแดนปิดถึงวันจันทร์"
KM_ORG = {"name": "អង្គការគំរូ (demo)", "description": "ជួយពលករចំណាកស្រុក។"}
TH_ORG = {"name": "องค์กรตัวอย่าง (demo)", "description": "คำอธิบายทดสอบของกลุ่มตัวอย่าง"}
TH_ORG_NEW = "คำอธิบายทดสอบของกลุ่มตัวอย่างฉบับใหม่"


def published(record):
    record.save_revision().publish()
    return type(record).objects.get(pk=record.pk)


# Each snippet model: how to make its Khmer record, the Thai words, the field a later draft
# changes, and where its readers see it.
KINDS = {
    "alert": {
        "make": lambda: published(AlertFactory(**KM_ALERT)),
        "khmer": KM_ALERT,
        "thai": TH_ALERT,
        "field": "message",
        "new": TH_ALERT_NEW,
        "public": ["/th/", "/th/feeds/alerts.xml", "/api/v2/alerts/?locale=th"],
    },
    "organisation": {
        "make": lambda: published(OrganisationFactory(**KM_ORG)),
        "khmer": KM_ORG,
        "thai": TH_ORG,
        "field": "description",
        "new": TH_ORG_NEW,
        "public": ["/th/resources/", "/api/v2/resources/?locale=th"],
    },
}


@pytest.fixture(params=list(KINDS))
def kind(request):
    return KINDS[request.param]


@pytest.fixture
def source(kind, editorial):
    return kind["make"]()


@pytest.fixture
def translation(source, django_capture_on_commit_callbacks):
    """A Thai translation started with wagtail-localize (its snippet "Translate" button)."""
    thai = Locale.objects.get(language_code="th")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation([source], [thai])
    return Translation.objects.get(source__object_id=source.translation_key, target_locale=thai)


def target(translation):
    return translation.get_target_instance()


def editor_url(record):
    return AdminURLFinder().get_edit_url(record)


def words(kind, thai):
    return {kind["khmer"][name]: value for name, value in thai.items()}


def public(client, kind):
    return "".join(client.get(url).content.decode() for url in kind["public"])


def workflow_state(record):
    return WorkflowState.objects.get(
        base_content_type=record.get_base_content_type(), object_id=str(record.pk)
    )


def approve(client, reviewer, record):
    state = workflow_state(record)
    client.force_login(reviewer)
    url_name = type(record).snippet_viewset.get_url_name("workflow_action")
    response = client.post(
        reverse(url_name, args=[record.pk, "approve", state.current_task_state.pk]),
        {"comment": ""},
    )
    assert response.status_code in {200, 302}
    state.refresh_from_db()
    return state


def submit(client, translation):
    return client.post(reverse("editorial:submit_translation_for_review", args=[translation.pk]))


def sync(client, translation):
    return client.post(reverse("editorial:sync_translation_from_source", args=[translation.pk]))


def test_the_snippets_use_the_review_workflow(editorial):
    for model in (Alert, Organisation):
        assert model().get_workflow().name == REVIEW_WORKFLOW_NAME


def test_a_new_translation_is_not_shown_as_if_translated(client, kind, translation):
    record = target(translation)
    assert not record.live  # wagtail-localize saved it as a draft
    text = public(client, kind)
    for value in kind["thai"].values():
        assert value not in text
    # Readers of /th/ get the Khmer record, marked as Khmer.
    assert next(iter(kind["khmer"].values())) in text
    assert 'lang="km"' in client.get(kind["public"][0]).content.decode()


def test_translator_submits_and_a_reviewer_publishes(
    client, kind, translator, reviewer, translation
):
    record = target(translation)
    client.force_login(translator)
    editor = client.get(editor_url(record))
    assert editor.status_code == 200
    assert b"js-translation-editor" in editor.content  # wagtail-localize's editor
    assert b"data-translation-submit-for-review" in editor.content
    assert b"data-translation-sync" in editor.content

    translate_in_editor(client, translation, words(kind, kind["thai"]))
    mail.outbox.clear()
    response = submit(client, translation)
    assert response.status_code == 302
    assert response["Location"] == editor_url(record)

    state = workflow_state(record)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == translator
    waiting = state.current_task_state.revision.as_object()
    for name, value in kind["thai"].items():
        assert getattr(waiting, name) == value
    assert not type(record).objects.get(pk=record.pk).live  # nothing public before approval
    # The editor still opens while it waits (wagtail-localize's bare status panel for snippets
    # made this a 500), says so, and offers no second submission.
    waiting_editor = client.get(editor_url(record))
    assert waiting_editor.status_code == 200
    assert b'data-translation-review-status="in-review"' in waiting_editor.content
    assert b"data-translation-submit-for-review" not in waiting_editor.content
    assert kind["thai"][kind["field"]] not in public(client, kind)

    # Wagtail's own workflow email reaches the Reviewers, not the translator.
    recipients = {address for message in mail.outbox for address in message.to}
    assert reviewer.email in recipients and translator.email not in recipients
    first = next(iter(kind["thai"].values()))
    to_reviewer = [message for message in mail.outbox if reviewer.email in message.to]
    assert any(first in message.subject for message in to_reviewer)
    # In the reviewer's admin language (Khmer unless they chose another).
    assert all("ត្រូវបានដាក់ស្នើ" in message.subject for message in to_reviewer)

    # The reviewer's dashboard lists it under "Awaiting your review", with its language.
    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard.split('id="awaiting-review-content"', 1)[1].split("</section>", 1)[0]
    assert first in panel
    assert str(Locale.objects.get(language_code="th").get_display_name()) in panel
    assert client.get(editor_url(record)).status_code == 200  # the reviewer can open it

    assert approve(client, reviewer, record).status == WorkflowState.STATUS_APPROVED
    live = type(record).objects.get(pk=record.pk)
    assert live.live and not live.has_unpublished_changes
    assert getattr(live, kind["field"]) == kind["thai"][kind["field"]]
    assert kind["thai"][kind["field"]] in public(client, kind)


@pytest.fixture
def published_translation(client, kind, translator, reviewer, translation):
    """The Thai translation, submitted by the translator and approved."""
    client.force_login(translator)
    translate_in_editor(client, translation, words(kind, kind["thai"]))
    submit(client, translation)
    approve(client, reviewer, target(translation))
    client.logout()
    return translation


def test_a_new_draft_keeps_the_published_translation_public(
    client, kind, translator, published_translation
):
    translation = published_translation
    before = target(translation)
    client.force_login(translator)
    translate_in_editor(client, translation, {kind["khmer"][kind["field"]]: kind["new"]})
    assert submit(client, translation).status_code == 302

    after = type(before).objects.get(pk=before.pk)
    assert after.live and after.has_unpublished_changes
    assert after.live_revision_id == before.live_revision_id
    assert getattr(after, kind["field"]) == kind["thai"][kind["field"]]  # the row readers get
    assert getattr(after.latest_revision.as_object(), kind["field"]) == kind["new"]
    client.logout()
    text = public(client, kind)
    assert kind["thai"][kind["field"]] in text
    assert kind["new"] not in text


def test_wagtail_localizes_own_sync_keeps_the_published_translation_public(
    client, kind, editor, source, published_translation
):
    """An editor's "Sync translated snippets" on the Khmer record (no publish right, so it
    only refreshes the source): the published Thai translation stays as readers had it."""
    setattr(source, kind["field"], "ខ្លឹមសារថ្មី។")
    source = published(source)
    client.force_login(editor)
    url = reverse("wagtail_localize:update_translations", args=[published_translation.source_id])
    assert client.post(url, {"publish_translations": "on"}).status_code == 302

    record = target(published_translation)
    assert record.live
    assert getattr(record, kind["field"]) == kind["thai"][kind["field"]]
    client.logout()
    assert kind["thai"][kind["field"]] in public(client, kind)


def test_translator_syncs_from_source_without_publishing(
    client, kind, translator, source, published_translation
):
    translation = published_translation
    before = target(translation)
    changed = "ខ្លឹមសារថ្មីពីប្រភព។"
    setattr(source, kind["field"], changed)
    published(source)

    client.force_login(translator)
    assert sync(client, translation).status_code == 302

    # The changed Khmer string now waits in the Thai editor, untranslated.
    segment = StringSegment.objects.get(source=translation.source, string__data=changed)
    assert not StringTranslation.objects.filter(
        translation_of=segment.string, locale=translation.target_locale
    ).exists()
    after = type(before).objects.get(pk=before.pk)
    assert after.live and after.live_revision_id == before.live_revision_id
    assert getattr(after, kind["field"]) == kind["thai"][kind["field"]]
    assert getattr(after.latest_revision.as_object(), kind["field"]) == changed
    assert not WorkflowState.objects.filter(
        base_content_type=after.get_base_content_type(),
        object_id=str(after.pk),
        status=WorkflowState.STATUS_IN_PROGRESS,
    ).exists()
    # The Khmer source keeps its own text.
    assert getattr(type(source).objects.get(pk=source.pk), kind["field"]) == changed


def test_syncing_a_never_published_translation_leaves_it_unpublished(
    client, kind, translator, source, translation
):
    client.force_login(translator)
    assert sync(client, translation).status_code == 302
    record = target(translation)
    assert not record.live
    # Its copied live revision was the Khmer record's: never written into either record.
    assert type(source).objects.get(pk=source.pk).locale.language_code == "km"


def test_translator_cannot_publish(client, kind, translator, translation):
    record = target(translation)
    client.force_login(translator)
    editor = client.get(editor_url(record)).content.decode()
    props = editor.split('data-props="', 1)[1].split('"', 1)[0]
    assert json.loads(html.unescape(props))["perms"]["canPublish"] is False
    translate_in_editor(client, translation, words(kind, kind["thai"]))

    response = client.post(editor_url(record), {"action": "publish"})
    assert response.status_code in {302, 403}
    after = type(record).objects.get(pk=record.pk)
    assert not after.live
    assert getattr(after, kind["field"]) != kind["thai"][kind["field"]]
    assert kind["thai"][kind["field"]] not in public(client, kind)


def test_resubmitting_while_in_review_is_refused(client, kind, translator, translation):
    client.force_login(translator)
    assert submit(client, translation).status_code == 302
    denied = submit(client, translation)
    assert denied["Location"] == reverse("wagtailadmin_home")  # Wagtail's "permission denied"
    # ... and the translation is locked for the translator while a reviewer has it.
    assert sync(client, translation)["Location"] == reverse("wagtailadmin_home")
    record = target(translation)
    assert (
        WorkflowState.objects.filter(
            base_content_type=record.get_base_content_type(), object_id=str(record.pk)
        ).count()
        == 1
    )


def test_someone_without_the_change_right_gets_no_buttons(client, kind, translation):
    from tests.factories import UserFactory

    supervisor = UserFactory(username="supervisor", groups=["Complaint supervisors"])
    client.force_login(supervisor)
    for response in (submit(client, translation), sync(client, translation)):
        assert response["Location"] == reverse("wagtailadmin_home")
    record = target(translation)
    assert not WorkflowState.objects.filter(
        base_content_type=record.get_base_content_type(), object_id=str(record.pk)
    ).exists()
