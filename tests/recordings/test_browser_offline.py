"""A guide saved for offline reading keeps its recordings: offline, the player's requests
(whole file or a range) are answered from the phone; deleting the guide deletes them."""

import pytest
from django.core.files.base import ContentFile

from orientation.core.recording_slots import slot_key
from orientation.recordings.models import Recording
from tests.conftest import BROWSER_TEST
from tests.performance.test_browser_offline import open_controlled

from .factories import OGG

# They read and write offline: the site's service worker runs (tests/conftest.py browser_page).
pytestmark = [*BROWSER_TEST, pytest.mark.service_worker]

FETCH = """async ([url, range]) => {
  const response = await fetch(url, range ? {headers: {Range: range}} : {});
  const body = await response.arrayBuffer();
  return {status: response.status, bytes: body.byteLength, owner: response.headers.get("X-Audio-For")};
}"""
CACHED_RECORDINGS = """async () => {
  const found = [];
  for (const name of await caches.keys()) {
    for (const request of await (await caches.open(name)).keys()) {
      if (new URL(request.url).pathname.startsWith("/media/recordings/")) found.push(request.url);
    }
  }
  return found;
}"""


def record_first_section(language):
    from orientation.destinations.models import DestinationGuidePage

    guide = DestinationGuidePage.objects.get(slug="thailand", locale__language_code=language)
    block = next(block for block in guide.body if block.block_type == "section")
    recording = Recording(
        slot_key=slot_key(guide.translation_key, block.id, language=language),
        translation_key=guide.translation_key,
        kind="section",
        language=language,
        transcript="What the section says.",
    )
    recording.audio.save("take.ogg", ContentFile(OGG), save=False)
    recording.save()
    return recording


def test_a_saved_guide_plays_its_recordings_offline(phone, thailand_guide):
    recording = record_first_section("en")
    open_controlled(phone, thailand_guide)
    phone.get_by_role("button", name="Save this guide for offline").click()
    status = phone.locator(".save-offline__status")
    status.filter(has_text="Saved for offline").wait_for(timeout=15000)

    phone.context.set_offline(True)
    phone.goto(thailand_guide)
    section = phone.locator(".guide-menu > details").first
    section.locator("summary").first.click()
    player = section.locator("audio[data-offline-audio]")
    assert player.get_attribute("src") == recording.url
    whole = phone.evaluate(FETCH, [recording.url, None])
    assert whole == {"status": 200, "bytes": len(OGG), "owner": "/en/destinations/thailand/"}
    part = phone.evaluate(FETCH, [recording.url, "bytes=4-"])
    assert part["status"] == 206
    assert part["bytes"] == len(OGG) - 4

    # The saved list shows the guide, not its recordings; deleting it deletes them.
    phone.goto(phone.base_url + "/en/offline/?saved")
    saved = phone.locator(".saved-list li")
    saved.first.wait_for(timeout=10000)
    assert saved.count() == 1
    saved.first.get_by_role("button", name="Delete").click()
    phone.get_by_text("Nothing saved yet").wait_for(timeout=10000)
    assert phone.evaluate(CACHED_RECORDINGS) == []
