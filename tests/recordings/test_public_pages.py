"""Where a slot has a recording the public page plays it (with its transcript); where it has
none there is no player at all. The page's recordings cost one query, whatever their number."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from orientation.core.content_generation import bump_generation
from orientation.core.recording_slots import slot_key
from orientation.recordings.models import Recording
from tests.lessons.factories import LETTER_ID, ORDERING_ID

from .factories import CARD, OGG, SECTION_ONE, SECTION_TWO, SENTENCE_ONE, SENTENCE_TWO

GUIDE = "/km/destinations/thailand/"


def recording_of(page, block_id, child_id="", language="km", transcript=""):
    from django.core.files.base import ContentFile

    recording = Recording(
        slot_key=slot_key(page.translation_key, block_id, child_id, language),
        translation_key=page.translation_key,
        kind="section",
        language=language,
        transcript=transcript,
    )
    recording.audio.save("take.ogg", ContentFile(OGG), save=False)
    recording.save()
    return recording


def players(html):
    return re.findall(r'<audio[^>]*data-offline-audio="([^"]+)"', html)


def test_no_recording_no_player(client, guide):
    html = client.get(GUIDE).content.decode()
    assert "<audio" not in html


def test_a_section_plays_its_recording_with_the_transcript(client, guide):
    recording = recording_of(guide, SECTION_ONE, transcript="Bring your passport, always.")
    html = client.get(GUIDE).content.decode()
    assert players(html) == [recording.url]
    section = html.split(f'id="section-{SECTION_ONE}"')[1].split("</details>\n</div>")[0]
    assert recording.url in section
    assert "Bring your passport, always." in section
    assert 'preload="none"' in section
    other = html.split(f'id="section-{SECTION_TWO}"')[1]
    assert "<audio" not in other.split("</details>")[0]


def test_a_khmer_reading_is_not_played_on_the_english_page(client, guide, synced_trees):
    recording_of(guide, SECTION_ONE)
    english = client.get("/en/destinations/thailand/").content.decode()
    assert "<audio" not in english


def test_a_show_this_sentence_plays_in_every_language_of_the_guide(client, guide):
    recording = recording_of(guide, CARD, SENTENCE_TWO, language="th")
    for url in (GUIDE, "/en/destinations/thailand/"):
        html = client.get(url).content.decode()
        card = html.split('class="show-this__sentences"')[1].split("</ol>")[0]
        items = card.split("<li>")[1:]
        assert "<audio" not in items[0]
        assert recording.url in items[1]
        assert 'lang="' in items[1]


@pytest.mark.parametrize("count", [1, 3])
def test_recordings_cost_one_query_whatever_their_number(client, guide, count):
    blocks = [(SECTION_ONE, "", "km"), (SECTION_TWO, "", "km"), (CARD, SENTENCE_ONE, "th")]
    for block_id, child_id, language in blocks[:count]:
        recording_of(guide, block_id, child_id, language)
    client.get(GUIDE)  # warm caches (site root, locales)
    bump_generation()  # the guide itself rendered again, as after a publish
    with CaptureQueriesContext(connection) as queries:
        client.get(GUIDE)
    recording_queries = [q for q in queries if "recordings_recording" in q["sql"]]
    assert len(recording_queries) == 1


def test_a_lesson_step_plays_its_recording(client, lesson):
    recording = recording_of(lesson, ORDERING_ID)
    html = client.get("/km/lessons/sample/").content.decode()
    assert html.count(recording.url) == 1
    ordering = html.split('data-kind="ordering"')[1].split("</form>")[0]
    assert recording.url in ordering
    letter = html.split('data-kind="ordering"')[0].split(LETTER_ID)[-1]
    assert "<audio" not in letter
