"""Issue 19: the index is there in production. Published pages missing from the search index
(a restored database, content loaded while no worker ran) are counted, shown on the admin
dashboard, and built by `migrate`; a rebuild forgets cached outcomes at once."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation
from modelsearch.conf import get_app_config
from wagtail.models import Page

from orientation.search.index_health import search_index_health
from orientation.search.selectors import search_site
from tests.factories import UserFactory
from tests.search.factories import SearchablePageFactory

pytestmark = pytest.mark.django_db

IndexEntry = get_app_config().get_model("IndexEntry")


@pytest.fixture
def wage_pages(home_km):
    home_en = Page.objects.get(depth=2, locale__language_code="en")
    return [
        SearchablePageFactory(parent=home_en, title="Unpaid wages", slug="unpaid-wages"),
        SearchablePageFactory(parent=home_en, title="Wage slips", slug="wage-slips"),
    ]


def forget_index_of(pages):
    """What a database holds when its pages were saved but never indexed."""
    for page in pages:
        IndexEntry.objects.filter(
            content_type_id=page.content_type_id, object_id=str(page.pk)
        ).delete()


def titles_found(query):
    return [hit.title for hit in search_site(query, "en").hits]


def test_health_counts_published_pages_missing_from_the_index(wage_pages):
    live = search_index_health().live_pages
    assert live >= 2
    assert search_index_health().complete
    forget_index_of(wage_pages[:1])
    health = search_index_health()
    assert (health.unindexed_pages, health.behind, health.empty) == (1, True, False)
    forget_index_of(Page.objects.live().filter(depth__gte=3).specific())
    health = search_index_health()
    assert (health.unindexed_pages, health.empty) == (live, True)


def test_a_draft_is_not_counted_as_missing(wage_pages):
    draft = wage_pages[0]
    draft.unpublish()
    forget_index_of([draft])
    assert search_index_health().complete


def test_migrate_builds_the_index_when_published_pages_are_missing(wage_pages):
    forget_index_of(Page.objects.live().filter(depth__gte=3).specific())
    assert titles_found("unpaid") == []
    call_command("migrate", verbosity=0, interactive=False)
    assert search_index_health().complete
    assert titles_found("unpaid") == ["Unpaid wages"]


def test_migrate_leaves_a_complete_index_alone(wage_pages, django_assert_max_num_queries):
    # Two reads for the check; a rebuild would write every entry again.
    from django.apps import apps

    from orientation.search.apps import build_index_if_incomplete

    last_app = [config for config in apps.get_app_configs() if config.models_module][-1]
    before = set(IndexEntry.objects.values_list("pk", flat=True))
    with django_assert_max_num_queries(3):
        build_index_if_incomplete(sender=last_app, verbosity=0)
    assert set(IndexEntry.objects.values_list("pk", flat=True)) == before


def test_a_rebuild_forgets_a_cached_nothing_found(wage_pages):
    cache.clear()
    forget_index_of(wage_pages)
    assert titles_found("slips") == []  # ...and kept in the cache for ten minutes
    call_command("rebuild_search_index", verbosity=0)
    assert titles_found("slips") == ["Wage slips"]


def test_the_dashboard_says_how_many_pages_search_cannot_find(client, wage_pages):
    editor = UserFactory(is_superuser=True)
    client.force_login(editor)
    assert "data-search-index" not in client.get("/admin/").content.decode()

    forget_index_of(wage_pages[:1])
    html = client.get("/admin/").content.decode()
    assert 'data-search-index="behind"' in html
    assert 'data-unindexed-pages="1"' in html

    forget_index_of(Page.objects.live().filter(depth__gte=3).specific())
    html = client.get("/admin/").content.decode()
    assert 'data-search-index="empty"' in html
    assert "rebuild_search_index" in html


def test_the_warning_is_in_khmer_for_khmer_staff():
    message = (
        "Warning: search finds no page yet, because the search index is empty. Run "
        "manage.py rebuild_search_index on the server (docs/deployment.md)."
    )
    with translation.override("km"):
        khmer = translation.gettext(message)
    assert khmer != message
    assert "rebuild_search_index" in khmer


def test_migrate_fills_an_empty_vocabulary_of_a_complete_index(home_km):
    """A deployment whose index predates the vocabulary gets it on its next migrate."""
    from orientation.search.models import SearchWord

    SearchablePageFactory(parent=home_km, slug="v", title="ពាក្យថ្មី", intro="ពាក្យថ្មី")
    SearchWord.objects.all().delete()
    assert search_index_health().complete
    call_command("rebuild_search_index", if_incomplete=True, verbosity=0)
    assert SearchWord.objects.filter(word__contains="ថ្មី").exists()
    SearchWord.objects.filter(word__contains="ថ្មី").update(occurrences=999)
    call_command("rebuild_search_index", if_incomplete=True, verbosity=0)
    # Complete, with its vocabulary: nothing rebuilt.
    assert SearchWord.objects.filter(word__contains="ថ្មី", occurrences=999).exists()


def test_an_index_in_the_old_format_is_emptied_by_its_migration_and_rebuilt_by_migrate(
    home_km,
):
    """search.0007: entries written before cluster pairs cannot be found by the queries that
    ask for pairs (a word the breaker cut differently inside a run); migrate makes them anew."""
    import importlib
    from types import SimpleNamespace

    from django.db import connection

    page = SearchablePageFactory(
        parent=home_km, slug="complaint", title="ពាក្យ", intro="សូមដាក់បណ្តឹងរបស់អ្នកនៅទីនេះ។"
    )
    entry = IndexEntry.objects.get(content_type_id=page.content_type_id, object_id=str(page.pk))
    # The entry as the old format wrote it: words and single clusters, no pairs.
    entry.body = "សូម ដាក់ បណ្តឹ ងរ បស់ អ្នក នៅ ទីនេះ ប ណ្តឹ ង រ ប ស់"
    entry.save()
    assert search_site("បណ្តឹង", "km").hits == []

    migration = importlib.import_module("orientation.search.migrations.0007_index_cluster_pairs")
    # The migration's function, given what it uses of a schema editor (a real one cannot
    # open inside the test's transaction on SQLite).
    migration.empty_index(None, SimpleNamespace(connection=connection))
    assert not IndexEntry.objects.exists()
    call_command("migrate", verbosity=0, interactive=False)
    cache.clear()
    assert [hit.title for hit in search_site("បណ្តឹង", "km").hits] == ["ពាក្យ"]


def test_one_kept_outcome_for_every_spelling_of_a_query(wage_pages, django_assert_num_queries):
    """Kept under the normalised query: extra spaces or an invisible mark are the same
    search, answered from the first one's outcome without a query."""
    first = titles_found("unpaid  wages")
    assert first[0] == "Unpaid wages"
    with django_assert_num_queries(0):
        assert titles_found(" unpaid\u200b wages ") == first


