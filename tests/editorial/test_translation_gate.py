"""A started translation never goes live untranslated (issue 17 item 2).

Readers of /th/ keep seeing the Khmer source, with the "not yet translated" notice and
lang="km", until a reviewer publishes the finished translation; a later draft never changes
the public page; a translation whose source changed says so. Translations are started and
translated through wagtail-localize's own views, as staff do in the admin."""

import datetime
import re

import pytest
import time_machine
from django.core.cache import cache
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from .gate_content import KHMER_SUMMARY, KHMER_TITLE, START, THAI, make_warning


@pytest.fixture
def warning(home_km, editorial):
    """A live Khmer scam warning with four strings."""
    return make_warning(home_km)


@pytest.fixture
def thai():
    return Locale.objects.get(language_code="th")


@pytest.fixture
def aliases(warning, synced_trees):
    synced_trees()
    return warning


def public_html(client, url="/th/scams/fake-job/"):
    client.logout()
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def content_div(html):
    return re.search(r'<div class="page-content"[^>]*>', html).group(0)


def start_translation(client, user, page, locale, django_capture_on_commit_callbacks):
    """wagtail-localize's own "Translate this page" form, as the admin posts it."""
    client.force_login(user)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": [locale.pk]},
        )
    assert response.status_code == 302, response.content.decode()[:500]
    source = TranslationSource.objects.get_for_instance(page)
    return Translation.objects.get(source=source, target_locale=locale)


def translate_strings(client, translator, translation, count):
    """The translator types `count` strings in wagtail-localize's editor (its string API)."""
    client.force_login(translator)
    segments = StringSegment.objects.filter(source=translation.source).order_by("order")
    for segment in segments[:count]:
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            data=f"value={THAI[segment.string.data]}",
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in {200, 201}, response.content


def publish_in_editor(client, reviewer, translation, django_capture_on_commit_callbacks):
    """The reviewer's "Publish" in wagtail-localize's editor (the translated page's edit view)."""
    client.force_login(reviewer)
    page = translation.get_target_instance()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    assert response.status_code == 302


def report_cell(client, user, source, code="th", query=""):
    client.force_login(user)
    html = client.get(reverse("editorial:translation_status") + f"?locale={code}{query}")
    html = html.content.decode()
    row = re.search(rf'<tr data-source="{source.pk}">(.*?)</tr>', html, flags=re.DOTALL)
    return row.group(1) if row else None


def assert_shows_khmer_source(html):
    assert KHMER_SUMMARY in html
    # In Thai, the page's language (issue 18); the Khmer name is marked Khmer.
    assert 'หน้านี้ยังไม่ได้แปลเป็นไทย จึงแสดงเป็น<span lang="km" dir="ltr">ខ្មែរ</span>' in html
    assert 'lang="km"' in content_div(html)
    assert "กลอุบาย" not in html


def test_a_started_translation_keeps_showing_the_source(
    client, admin_user, aliases, thai, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, admin_user, aliases, thai, django_capture_on_commit_callbacks
    )
    thai_page = translation.get_target_instance()
    assert thai_page.alias_of_id is None  # wagtail-localize made it a page of its own
    assert thai_page.live  # ...still live in the tree: readers must not get a 404

    html = public_html(client)
    assert_shows_khmer_source(html)
    # Not offered to search engines as a Thai page either.
    assert '<link rel="alternate" hreflang="th"' not in html
    sitemap = client.get("/sitemap.xml").content.decode()
    assert 'hreflang="th" href="http://testserver/th/scams/fake-job/"' not in sitemap
    api = client.get(f"/api/v2/pages/{thai_page.pk}/").json()
    assert api["title"] == KHMER_TITLE


def test_translate_with_related_pages_publishes_nothing(
    client, translator, aliases, thai, django_capture_on_commit_callbacks
):
    index = aliases.get_parent()
    client.force_login(translator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("editorial:translate_destination", args=[index.pk]), {"locales": [thai.pk]}
        )
    assert response.status_code == 302
    assert index.get_translation(thai).alias_of_id is None
    assert aliases.get_translation(thai).alias_of_id is None
    assert_shows_khmer_source(public_html(client))
    index_html = public_html(client, "/th/scams/")
    assert 'lang="km"' in content_div(index_html)


