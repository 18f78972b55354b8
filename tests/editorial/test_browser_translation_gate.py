"""The public side of issue 17 item 2 on a phone: a translation in progress reads as the
Khmer page with the "not yet translated" notice; a published one whose Khmer source changed
says so and links the Khmer page. Both at 360 px, with an axe scan."""

import datetime

import pytest
import time_machine
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from orientation.editorial.services import submit_for_translation
from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

from .gate_content import KHMER_SUMMARY, START, THAI, make_warning

pytestmark = BROWSER_TEST
URL = "/th/scams/fake-job/"


@pytest.fixture
def thai_translation(phone, home_km, editorial, synced_trees):
    warning = make_warning(home_km)
    synced_trees()
    thai = Locale.objects.get(language_code="th")
    with time_machine.travel(START + datetime.timedelta(days=1), tick=True):
        submit_for_translation([warning], [thai])
    source = TranslationSource.objects.get_for_instance(warning)
    return warning, Translation.objects.get(source=source, target_locale=thai)


def translate_and_publish(translation):
    with time_machine.travel(START + datetime.timedelta(days=1, hours=1), tick=True):
        for segment in StringSegment.objects.filter(source=translation.source):
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=translation.target_locale,
                context=segment.context,
                defaults={"data": THAI[segment.string.data], "translation_type": "manual"},
            )
        translation.save_target(publish=True)


def check_phone_page(phone, name):
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone.evaluate("async () => { await document.fonts.ready; }")
    phone.screenshot(path=f"var/screenshots/translation-gate-{name}.png", full_page=True)


def test_a_translation_in_progress_reads_as_the_khmer_page(phone, thai_translation):
    phone.goto(phone.base_url + URL)
    assert phone.get_attribute("html", "lang") == "th"
    assert phone.get_attribute(".page-content", "lang") == "km"
    assert phone.get_by_text("It is shown in ខ្មែរ", exact=False).is_visible()
    assert KHMER_SUMMARY in phone.locator(".page-content").inner_text()
    check_phone_page(phone, "in-progress")


def test_an_out_of_date_translation_says_so_and_links_the_khmer_page(phone, thai_translation):
    warning, translation = thai_translation
    translate_and_publish(translation)
    with time_machine.travel(START + datetime.timedelta(days=2), tick=True):
        warning.summary = KHMER_SUMMARY + " ថ្មី"
        warning.save_revision().publish()
    phone.goto(phone.base_url + URL)
    notice = phone.locator("[data-translation-out-of-date]")
    assert notice.is_visible()
    assert THAI[KHMER_SUMMARY] in phone.locator(".page-content").inner_text()
    check_phone_page(phone, "out-of-date")
    notice.get_by_role("link").click()
    phone.wait_for_url("**/km/scams/fake-job/")
    assert "ថ្មី" in phone.locator(".page-content").inner_text()
