"""The three editorial reports and the dashboard panel."""

import datetime

import pytest
import time_machine
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.urls import reverse
from wagtail.models import Locale, Page

from orientation.core.unconfirmed import unconfirmed_facts
from orientation.editorial import selectors
from orientation.editorial.content_types import reviewed_page_models
from orientation.editorial.services import submit_for_translation
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
        due = selectors.due_for_review()
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


def test_snippets_with_review_dates_are_due_and_nothing_is_negatively_overdue(
    client, editor, reviewed_pages
):
    from tests.resources.factories import OrganisationFactory

    organisation = OrganisationFactory(
        name="organisation overdue", last_reviewed=datetime.date(2025, 1, 1)
    )
    with time_machine.travel(datetime.datetime(2026, 6, 1, 9, 0), tick=False):
        due = selectors.due_for_review(within_days=200)
        client.force_login(editor)
        html = client.get(reverse("editorial:due_for_review") + "?within=200").content.decode()
    entry = next(item for item in due if item.item == organisation)
    assert entry.days_overdue == (FROZEN_TODAY - datetime.date(2025, 6, 30)).days
    assert f"/admin/snippets/resources/organisation/edit/{organisation.pk}/" in html
    later = next(item for item in due if item.item.pk == reviewed_pages["later"].pk)
    assert later.due_on > FROZEN_TODAY and later.days_overdue == 0  # due within the look-ahead
    assert all(item.days_overdue >= 0 for item in due)
    assert "<td>-" not in html


def test_review_due_report_query_count_does_not_grow(
    client, editor, reviewed_pages, django_assert_max_num_queries
):
    client.force_login(editor)
    client.get(reverse("editorial:due_for_review"))
    with django_assert_max_num_queries(60):
        client.get(reverse("editorial:due_for_review"))


# --- To be confirmed -----------------------------------------------------------------------


def guide_with(home_km, *cards):
    from orientation.destinations.models import DestinationGuidePage

    page = create_page(DestinationGuidePage, home_km, factories_by_model())
    page.body = list(cards)
    page.save_revision().publish()
    return DestinationGuidePage.objects.get(pk=page.pk)


def test_a_verified_card_is_confirmed_and_an_unverified_one_is_not(home_km):
    from tests.destinations.factories import contact_card

    verified = guide_with(home_km, contact_card(number="191", verified=True))
    assert verified.body[0].value["to_be_confirmed"] is False
    assert unconfirmed_facts(verified) == []  # the *_confirmed flag read the right way
    verified.body = [contact_card(number="", verified=False, source="")]
    assert unconfirmed_facts(verified) == ["body > contact_card"]


def test_to_be_confirmed_report_lists_each_kind_of_record(client, editor, home_km):
    from tests.resources.factories import OrganisationFactory, translate, verified_phone
    from tests.rights.factories import LegalInstrumentFactory
    from tests.scams.factories import AgencyFactory

    contacts = set_hotline("ក្រសួង", "Ministry")
    instrument = LegalInstrumentFactory(year="")
    dated = LegalInstrumentFactory(official_url="https://example.org/c189")
    agency = AgencyFactory(valid_from=None)
    organisation = OrganisationFactory(address="Phnom Penh", address_source="")
    thai = translate(organisation, "th", name="องค์กร")
    checked = OrganisationFactory(
        contacts=[verified_phone("1280", "Ministry notice")],
        address="Phnom Penh",
        address_source="Ministry notice",
    )

    items = selectors.unconfirmed_content()
    found = {item.marker: item for item in items}
    assert f"home.contactsettings:{contacts.pk}" in found
    assert f"rights.legalinstrument:{instrument.pk}" in found
    assert [f.where for f in found[f"rights.legalinstrument:{instrument.pk}"].facts] == [
        "year",
        "official_url",
    ]
    assert f"rights.legalinstrument:{dated.pk}" not in found
    assert f"scams.agency:{agency.pk}" in found
    assert f"resources.organisation:{organisation.pk}" in found
    assert f"resources.organisation:{thai.pk}" in found  # every language
    assert f"resources.organisation:{checked.pk}" not in found

    client.force_login(editor)
    html = client.get(reverse("editorial:to_be_confirmed")).content.decode()
    assert f'data-unconfirmed-item="scams.agency:{agency.pk}"' in html
    assert "hotlines &gt; hotline &gt; contact" in html


def test_a_note_in_any_language_is_reported(home_km):
    """A to-be-confirmed note is unconfirmed by what it is, not by its wording."""
    from orientation.rights.models import RightsPage

    factories = factories_by_model()
    page = create_page(RightsPage, home_km, factories)
    page.body = [{"type": "to_be_confirmed", "value": {"note": "โทษ: รอการยืนยัน"}}]
    page.save_revision().publish()
    reported = {item.marker for item in selectors.unconfirmed_content()}
    assert f"rights.rightspage:{page.pk}" in reported


def test_aliases_and_drafts_are_not_reported(home_km, synced_trees):
    from tests.destinations.factories import contact_card

    guide = guide_with(home_km, contact_card(number="", verified=False, source=""))
    synced_trees()
    guide.save_revision()  # a draft on top changes nothing readers see
    pages = [
        item.instance for item in selectors.unconfirmed_content() if isinstance(item.instance, Page)
    ]
    assert guide.pk in {page.pk for page in pages}
    assert all(page.alias_of_id is None and page.live for page in pages)


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
    assert status_of(page, "th") == selectors.NOT_STARTED  # an alias only

    thai = Locale.objects.get(language_code="th")
    with (
        time_machine.travel(datetime.datetime(2026, 3, 2, 9, 0), tick=True),
        django_capture_on_commit_callbacks(execute=True),
    ):
        submit_for_translation([page], [thai])
    assert status_of(page, "th") == selectors.IN_PROGRESS  # a draft until a reviewer publishes
    with time_machine.travel(datetime.datetime(2026, 3, 2, 10, 0), tick=True):
        page.get_translation(thai).get_latest_revision().publish()
    assert status_of(page, "th") == selectors.PUBLISHED

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
    assert status_of(page, "th") == selectors.PUBLISHED


def test_translation_report_page(client, editor, home_km, editorial):
    client.force_login(editor)
    response = client.get(reverse("editorial:translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    # The demo home is translated into English by hand and only an alias elsewhere.
    assert 'data-locale="en" data-status="published"' in html
    assert 'data-locale="th" data-status="not_started"' in html
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

    from tests.scams.factories import AgencyFactory

    def queries():
        with CaptureQueriesContext(connection) as captured:
            selectors.unconfirmed_content()
        return len(captured)

    AgencyFactory(address="")
    before = queries()
    for _ in range(3):
        AgencyFactory(address="")  # licensed, no destinations, no address
    assert len(selectors.unconfirmed_content()) >= 4
    assert queries() == before