def test_translated_strings_go_public_only_when_a_reviewer_publishes(
    client, admin_user, translator, reviewer, aliases, thai, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, admin_user, aliases, thai, django_capture_on_commit_callbacks
    )
    assert 'data-progress="0/4"' in report_cell(client, reviewer, aliases)

    translate_strings(client, translator, translation, 2)
    assert 'data-progress="2/4"' in report_cell(client, reviewer, aliases)
    translate_strings(client, translator, translation, 4)
    cell = report_cell(client, reviewer, aliases)
    assert 'data-progress="4/4"' in cell
    assert 'data-status="in_progress"' in cell
    # A draft of the whole translation (what a sync or a submission for review saves).
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=False)
    assert_shows_khmer_source(public_html(client))
    # Nor do the listings, the feed or the API show the unpublished Thai title.
    for url in ("/th/scams/", "/th/feeds/scams.xml", "/api/v2/pages/?locale=th&fields=title"):
        listing = client.get(url).content.decode()
        assert KHMER_TITLE in listing, url
        assert THAI[KHMER_TITLE] not in listing, url

    publish_in_editor(client, reviewer, translation, django_capture_on_commit_callbacks)
    html = public_html(client)
    assert THAI[KHMER_SUMMARY] in html
    assert "not yet translated" not in html
    assert 'lang="km"' not in content_div(html)
    assert '<html lang="th"' in html
    assert 'data-status="published"' in report_cell(client, reviewer, aliases)
    client.logout()
    assert THAI[KHMER_TITLE] in client.get("/th/scams/").content.decode()


def published_thai_translation(client, admin_user, translator, reviewer, page, thai, capture):
    with time_machine.travel(START + datetime.timedelta(days=1), tick=True):
        translation = start_translation(client, admin_user, page, thai, capture)
        translate_strings(client, translator, translation, 4)
        publish_in_editor(client, reviewer, translation, capture)
    return translation


def test_a_later_draft_does_not_change_the_public_page(
    client, admin_user, translator, reviewer, aliases, thai, django_capture_on_commit_callbacks
):
    translation = published_thai_translation(
        client, admin_user, translator, reviewer, aliases, thai, django_capture_on_commit_callbacks
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=KHMER_SUMMARY)
    client.force_login(translator)
    client.put(
        reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
        data="value=ร่างที่ยังไม่ได้ตรวจ",
        content_type="application/x-www-form-urlencoded",
    )
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=False)
    thai_page = translation.get_target_instance()
    thai_page.refresh_from_db()
    assert thai_page.has_unpublished_changes

    html = public_html(client)
    assert THAI[KHMER_SUMMARY] in html
    assert "ร่างที่ยังไม่ได้ตรวจ" not in html
    api = client.get(f"/api/v2/pages/{thai_page.pk}/").json()
    assert api["title"] == THAI[KHMER_TITLE]


def test_a_changed_source_makes_the_translation_out_of_date(
    client, admin_user, translator, reviewer, aliases, thai, django_capture_on_commit_callbacks
):
    published_thai_translation(
        client, admin_user, translator, reviewer, aliases, thai, django_capture_on_commit_callbacks
    )
    assert "data-translation-out-of-date" not in public_html(client)

    with time_machine.travel(START + datetime.timedelta(days=2), tick=True):
        aliases.summary = KHMER_SUMMARY + " ថ្មី"
        aliases.save_revision().publish()
    html = public_html(client)
    assert "data-translation-out-of-date" in html
    assert 'href="/km/scams/fake-job/" hreflang="km"' in html
    assert '<span lang="km">ខ្មែរ</span>' in html
    assert THAI[KHMER_SUMMARY] in html  # still the published translation, with the notice
    assert 'data-status="out_of_date"' in report_cell(client, reviewer, aliases)


