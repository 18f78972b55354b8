"""A translator submits a finished translation to the review workflow, reviewers are told (email
and dashboard) and approve it; a translator never publishes; a translator syncs from the Khmer
source without publishing anything."""

from urllib.parse import urlencode

import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from orientation.editorial.services import submit_for_translation
from orientation.rights.models import RightsIndexPage
from tests.rights.factories import RightsIndexPageFactory

KHMER_INTRO = "ការពន្យល់ខ្លីៗអំពីសិទ្ធិរបស់អ្នក។"
THAI_TITLE = "สิทธิของคุณ"
THAI_INTRO = "คำอธิบายสั้นๆ เกี่ยวกับสิทธิของคุณ"


@pytest.fixture
def khmer_page(home_km, editorial):
    page = RightsIndexPageFactory(
        parent=home_km, locale=home_km.locale, title="សិទ្ធិរបស់អ្នក", intro=KHMER_INTRO
    )
    page.save_revision().publish()
    return RightsIndexPage.objects.get(pk=page.pk)


@pytest.fixture
def thai_translation(khmer_page, django_capture_on_commit_callbacks):
    """A Thai translation started with wagtail-localize (what "Translate this page" does)."""
    thai = Locale.objects.get(language_code="th")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation([khmer_page], [thai])
    return Translation.objects.get(source__object_id=khmer_page.translation_key, target_locale=thai)


def thai_page(translation):
    return Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    ).specific


def translate_in_editor(client, translation, translations):
    """What the translator types into wagtail-localize's editor, through its own endpoint."""
    for segment in StringSegment.objects.filter(source=translation.source).select_related("string"):
        value = translations.get(segment.string.data)
        if value is None:
            continue
        response = client.put(
            reverse(
                "wagtail_localize:edit_string_translation",
                args=[translation.pk, segment.pk],
            ),
            data=urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in {200, 201}, response.content


def public_text(client, page):
    return client.get(page.url).content.decode()


@pytest.fixture(params=[True, False], ids=["translation-starts-live", "translation-starts-draft"])
def live_status_on_translate(request, settings):
    """Both ways wagtail-localize may start a translation of a live page: live (its default)
    or as a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False)."""
    settings.WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = request.param
    return request.param


def test_translator_submits_a_translation_and_a_reviewer_publishes_it(
    client, translator, reviewer, live_status_on_translate, thai_translation
):
    page = thai_page(thai_translation)
    client.force_login(translator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert editor.status_code == 200
    assert b"js-translation-editor" in editor.content  # wagtail-localize's editor
    assert b"data-translation-submit-for-review" in editor.content

    translate_in_editor(
        client, thai_translation, {"សិទ្ធិរបស់អ្នក": THAI_TITLE, KHMER_INTRO: THAI_INTRO}
    )
    mail.outbox.clear()
    response = client.post(
        reverse("editorial:submit_translation_for_review", args=[thai_translation.pk])
    )
    assert response.status_code == 302

    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by == translator
    assert state.current_task_state.revision.as_object().intro == THAI_INTRO
    assert THAI_INTRO not in public_text(client, page)  # not live before approval

    # Wagtail's own notification reaches the Reviewers, not the translator.
    recipients = {address for message in mail.outbox for address in message.to}
    assert reviewer.email in recipients
    assert translator.email not in recipients
    assert any(THAI_TITLE in message.subject for message in mail.outbox)

    # The reviewer's dashboard lists it under "Awaiting your review", with its language.
    client.force_login(reviewer)
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    panel = dashboard.split('id="awaiting-review-content"', 1)[1].split("</section>", 1)[0]
    assert THAI_TITLE in panel
    assert str(Locale.objects.get(language_code="th").get_display_name()) in panel

    response = client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", state.current_task_state.pk],
        ),
        {"comment": ""},
    )
    assert response.status_code in {200, 302}
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    published = RightsIndexPage.objects.get(pk=page.pk)
    assert published.live and published.intro == THAI_INTRO
    assert THAI_INTRO in public_text(client, published)


