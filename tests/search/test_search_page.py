"""The search page: bad input, escaping, ordering by language, promotions, caching."""

import pytest
from django.utils import timezone
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page

from orientation.search.models import UnansweredQuery
from tests.search.factories import SearchablePageFactory

PASSPORT_KM = "សូមរក្សាលិខិតឆ្លងដែនរបស់អ្នកឱ្យបានល្អ កុំឱ្យនិយោជកយកទៅ។"


@pytest.fixture
def passport_pages(home_km):
    home_en = Page.objects.get(depth=2, locale__language_code="en")
    km = SearchablePageFactory(
        parent=home_km, title="លិខិតឆ្លងដែន", intro=PASSPORT_KM, slug="passport"
    )
    en = SearchablePageFactory(
        parent=home_en, title="Your passport", intro="Keep your passport safe.", slug="passport-en"
    )
    return {"km": km, "en": en}


def search(client, query, language="km"):
    return client.get(f"/{language}/search/", {"q": query})


BAD_QUERIES = [
    "",
    "   ",
    "\t\n",
    "x" * 1000,
    "លិខិតឆ្លងដែន" * 100,
    "!!!",
    "?.,;:…«»—",
    '"',
    '"passport',
    "passport*",
    "*",
    "NEAR(passport wages)",
    "passport OR wages",
    "passport AND NOT wages",
    "(passport",
    "passport)",
    "-passport",
    "passport - wages",
    "title:passport",
    "{title} : passport",
    "passport' OR '1'='1",
    "passport & !wages | x:*",
    "\\",
    "<script>alert(1)</script>",
    '<img src=x onerror="alert(1)">',
    "\x00",
    "\u200b\u200b",
]


@pytest.mark.django_db
@pytest.mark.parametrize("query", BAD_QUERIES)
@pytest.mark.parametrize("language", ["km", "en"])
def test_bad_input_never_fails_and_is_never_unescaped(client, passport_pages, query, language):
    response = search(client, query, language)
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body
    assert "<img src=x" not in body
    assert 'onerror="alert' not in body


@pytest.mark.django_db
def test_query_is_put_back_in_the_header_search_box_escaped(client, passport_pages):
    response = search(client, '"><b>passport</b>')
    body = response.content.decode()
    assert 'id="site-search"' in body
    assert "&quot;&gt;&lt;b&gt;passport&lt;/b&gt;" in body
    assert "<b>passport</b>" not in body


@pytest.mark.django_db
def test_empty_query_asks_for_a_word_in_the_visitors_language(client, home_km):
    assert "Type a word" in search(client, "", "en").content.decode()
    assert "Type a word" not in search(client, "", "km").content.decode()


@pytest.mark.django_db
def test_punctuation_only_gets_a_friendly_message(client, home_km):
    body = search(client, "?!…", "en").content.decode()
    assert "no letters or numbers" in body


@pytest.mark.django_db
def test_very_long_query_is_cut_and_says_so(client, passport_pages):
    body = search(client, "passport " * 200, "en").content.decode()
    assert "first 200 characters" in body
    assert passport_pages["en"].url in body


@pytest.mark.django_db
def test_operator_words_are_plain_words(client, passport_pages):
    response = search(client, 'passport OR "', "en")
    assert response.status_code == 200


@pytest.mark.django_db
def test_results_in_visitors_language_come_first_and_others_are_marked(client, passport_pages):
    body = search(client, "លិខិតឆ្លងដែន passport", "en").content.decode()
    # Only the Khmer page has the Khmer word: shown, marked as Khmer, in the English search.
    body = search(client, "លិខិតឆ្លងដែន", "en").content.decode()
    assert passport_pages["km"].url in body
    assert 'lang="km"' in body
    body = search(client, "passport", "en").content.decode()
    assert passport_pages["en"].url in body


@pytest.mark.django_db
def test_excerpt_highlights_the_matched_words_after_escaping(client, home_km):
    SearchablePageFactory(
        parent=home_km, title="Scripts", intro="Never run <script> you get; keep your passport."
    )
    body = search(client, "passport", "km").content.decode()
    assert "&lt;script&gt;" in body
    assert "<mark>passport</mark>" in body


@pytest.mark.django_db
def test_khmer_word_is_highlighted_inside_its_run(client, passport_pages):
    body = search(client, "លិខិត\u200bឆ្លងដែន", "km").content.decode()
    assert "<mark>លិខិតឆ្លងដែន</mark>" in body


@pytest.mark.django_db
def test_no_results_gives_suggestions_and_is_counted(client, home_km):
    response = search(client, "Zzyzx   QUOKKA!", "en")
    body = response.content.decode()
    assert "Nothing found" in body
    assert "/en/agencies/" in body
    assert "/en/complaints/" in body
    assert "/en/destinations/thailand/" in body
    search(client, "zzyzx quokka", "en")
    row = UnansweredQuery.objects.get()
    assert (row.query, row.hits, row.day) == ("zzyzx quokka", 2, timezone.localdate())