@pytest.mark.django_db
def test_rebuilding_the_index_refreshes_the_planner_statistics_on_postgresql(home_km):
    """After a bulk import the planner's row counts for the page and index tables were those
    of the empty site, and a search over 5,000 pages ran a nested loop (issue 23)."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("planner statistics are PostgreSQL's (SQLite plans without them)")
    for number in range(30):
        SearchablePageFactory(parent=home_km, intro=f"passport {number}")
    call_command("rebuild_search_index", verbosity=0)
    with connection.cursor() as cursor:
        for table in ("wagtailcore_page", "wagtailsearch_indexentry"):
            cursor.execute(f"SELECT count(*) FROM {table}")  # noqa: S608
            rows = cursor.fetchone()[0]
            cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
            assert cursor.fetchone()[0] == rows, table


def vacuums_of(table):
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_stat_clear_snapshot()")
        cursor.execute("SELECT vacuum_count FROM pg_stat_user_tables WHERE relname = %s", [table])
        return cursor.fetchone()[0]


@pytest.mark.django_db(transaction=True)
def test_a_rebuild_vacuums_the_index_table_on_postgresql(home_km):
    """A rebuild leaves every index entry's old copies behind, still listed by the GIN
    indexes: searches rechecked three times the rows they matched until a VACUUM (issue 23).
    Outside a transaction, as `manage.py rebuild_search_index` runs, it vacuums the table."""
    from django.db import connection

    if connection.vendor != "postgresql":
        pytest.skip("VACUUM is PostgreSQL's (SQLite's full-text table has no dead rows)")
    for number in range(5):
        SearchablePageFactory(parent=home_km, intro=f"passport {number}")
    table = IndexEntry._meta.db_table
    before = vacuums_of(table)
    call_command("rebuild_search_index", verbosity=0)
    assert vacuums_of(table) == before + 1
    assert IndexEntry.objects.count() >= 5