def test_translator_cannot_publish_directly(client, translator, thai_translation):
    page = thai_page(thai_translation)
    client.force_login(translator)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "&quot;canPublish&quot;: false" in editor
    translate_in_editor(client, thai_translation, {KHMER_INTRO: THAI_INTRO})

    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
    )
    assert response.status_code in {302, 403}
    assert response.get("Location", "") == reverse("wagtailadmin_home")  # Wagtail's "denied"
    assert RightsIndexPage.objects.get(pk=page.pk).intro != THAI_INTRO


def test_resubmitting_while_in_review_is_refused(client, translator, thai_translation):
    client.force_login(translator)
    url = reverse("editorial:submit_translation_for_review", args=[thai_translation.pk])
    assert client.post(url).status_code == 302
    denied = client.post(url)
    assert denied["Location"] == reverse("wagtailadmin_home")  # Wagtail's "permission denied"
    page = thai_page(thai_translation)
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1


def test_after_changes_are_requested_the_same_workflow_resumes(
    client, translator, reviewer, thai_translation
):
    page = thai_page(thai_translation)
    client.force_login(translator)
    url = reverse("editorial:submit_translation_for_review", args=[thai_translation.pk])
    client.post(url)
    state = WorkflowState.objects.get(object_id=str(page.pk))
    state.current_task_state.task.specific.on_action(state.current_task_state, reviewer, "reject")
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b'data-translation-review-status="needs-changes"' in editor.content
    translate_in_editor(client, thai_translation, {KHMER_INTRO: THAI_INTRO})
    assert client.post(url).status_code == 302

    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert WorkflowState.objects.filter(object_id=str(page.pk)).count() == 1
    assert state.current_task_state.revision.as_object().intro == THAI_INTRO


def test_translator_syncs_from_source_without_publishing(
    client, translator, khmer_page, thai_translation
):
    page = thai_page(thai_translation)
    client.force_login(translator)
    translate_in_editor(client, thai_translation, {KHMER_INTRO: THAI_INTRO})
    before = RightsIndexPage.objects.get(pk=page.pk)
    public_before = public_text(client, before)

    changed = "សេចក្តីផ្តើមថ្មីអំពីសិទ្ធិ។"
    khmer_page.intro = changed
    khmer_page.save_revision().publish()

    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b"data-translation-sync" in editor.content
    response = client.post(
        reverse("editorial:sync_translation_from_source", args=[thai_translation.pk])
    )
    assert response.status_code == 302

    # The changed Khmer string now waits in the Thai editor, untranslated.
    segment = StringSegment.objects.get(source=thai_translation.source, string__data=changed)
    assert not StringTranslation.objects.filter(
        translation_of=segment.string, locale=thai_translation.target_locale
    ).exists()
    total, done = thai_translation.get_progress()
    assert done < total

    # Nothing went live: same live revision, same public page, the sync is only a draft.
    after = RightsIndexPage.objects.get(pk=page.pk)
    assert after.live_revision_id == before.live_revision_id
    assert after.latest_revision_id != before.latest_revision_id
    assert after.latest_revision.as_object().intro == changed
    assert public_text(client, after) == public_before
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()
    # The Khmer source keeps its new text (a never-published translation's live revision is
    # the Khmer page's: it must never be written back).
    assert RightsIndexPage.objects.get(pk=khmer_page.pk).intro == changed


def test_only_someone_who_may_edit_the_translated_page_can_sync(client, thai_translation):
    from tests.factories import UserFactory

    page = thai_page(thai_translation)
    supervisor = UserFactory(username="supervisor", groups=["Complaint supervisors"])
    client.force_login(supervisor)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert b"data-translation-sync" not in editor.content
    for name in ("sync_translation_from_source", "submit_translation_for_review"):
        denied = client.post(reverse(f"editorial:{name}", args=[thai_translation.pk]))
        assert denied["Location"] == reverse("wagtailadmin_home")  # Wagtail's "denied"
    assert Page.objects.get(pk=page.pk).latest_revision_id == page.latest_revision_id
    assert not WorkflowState.objects.filter(object_id=str(page.pk)).exists()


