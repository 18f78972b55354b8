"""The three editorial reports and the dashboard panel."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import Locale, Page

from home.models import ContactSettings
from orientation.alerts.models import Alert
from orientation.core.constants import TO_BE_CONFIRMED_EN, TO_BE_CONFIRMED_KM
from orientation.editorial import selectors
from orientation.editorial.content_types import reviewed_page_models
from orientation.editorial.services import submit_for_translation
from orientation.editorial.unconfirmed import walk
from tests.factories import set_hotline

from .discovery import create_page, factories_by_model

FROZEN_TODAY = datetime.date(2026, 6, 1)


def a_reviewed_page_model():
    factories = factories_by_model()
    for model in reviewed_page_models():
        if model in factories:
            return model, factories
    pytest.skip("no page type with review dates has a factory yet")


def several_reviewed_pages(home_km, count):
    """count pages of one BasePage type: the first type whose factory can make that many
    side by side (an index page allows one per parent, a guide one per destination)."""
    factories = factories_by_model()
    for model in reviewed_page_models():
        if model not in factories:
            continue
        try:
            with transaction.atomic():
                return [create_page(model, home_km, factories) for _ in range(count)]
        except (ValidationError, IntegrityError, LookupError):
            continue
    pytest.skip("no page type with review dates can be made several times yet")


@pytest.fixture
def reviewed_pages(home_km, editorial):
    """Three pages of a BasePage type: overdue, due today, and not yet due."""
    made = several_reviewed_pages(home_km, 3)
    pages = {}
    for page, (name, last_reviewed, interval) in zip(
        made,
        [
            ("overdue", datetime.date(2025, 1, 1), 180),
            ("today", FROZEN_TODAY - datetime.timedelta(days=30), 30),
            ("later", FROZEN_TODAY - datetime.timedelta(days=10), 180),
        ],
        strict=True,
    ):
        type(page).objects.filter(pk=page.pk).update(
            last_reviewed=last_reviewed,
            review_interval_days=interval,
            title=f"page {name}",
            draft_title=f"page {name}",
        )
        pages[name] = Page.objects.get(pk=page.pk).specific
    return pages


def test_review_due_with_a_frozen_clock(reviewed_pages):
    with time_machine.travel(datetime.datetime(2026, 6, 1, 9, 0), tick=False):
        due = selectors.pages_due_for_review()
    due_ids = [item.page.pk for item in due]
    assert due_ids[0] == reviewed_pages["overdue"].pk  # most overdue first
    assert reviewed_pages["today"].pk in due_ids
    assert reviewed_pages["later"].pk not in due_ids
    overdue = next(i for i in due if i.page.pk == reviewed_pages["overdue"].pk)
    assert overdue.due_on == datetime.date(2025, 6, 30)
    assert overdue.days_overdue == (FROZEN_TODAY - datetime.date(2025, 6, 30)).days


def test_review_due_report_and_dashboard_panel(client, editor, reviewed_pages):
    client.force_login(editor)
    with time_machine.travel(datetime.datetime(2026, 6, 1, 9, 0), tick=False):
        report = client.get(reverse("editorial:due_for_review"))
        dashboard = client.get(reverse("wagtailadmin_home"))
    assert report.status_code == 200
    html = report.content.decode()
    assert "page overdue" in html and "page later" not in html
    assert reverse("wagtailadmin_pages:edit", args=[reviewed_pages["overdue"].pk]) in html
    panel = dashboard.content.decode()
    assert 'data-editorial-panel="due-for-review"' in panel
    assert "page overdue" in panel


def test_review_due_report_query_count_does_not_grow(
    client, editor, reviewed_pages, django_assert_max_num_queries
):
    client.force_login(editor)
    client.get(reverse("editorial:due_for_review"))
    with django_assert_max_num_queries(60):
        client.get(reverse("editorial:due_for_review"))


# --- To be confirmed -----------------------------------------------------------------------


def test_walker_finds_each_kind_of_marker():
    raw = [
        {"type": "hotline", "value": {"contact": {"number": "", "verified": False, "source": ""}}},
        {
            "type": "hotline",
            "value": {"contact": {"number": "117", "verified": True, "source": "x"}},
        },
        {"type": "fact", "value": {"text": "Fee: 30 USD", "amount_confirmed": False}},
        {"type": "fact", "value": {"text": "ok", "amount_confirmed": True}},
        {"type": "paragraph", "value": f"<p>Address: {TO_BE_CONFIRMED_EN.upper()}</p>"},
        {"type": "paragraph", "value": f"<p>អាសយដ្ឋាន៖ {TO_BE_CONFIRMED_KM}</p>"},
    ]
    facts = list(walk(raw, ["body"]))
    reasons = [fact.reason for fact in facts]
    assert reasons.count("number not verified") == 1
    assert any("amount_confirmed" in reason for reason in reasons)
    assert reasons.count("text says 'to be confirmed'") == 2
    assert len(facts) == 4


def test_to_be_confirmed_report_finds_every_marked_fact(client, editor, home_km):
    home_km.intro = f"Hotline: {TO_BE_CONFIRMED_KM}"
    home_km.save_revision().publish()
    contacts = set_hotline("ក្រសួង", "Ministry")
    alert = Alert.objects.create(
        title="Border",
        message=f"Opening hours {TO_BE_CONFIRMED_EN}",
        locale=Locale.objects.get(language_code="km"),
        live=True,
    )

    items = selectors.unconfirmed_content()
    found = {(type(item.instance), item.instance.pk) for item in items}
    assert (type(home_km), home_km.pk) in found
    assert (ContactSettings, contacts.pk) in found
    assert (Alert, alert.pk) in found

    client.force_login(editor)
    html = client.get(reverse("editorial:to_be_confirmed")).content.decode()
    assert reverse("wagtailadmin_pages:edit", args=[home_km.pk]) in html
    assert "number not verified" in html
    assert f"/admin/snippets/alerts/alert/edit/{alert.pk}/" in html


def test_aliases_are_not_reported_twice(home_km, synced_trees):
    home_km.intro = TO_BE_CONFIRMED_EN
    home_km.save_revision().publish()
    synced_trees()
    pages = [
        item.instance for item in selectors.unconfirmed_content() if isinstance(item.instance, Page)
    ]
    assert all(page.alias_of_id is None for page in pages)


# --- Translation status --------------------------------------------------------------------


def status_of(page, code):
    _locales, rows = selectors.translation_report(Locale.objects.filter(language_code=code))
    row = next(row for row in rows if row.source.pk == page.pk)
    return row.cells[0].status


def test_translation_out_of_date_after_the_source_changes(
    home_km, editorial, django_capture_on_commit_callbacks
):
    model, factories = a_reviewed_page_model()
    with time_machine.travel(datetime.datetime(2026, 3, 1, 9, 0), tick=True):
        page = create_page(model, home_km, factories)
    assert status_of(page, "th") == selectors.MISSING  # an alias only

    thai = Locale.objects.get(language_code="th")
    with (
        time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0), tick=True),
        django_capture_on_commit_callbacks(execute=True),
    ):
        submit_for_translation([page], [thai])
    assert status_of(page, "th") == selectors.TRANSLATED

    with time_machine.travel(datetime.datetime(2026, 3, 3, 9, 0), tick=True):
        page.title = page.title + " (new)"
        page.save_revision().publish()
    assert status_of(page, "th") == selectors.OUT_OF_DATE

    # A translator syncs the translation with the new source: up to date again.
    from wagtail_localize.models import Translation, TranslationSource

    with time_machine.travel(datetime.datetime(2026, 3, 4, 9, 0), tick=True):
        source, _ = TranslationSource.update_or_create_from_instance(page)
        with django_capture_on_commit_callbacks(execute=True):
            Translation.objects.get(source=source, target_locale=thai).save_target(publish=True)
    assert status_of(page, "th") == selectors.TRANSLATED


def test_translation_report_page(client, editor, home_km, editorial):
    client.force_login(editor)
    response = client.get(reverse("editorial:translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    # The demo home is translated into English by hand and only an alias elsewhere.
    assert 'data-locale="en" data-status="translated"' in html
    assert 'data-locale="th" data-status="missing"' in html
    assert reverse("editorial:translate_destination", args=[home_km.pk]) in html


def test_translation_report_query_count_does_not_grow(
    client, editor, editorial, django_assert_max_num_queries
):
    client.force_login(editor)
    client.get(reverse("editorial:translation_status"))
    with django_assert_max_num_queries(40):
        client.get(reverse("editorial:translation_status"))


def test_to_be_confirmed_query_count_does_not_grow_with_content(home_km, editorial):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    def queries():
        with CaptureQueriesContext(connection) as captured:
            selectors.unconfirmed_content()
        return len(captured)

    before = queries()
    for page in several_reviewed_pages(home_km, 3):
        page.title = f"{page.title} {TO_BE_CONFIRMED_EN}"
        page.save_revision().publish()
    assert len(selectors.unconfirmed_content()) >= 3
    assert queries() == before
