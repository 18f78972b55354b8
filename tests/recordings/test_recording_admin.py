"""The report of slots and the page that records or uploads one: who may use them, what
they accept, and the count of what is still missing."""

import re
from urllib.parse import urlencode

import pytest
from django.urls import reverse

from orientation.core.recording_slots import slot_key
from orientation.recordings.models import Recording

from .factories import MP3, OGG, PNG, SECTION_ONE, WEBM, upload

REPORT = "/admin/recordings/"


def record_url(key):
    return reverse("recordings:record") + "?" + urlencode({"key": key})


def assert_refused(response):
    """Wagtail answers a refused admin view by sending the user back to the dashboard."""
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


def missing_on(response):
    return int(re.search(rb'data-recordings-missing="(\d+)"', response.content).group(1))


@pytest.fixture
def section_key(guide):
    return slot_key(guide.translation_key, SECTION_ONE, language="km")


@pytest.mark.parametrize("who", ["editor", "reviewer"])
def test_editors_and_reviewers_see_the_report_and_record(client, request, guide, section_key, who):
    client.force_login(request.getfixturevalue(who))
    response = client.get(REPORT)
    assert response.status_code == 200
    assert section_key.encode() in response.content
    response = client.post(
        record_url(section_key), {"audio": upload(OGG), "transcript": "Before you go."}
    )
    assert response.status_code == 302
    recording = Recording.objects.get(slot_key=section_key)
    assert recording.recorded_by.username == who
    assert recording.transcript == "Before you go."
    assert recording.audio.name.endswith(".ogg")
    assert recording.language == "km"
    assert recording.kind == "section"


@pytest.mark.parametrize("who", ["officer", "translator"])
def test_officers_and_translators_may_not_record(client, request, guide, section_key, who):
    client.force_login(request.getfixturevalue(who))
    assert_refused(client.get(REPORT))
    assert_refused(client.get(record_url(section_key)))
    assert_refused(client.post(record_url(section_key), {"audio": upload(OGG)}))
    assert not Recording.objects.exists()


def test_anonymous_is_sent_to_sign_in(client, guide, section_key):
    response = client.post(record_url(section_key), {"audio": upload(OGG)})
    assert response.status_code == 302
    assert "/admin/login/" in response["Location"]
    assert not Recording.objects.exists()


def test_the_report_is_not_in_officers_menu(client, officer, editor):
    client.force_login(officer)
    assert REPORT.encode() not in client.get("/admin/").content
    client.force_login(editor)
    assert REPORT.encode() in client.get("/admin/").content


@pytest.mark.parametrize(
    "content,extension", [(OGG, "ogg"), (WEBM, "webm"), (MP3, "mp3")], ids=["ogg", "webm", "mp3"]
)
def test_audio_is_stored_under_the_extension_of_its_content(
    client, editor, section_key, content, extension
):
    client.force_login(editor)
    client.post(record_url(section_key), {"audio": upload(content, name="take.bin")})
    assert Recording.objects.get().audio.name.endswith("." + extension)


def test_a_picture_named_like_a_sound_is_refused_and_the_transcript_kept(
    client, editor, section_key
):
    client.force_login(editor)
    response = client.post(
        record_url(section_key),
        {"audio": upload(PNG, name="take.mp3", content_type="audio/mpeg"), "transcript": "Kept"},
    )
    assert response.status_code == 200
    assert b"This is not a sound file we can play" in response.content
    assert b"Kept</textarea>" in response.content
    assert not Recording.objects.exists()


def test_too_big_is_refused(client, editor, section_key, settings):
    settings.RECORDING_MAX_BYTES = 100
    client.force_login(editor)
    response = client.post(record_url(section_key), {"audio": upload(OGG)})
    assert b"This sound file is too big" in response.content
    assert not Recording.objects.exists()


def test_the_recorder_gets_json_back(client, editor, section_key):
    client.force_login(editor)
    headers = {"Accept": "application/json"}
    refused = client.post(record_url(section_key), {"audio": upload(PNG)}, headers=headers)
    assert refused.status_code == 400
    assert refused.json()["ok"] is False
    kept = client.post(record_url(section_key), {"audio": upload(WEBM)}, headers=headers)
    assert kept.json()["ok"] is True
    assert kept.json()["url"] == Recording.objects.get().url


def test_a_redo_replaces_the_file(client, editor, section_key):
    client.force_login(editor)
    client.post(record_url(section_key), {"audio": upload(OGG)})
    first = Recording.objects.get()
    storage, first_name = first.audio.storage, first.audio.name
    client.post(record_url(section_key), {"audio": upload(MP3)})
    again = Recording.objects.get()
    assert again.pk == first.pk
    assert again.audio.name != first_name
    assert not storage.exists(first_name)


def test_an_unknown_slot_is_not_found(client, editor, guide):
    client.force_login(editor)
    key = slot_key(guide.translation_key, "no-such-block", language="km")
    assert client.post(record_url(key), {"audio": upload(OGG)}).status_code == 404


def test_missing_goes_down_by_one_when_a_slot_is_recorded(client, editor, section_key):
    client.force_login(editor)
    before = missing_on(client.get(REPORT))
    # Two sections in km (aliases have none) and two sentences.
    assert before == 4
    client.post(record_url(section_key), {"audio": upload(OGG)})
    assert missing_on(client.get(REPORT)) == before - 1
    missing_only = client.get(REPORT, {"status": "missing"})
    assert section_key.encode() not in missing_only.content
    sentences = client.get(REPORT, {"kind": "show_this_sentence"})
    assert section_key.encode() not in sentences.content
    assert missing_on(sentences) == 2


def test_the_report_and_its_messages_speak_khmer(client, reviewer, section_key):
    # A reviewer who never chose a language reads the admin in the site's default, Khmer.
    client.force_login(reviewer)
    text = client.get(REPORT).content.decode()
    assert "ការថតសំឡេង" in text  # "Recordings"
    assert "4 ក្នុងចំណោម 4 កន្លែង មិនទាន់មានការថតសំឡេងនៅឡើយ។" in text
    refused = client.post(record_url(section_key), {"audio": upload(PNG)}).content.decode()
    assert "នេះមិនមែនជាឯកសារសំឡេងដែលយើងអាចចាក់បានទេ" in refused
