"""Searches with no results: never anything that looks personal, and only for a while."""

import datetime
import importlib
from io import StringIO

import pytest
from django.apps import apps as django_apps
from django.core.management import call_command
from django.utils import timezone

from orientation.search.models import UnansweredQuery
from orientation.search.services import looks_personal, unanswered_query_record
from tests.factories import UserFactory
from tests.search.factories import UnansweredQueryFactory

pytestmark = pytest.mark.django_db

PERSONAL = [
    "+855 12 345 678",
    "012345678",
    "call 012-345-678 please",
    "០១២ ៣៤៥ ៦៧៨",
    "(+66) 81.234.5678",
    "sok.dara@example.com",
    "sok @ gmail.com",
    "KH-ABCD2345",
    "kh abcd2345 status",
    "status of kh_7XK2M9QP",
]
ORDINARY = ["passport 2024", "ប្រាក់ខែ", "visa 30 days", "khmer lessons", "hotline 1294"]


@pytest.mark.parametrize("query", PERSONAL)
def test_a_search_that_looks_personal_is_never_stored(query):
    unanswered_query_record(query)
    assert not UnansweredQuery.objects.exists()


@pytest.mark.parametrize("query", ORDINARY)
def test_an_ordinary_search_is_counted(query):
    unanswered_query_record(query)
    assert UnansweredQuery.objects.get().hits == 1


def test_the_public_search_page_does_not_store_a_phone_number(client, home_km):
    response = client.get("/en/search/", {"q": "my number 012 345 678"})
    assert response.status_code == 200
    assert not UnansweredQuery.objects.exists()


def test_counts_older_than_the_retention_period_are_purged(settings):
    settings.UNANSWERED_QUERY_RETENTION_DAYS = 90
    today = timezone.localdate()
    UnansweredQueryFactory(query="recent", day=today - datetime.timedelta(days=89))
    UnansweredQueryFactory(query="old", day=today - datetime.timedelta(days=90))
    out = StringIO()
    call_command("search_retention", stdout=out)
    assert list(UnansweredQuery.objects.values_list("query", flat=True)) == ["recent"]
    assert "1 count(s)" in out.getvalue()


def test_the_migration_forgets_stored_rows_that_look_personal(settings):
    settings.UNANSWERED_QUERY_RETENTION_DAYS = 90
    # As rows stored before the rule hold them: normalised.
    for query in ["855 12 345 678", "sok gmail com", "kh abcd2345", "wages", "passport 2024"]:
        UnansweredQueryFactory(query=query)
    UnansweredQueryFactory(query="ancient", day=timezone.localdate() - datetime.timedelta(days=400))
    migration = importlib.import_module(
        "orientation.search.migrations.0003_unanswered_queries_without_personal_data"
    )
    migration.forget_personal_queries(django_apps, None)
    assert set(UnansweredQuery.objects.values_list("query", flat=True)) == {
        "wages",
        "passport 2024",
    }


def test_the_report_offers_no_period_longer_than_what_is_kept(client, settings):
    settings.UNANSWERED_QUERY_RETENTION_DAYS = 90
    UnansweredQueryFactory(query="ប្រាក់ខែ", hits=7)
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = client.get("/admin/reports/searches-with-no-results/?days=365")
    body = response.content.decode()
    assert response.status_code == 200
    assert "ប្រាក់ខែ" in body
    assert 'href="?days=90"' in body and 'href="?days=365"' not in body


def test_looks_personal_is_the_one_rule():
    assert all(looks_personal(query) for query in PERSONAL)
    assert not any(looks_personal(query) for query in ORDINARY)
