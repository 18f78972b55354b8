"""The admin report of searches that found nothing, and the rebuild command."""

import datetime
from io import StringIO

import pytest
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from orientation.search.selectors import most_frequent_unanswered_queries
from orientation.search.services import unanswered_query_record
from tests.factories import UserFactory
from tests.search.factories import SearchablePageFactory, UnansweredQueryFactory

REPORT_URL = "/admin/reports/searches-with-no-results/"


@pytest.mark.django_db
def test_record_stores_the_normalised_query_and_a_count_per_day_only():
    unanswered_query_record("  Zzyzx!! ")
    unanswered_query_record("zzyzx")
    unanswered_query_record("ZZYZX", day=timezone.localdate() - datetime.timedelta(days=1))
    rows = most_frequent_unanswered_queries()
    assert rows[0]["query"] == "zzyzx"
    assert rows[0]["searches"] == 3
    from orientation.search.models import UnansweredQuery

    field_names = {field.name for field in UnansweredQuery._meta.get_fields()}
    assert field_names == {"id", "query", "day", "hits"}


@pytest.mark.django_db
def test_record_ignores_queries_without_words():
    from orientation.search.models import UnansweredQuery

    unanswered_query_record("!!!")
    assert not UnansweredQuery.objects.exists()


@pytest.mark.django_db
def test_report_orders_by_frequency_within_the_period():
    today = timezone.localdate()
    UnansweredQueryFactory(query="rare", hits=1)
    UnansweredQueryFactory(query="frequent", hits=5)
    UnansweredQueryFactory(query="frequent", hits=4, day=today - datetime.timedelta(days=3))
    UnansweredQueryFactory(query="old", hits=99, day=today - datetime.timedelta(days=60))
    rows = most_frequent_unanswered_queries(days=30)
    assert [(row["query"], row["searches"]) for row in rows] == [("frequent", 9), ("rare", 1)]


@pytest.mark.django_db
def test_report_page_shows_counts_to_an_allowed_user(client):
    UnansweredQueryFactory(query="ប្រាក់ខែ", hits=7)
    admin = UserFactory(is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.get(REPORT_URL)
    assert response.status_code == 200
    body = response.content.decode()
    assert "ប្រាក់ខែ" in body
    assert ">7<" in body


@pytest.mark.django_db
def test_report_page_is_refused_without_the_permission(client):
    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(user)
    response = client.get(REPORT_URL)
    assert response.status_code in {302, 403}
    allowed = UserFactory()
    allowed.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_unansweredquery"),
    )
    client.force_login(allowed)
    assert client.get(REPORT_URL).status_code == 200


@pytest.mark.django_db
def test_rebuild_command_indexes_pages_with_khmer_segmentation(home_km):
    from modelsearch.conf import get_app_config

    page = SearchablePageFactory(parent=home_km, intro="សូមរក្សាលិខិតឆ្លងដែនរបស់អ្នក")
    IndexEntry = get_app_config().get_model("IndexEntry")
    IndexEntry.objects.all().delete()
    assert not Page.objects.live().search("លិខិតឆ្លងដែន")
    output = StringIO()
    call_command("rebuild_search_index", stdout=output)
    assert "Search index rebuilt" in output.getvalue()
    assert page.pk in {found.pk for found in Page.objects.live().search("លិខិតឆ្លងដែន")}