@pytest.mark.django_db
def test_found_queries_and_empty_queries_are_not_counted(client, passport_pages):
    search(client, "passport", "en")
    search(client, "", "en")
    search(client, "!!!", "en")
    assert not UnansweredQuery.objects.exists()


@pytest.mark.django_db
def test_promoted_page_comes_first_in_the_visitors_language(client, passport_pages, home_km):
    other = SearchablePageFactory(parent=home_km, title="ជំនួយ", intro="ស្ថានទូត", slug="help")
    SearchPromotion.objects.create(
        query=Query.get("លិខិតឆ្លងដែន"), page=other, description="Call the embassy first"
    )
    body = search(client, "លិខិត\u200bឆ្លងដែន", "km").content.decode()
    assert body.index(other.url) < body.index(passport_pages["km"].url)
    assert "Call the embassy first" in body or "search-hit--promoted" in body


@pytest.mark.django_db
def test_promoted_page_is_shown_in_the_visitors_translation(client, passport_pages, home_km):
    english = Locale.objects.get(language_code="en")
    km_page = passport_pages["km"]
    SearchPromotion.objects.create(query=Query.get("passport"), page=km_page)
    en_translation = km_page.copy_for_translation(english)
    en_translation.save_revision().publish()
    en_translation.refresh_from_db()
    body = search(client, "passport", "en").content.decode()
    assert "search-hit--promoted" in body
    assert en_translation.url in body


@pytest.mark.django_db
def test_results_page_is_kept_by_the_browser_only_and_sets_no_cookie(client, passport_pages):
    response = search(client, "passport", "en")
    assert "private" in response["Cache-Control"]
    assert "public" not in response["Cache-Control"]
    assert "max-age" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_query_count_does_not_grow_with_results(client, home_km, django_assert_max_num_queries):
    for number in range(12):
        SearchablePageFactory(parent=home_km, intro=f"passport number {number}")
    with django_assert_max_num_queries(30):
        response = search(client, "passport", "km")
    assert response.content.decode().count("search-hit__title") == 12


@pytest.mark.django_db
def test_cached_outcome_is_renewed_when_content_is_published(client, home_km):
    assert "Nothing found" in search(client, "wombat", "en").content.decode()
    page = SearchablePageFactory(parent=home_km, title="Wombat", intro="A wombat page.")
    assert page.url in search(client, "wombat", "en").content.decode()
    page.intro = "Nothing about that animal."
    page.title = "Renamed"
    page.save_revision().publish()
    assert "Nothing found" in search(client, "wombat", "en").content.decode()


@pytest.mark.django_db
def test_excerpt_never_starts_or_ends_inside_a_khmer_cluster(home_km):
    import unicodedata

    from orientation.search.selectors import excerpt_for

    long_run = "ការងារនៅបរទេសត្រូវការការត្រៀមខ្លួនល្អ" * 12
    page = SearchablePageFactory(
        parent=home_km, intro=f"{long_run}លិខិតឆ្លងដែន{long_run}", slug="long-khmer"
    )
    excerpt = str(excerpt_for(page, ["លិខិតឆ្លងដែន"]))
    text = excerpt.replace("<mark>", "").replace("</mark>", "").strip("…")
    assert "<mark>លិខិតឆ្លងដែន</mark>" in excerpt
    assert not unicodedata.category(text[0]).startswith("M")
    assert text[-1] != "\u17d2"
    assert not unicodedata.category(text[-1]).startswith("M") or text[-2] != "\u17d2"


@pytest.mark.django_db
def test_a_failing_index_gives_a_message_not_a_server_error(client, home_km, monkeypatch):
    from django.db import DatabaseError

    from orientation.search import selectors

    def broken(*args, **kwargs):
        raise DatabaseError("fts5: syntax error")

    monkeypatch.setattr(selectors, "search_site", broken)
    response = search(client, "passport", "en")
    assert response.status_code == 200
    assert "not available right now" in response.content.decode()
    assert "no-store" in response["Cache-Control"]


@pytest.mark.django_db
def test_a_page_behind_a_password_is_never_a_result(client, passport_pages):
    """A page readers must unlock (Wagtail's view restriction) is matched by the index like
    any other, but its title and excerpt are not shown to a visitor who has not unlocked it;
    its public translation still is."""
    from wagtail.models import PageViewRestriction

    PageViewRestriction.objects.create(
        page=passport_pages["km"], restriction_type=PageViewRestriction.PASSWORD, password="x"
    )
    response = search(client, "លិខិតឆ្លងដែន")
    assert response.status_code == 200
    body = response.content.decode()
    assert "/km/passport/" not in body
    assert "/en/passport-en/" in body