def test_reviewers_can_sync_too(client, reviewer, thai_translation):
    client.force_login(reviewer)
    url = reverse("editorial:sync_translation_from_source", args=[thai_translation.pk])
    assert client.post(url).status_code == 302


def test_sync_is_a_post(client, translator, thai_translation):
    client.force_login(translator)
    url = reverse("editorial:sync_translation_from_source", args=[thai_translation.pk])
    assert client.get(url).status_code == 405


@pytest.mark.parametrize("role", ["translator", "editor"])
def test_publish_immediately_on_sync_needs_the_right_to_publish(
    request, client, role, khmer_page, thai_translation, django_capture_on_commit_callbacks
):
    """wagtail-localize's "Sync translated pages" form checks only submit_translation, which
    translators and editors hold, then publishes every translation if asked to."""
    user = request.getfixturevalue(role)
    page = thai_page(thai_translation)
    client.force_login(user)
    url = reverse("wagtail_localize:update_translations", args=[thai_translation.source_id])
    form = client.get(url).content.decode()
    assert 'name="publish_translations"' not in form

    translate_in_editor(client, thai_translation, {KHMER_INTRO: THAI_INTRO})
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"publish_translations": "on"})
    assert response.status_code == 302
    after = RightsIndexPage.objects.get(pk=page.pk)
    assert after.live_revision_id == page.live_revision_id
    assert after.intro != THAI_INTRO


def test_reviewers_may_still_publish_on_sync(
    client, reviewer, thai_translation, django_capture_on_commit_callbacks
):
    page = thai_page(thai_translation)
    client.force_login(reviewer)
    url = reverse("wagtail_localize:update_translations", args=[thai_translation.source_id])
    assert 'name="publish_translations"' in client.get(url).content.decode()
    translate_in_editor(client, thai_translation, {KHMER_INTRO: THAI_INTRO})
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"publish_translations": "on"})
    assert RightsIndexPage.objects.get(pk=page.pk).intro == THAI_INTRO


def test_reviewers_are_emailed_for_a_translation_in_every_language(
    client, translator, reviewer, khmer_page, django_capture_on_commit_callbacks
):
    others = list(Locale.objects.exclude(pk=khmer_page.locale_id).order_by("language_code"))
    assert len(others) >= 2
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation([khmer_page], others)
    client.force_login(translator)
    for locale in others:
        translation = Translation.objects.get(
            source__object_id=khmer_page.translation_key, target_locale=locale
        )
        mail.outbox.clear()
        response = client.post(
            reverse("editorial:submit_translation_for_review", args=[translation.pk])
        )
        assert response.status_code == 302, locale
        recipients = {address for message in mail.outbox for address in message.to}
        assert reviewer.email in recipients, locale.language_code


def test_the_buttons_speak_khmer_to_a_khmer_translator(client, translator, thai_translation):
    from wagtail.users.models import UserProfile

    profile = UserProfile.get_for_user(translator)
    profile.preferred_language = "km"
    profile.save()
    client.force_login(translator)
    page = thai_page(thai_translation)
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content.decode()
    assert "ដាក់ជូនពិនិត្យ" in editor  # Submit for review
    assert "ធ្វើបច្ចុប្បន្នភាពពីប្រភព" in editor  # Sync from ... source


def test_sync_after_the_source_was_deleted_is_no_error(
    client, translator, khmer_page, thai_translation
):
    client.force_login(translator)
    khmer_page.delete()
    url = reverse("editorial:sync_translation_from_source", args=[thai_translation.pk])
    # wagtail-localize deletes the translation with its source: nothing left to sync, no 500.
    assert client.post(url).status_code == 404