def test_the_report_filters_by_language_and_status(
    client, admin_user, reviewer, aliases, thai, django_capture_on_commit_callbacks
):
    start_translation(client, admin_user, aliases, thai, django_capture_on_commit_callbacks)
    in_progress = report_cell(client, reviewer, aliases, query="&status=in_progress")
    assert 'data-locale="th"' in in_progress
    assert 'data-locale="en"' not in in_progress
    assert report_cell(client, reviewer, aliases, query="&status=published") is None
    english = report_cell(client, reviewer, aliases, code="en", query="&status=not_started")
    assert 'data-status="not_started"' in english


def test_the_page_cache_forgets_the_stand_in_when_the_translation_is_published(
    client,
    settings,
    admin_user,
    translator,
    reviewer,
    aliases,
    thai,
    django_capture_on_commit_callbacks,
):
    from home.models import ContactSettings, FooterSettings

    ContactSettings.load()  # made on first use, which (rightly) empties the page cache
    FooterSettings.load()
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    translation = start_translation(
        client, admin_user, aliases, thai, django_capture_on_commit_callbacks
    )
    translate_strings(client, translator, translation, 4)
    client.logout()
    assert KHMER_SUMMARY in client.get("/th/scams/fake-job/").content.decode()
    assert client.get("/th/scams/fake-job/")["X-Page-Cache"] == "hit"

    publish_in_editor(client, reviewer, translation, django_capture_on_commit_callbacks)
    client.logout()
    response = client.get("/th/scams/fake-job/")
    assert response.get("X-Page-Cache") != "hit"
    assert THAI[KHMER_SUMMARY] in response.content.decode()
    cache.clear()


def test_the_report_exports_progress_to_a_spreadsheet(
    client, admin_user, reviewer, aliases, thai, django_capture_on_commit_callbacks
):
    start_translation(client, admin_user, aliases, thai, django_capture_on_commit_callbacks)
    client.force_login(reviewer)
    response = client.get(reverse("editorial:translation_status") + "?locale=th&export=csv")
    assert response.status_code == 200
    lines = b"".join(response.streaming_content).decode().splitlines()
    assert len(lines[0].split(",")) == 2  # the source page, then Thai
    row = next(line for line in lines if line.startswith(KHMER_TITLE))
    assert row.endswith(" 0/4")
    xlsx = client.get(reverse("editorial:translation_status") + "?export=xlsx")
    assert xlsx.status_code == 200


def test_a_translation_in_the_review_workflow_waits_for_review(
    client, admin_user, translator, reviewer, aliases, thai, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, admin_user, aliases, thai, django_capture_on_commit_callbacks
    )
    thai_page = translation.get_target_instance()
    workflow = thai_page.get_workflow()
    assert workflow is not None  # "Review before publishing" covers every locale's tree
    workflow.start(thai_page, translator)
    cell = report_cell(client, reviewer, aliases, query="&status=waiting_for_review")
    assert 'data-status="waiting_for_review"' in cell
    assert_shows_khmer_source(public_html(client))


def test_search_never_finds_an_unpublished_translation_by_its_draft(
    search_index, client, admin_user, translator, aliases, thai, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, admin_user, aliases, thai, django_capture_on_commit_callbacks
    )
    translate_strings(client, translator, translation, 4)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(user=translator, publish=False)  # the row now holds Thai
    client.logout()
    html = client.get("/th/search/", {"q": "หลอกแรงงาน"}).content.decode()
    assert THAI[KHMER_TITLE] not in html
    assert "/th/scams/fake-job/" not in html


def test_the_translators_preview_shows_the_draft_in_its_own_language(
    client, admin_user, translator, aliases, thai, django_capture_on_commit_callbacks
):
    translation = start_translation(
        client, admin_user, aliases, thai, django_capture_on_commit_callbacks
    )
    translate_strings(client, translator, translation, 4)
    response = client.get(reverse("wagtail_localize:preview_translation", args=[translation.pk]))
    html = response.content.decode()
    assert THAI[KHMER_SUMMARY] in html
    assert "not yet translated" not in html
    assert_shows_khmer_source(public_html(client))  # ...while readers still see the source
