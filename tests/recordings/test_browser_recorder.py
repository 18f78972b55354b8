"""An editor records a guide section with the browser's microphone (Chromium's fake audio
device), listens, redoes, keeps it; the report's "missing" count goes down by one; a reader
on a phone plays the recording from the guide, with the transcript one tap away."""

import re
from pathlib import Path

import pytest

from orientation.core.recording_slots import slot_key
from orientation.recordings.models import Recording
from tests.conftest import (
    BROWSER_TEST,
    CHROMIUM,
    PHONE_CONTEXT,
    has_horizontal_scroll,
    serious_accessibility_violations,
)

from .factories import SECTION_ONE

pytestmark = BROWSER_TEST

SHOTS = Path(__file__).resolve().parents[2] / "var" / "screenshots"
HEIGHT = "() => document.documentElement.scrollHeight"
FAKE_MICROPHONE = [
    "--no-sandbox",
    "--disable-gpu",
    "--use-fake-device-for-media-stream",
    "--use-fake-ui-for-media-stream",
    "--autoplay-policy=no-user-gesture-required",
]


@pytest.fixture
def microphone_browser(chromium, live_server, transactional_db):
    """A second Chromium from the same Playwright, whose microphone is a fake device that
    beeps (and asks nobody for permission)."""
    browser = chromium.browser_type.launch(executable_path=CHROMIUM, args=FAKE_MICROPHONE)
    browser.base_url = live_server.url
    yield browser
    browser.close()


def missing_count(page):
    return int(page.locator("[data-recordings-missing]").get_attribute("data-recordings-missing"))


def test_record_listen_redo_keep_then_a_reader_plays_it(microphone_browser, guide, editor):
    base = microphone_browser.base_url
    key = slot_key(guide.translation_key, SECTION_ONE, language="km")
    SHOTS.mkdir(parents=True, exist_ok=True)

    # Not about offline reading: no service worker (tests/conftest.py browser_page).
    phone_context = microphone_browser.new_context(service_workers="block", **PHONE_CONTEXT)
    phone = phone_context.new_page()
    phone.goto(base + "/km/destinations/thailand/")
    first_view_before = phone.evaluate(HEIGHT)

    desk = microphone_browser.new_context(viewport={"width": 1280, "height": 900})
    admin = desk.new_page()
    admin.goto(base + "/admin/login/")
    admin.fill("input[name=username]", "editor")
    admin.fill("input[name=password]", "correct horse battery staple")
    admin.locator("form button[type=submit]").click()
    admin.wait_for_url("**/admin/")

    admin.goto(base + "/admin/recordings/")
    before = missing_count(admin)
    row = admin.locator(f'tr[data-slot="{key}"]')
    assert row.get_attribute("data-status") == "missing"
    row.get_by_role("link", name="Record or upload").click()

    # One tap to record, one to stop; then listen, and redo or keep.
    admin.get_by_role("button", name="Record", exact=True).click()
    admin.get_by_role("button", name="Stop").wait_for()
    admin.wait_for_timeout(1200)
    admin.get_by_role("button", name="Stop").click()
    take = admin.locator("[data-take-audio]")
    take.wait_for()
    assert take.get_attribute("src").startswith("blob:")
    admin.get_by_role("button", name="Redo").click()
    assert not take.is_visible()
    admin.get_by_role("button", name="Record", exact=True).click()
    admin.wait_for_timeout(1200)
    admin.get_by_role("button", name="Stop").click()
    take.wait_for()
    admin.screenshot(path=SHOTS / "recorder-take.png", full_page=True)
    admin.get_by_role("button", name="Keep").click()
    admin.locator("[data-current-recording]").wait_for()
    admin.screenshot(path=SHOTS / "recorder-kept.png", full_page=True)

    recording = Recording.objects.get(slot_key=key)
    assert recording.recorded_by.username == "editor"
    assert recording.audio.name.endswith((".webm", ".ogg", ".m4a"))
    assert recording.size > 1000  # about a second of sound, not an empty file
    assert "Before you go" in recording.transcript

    admin.goto(base + "/admin/recordings/")
    assert missing_count(admin) == before - 1
    assert admin.locator(f'tr[data-slot="{key}"]').get_attribute("data-status") == "recorded"
    desk.close()

    phone.goto(base + "/km/destinations/thailand/")
    # The player sits in the folded section: the guide's first view is as long as before.
    assert phone.evaluate(HEIGHT) == first_view_before
    section = phone.locator(f"#section-{SECTION_ONE}")
    player = section.locator("audio")
    assert player.get_attribute("preload") == "none"
    assert not player.is_visible()  # folded with its section: the first view does not grow
    section.locator("summary").first.click()
    assert player.is_visible()
    section.locator(".guide-audio__transcript summary").click()
    assert section.get_by_text("Bring your passport.").first.is_visible()
    played = player.evaluate(
        """(audio) => audio.play().then(() => new Promise((done) => {
             const started = Date.now();
             (function check() {
               if (audio.currentTime > 0.2) done(audio.currentTime);
               else if (Date.now() - started > 5000) done(audio.currentTime);
               else setTimeout(check, 100);
             })();
           }))"""
    )
    assert played > 0.2
    assert re.search(r"/media/recordings/\w+\.\w+$", player.get_attribute("src"))
    phone.screenshot(path=SHOTS / "guide-section-recording.png", full_page=True)
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone_context.close()
