"""The table of queries the search must answer, on whichever database the suite runs on
(SQLite by default; the CI runs the same suite again with DATABASE_URL=postgres://...)."""

import unicodedata

import pytest
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from tests.search.factories import SearchablePageFactory

ZWSP = "\u200b"

PAGES = {
    "passport": (
        "km",
        "ឯកសារធ្វើដំណើរ",
        "មុនពេលចេញដំណើរ សូមរក្សាលិខិតឆ្លងដែនរបស់អ្នកឱ្យបានល្អ ហើយកុំឱ្យនិយោជកយកទៅ។",
    ),
    "contract": (
        "km",
        "មុនចុះហត្ថលេខា",
        "ត្រូវពិនិត្យកិច្ចសន្យាការងារជាមួយក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ។",
    ),
    "wages": ("km", "ការបង់ប្រាក់", "និយោជកត្រូវបង់ប្រាក់ឈ្នួលរៀងរាល់ខែតាមកិច្ចព្រមព្រៀង។"),
    # ICU cuts this run as បណ្តឹ|ងរ|បស់: only the cluster phrase finds the word.
    "complaint": ("km", "ជំនួយ", "អ្នកអាចរក្សាបណ្តឹងរបស់អ្នកនៅស្ថានទូត។"),
    # Stored with the zero-width spaces some keyboards insert between words.
    "zero-width": ("km", "សុខភាព", f"ពលករ{ZWSP}ចំណាកស្រុក{ZWSP}ត្រូវ{ZWSP}មាន{ZWSP}ធានារ៉ាប់រង។"),
    # Stored with the split vowel េ + ា instead of ោ (they look the same on screen).
    "scam": ("km", "ប្រយ័ត្ន", "ការប\u17c1\u17b6កប្រាស់តាមបណ្តាញសង្គមកើនឡើង។"),
    "passport-en": (
        "en",
        "Travel documents",
        "Keep your passport safe; never give it to an employer.",
    ),
    "wages-en": ("en", "Pay", "Wages must be paid every month, in full."),
    "cafe-en": ("en", "Food", "Meet at the Café near the embassy."),
}

QUERIES = [
    ("លិខិតឆ្លងដែន", "passport"),
    (f"លិខិត{ZWSP}ឆ្លង{ZWSP}ដែន", "passport"),
    (f"{ZWSP}លិខិតឆ្លងដែន{ZWSP}", "passport"),
    ("កិច្ចសន្យា", "contract"),
    ("ការងារ", "contract"),
    ("កិច្ចសន្យាការងារ", "contract"),
    ("ប្រាក់ឈ្នួល", "wages"),
    ("បណ្តឹង", "complaint"),
    ("បណ្ដឹង", "complaint"),  # subscript DA instead of TA: drawn the same
    ("ចំណាកស្រុក", "zero-width"),
    ("ធានារ៉ាប់រង", "zero-width"),
    ("ការបោកប្រាស់", "scam"),  # composed ោ finds the split form
    ("បោកប្រាស់", "scam"),
    (unicodedata.normalize("NFD", "ការបោកប្រាស់"), "scam"),
    ("passport", "passport-en"),
    ("PASSPORT", "passport-en"),
    ("Wages", "wages-en"),
    ("wages month", "wages-en"),
    ("café", "cafe-en"),
    (unicodedata.normalize("NFD", "café"), "cafe-en"),
    ("ស្ថានទូត", "complaint"),
]


@pytest.fixture
def searchable_pages(home_km):
    english = Locale.objects.get(language_code="en")
    home_en = Page.objects.get(depth=2, locale=english)
    pages = {}
    for key, (language, title, intro) in PAGES.items():
        parent = home_km if language == "km" else home_en
        pages[key] = SearchablePageFactory(parent=parent, title=title, intro=intro, slug=key)
    return pages


@pytest.mark.django_db
@pytest.mark.parametrize(("query", "expected"), QUERIES)
def test_query_finds_its_page(searchable_pages, query, expected):
    found = Page.objects.live().filter(depth__gte=3).search(query)
    assert searchable_pages[expected].pk in {page.pk for page in found}


@pytest.mark.django_db
def test_khmer_word_does_not_find_pages_without_it(searchable_pages):
    found = {page.pk for page in Page.objects.live().filter(depth__gte=3).search("លិខិតឆ្លងដែន")}
    assert searchable_pages["wages"].pk not in found
    assert searchable_pages["contract"].pk not in found


@pytest.mark.django_db
def test_all_words_of_a_query_must_match(searchable_pages):
    found = {page.pk for page in Page.objects.live().search("passport month")}
    assert found.isdisjoint({searchable_pages["passport-en"].pk, searchable_pages["wages-en"].pk})


@pytest.mark.django_db
def test_editing_a_page_updates_the_index(searchable_pages):
    page = searchable_pages["wages"]
    page.intro = "ការបង់វិក្កយបត្រទឹកភ្លើង"
    page.save_revision().publish()
    assert page.pk not in {p.pk for p in Page.objects.live().search("ប្រាក់ឈ្នួល")}
    assert page.pk in {p.pk for p in Page.objects.live().search("វិក្កយបត្រ")}


@pytest.mark.django_db
def test_backend_is_the_khmer_aware_one():
    backend = get_search_backend()
    assert type(backend).__name__.startswith("Khmer")


@pytest.mark.django_db
def test_results_are_ordered_by_relevance(home_km):
    in_body = SearchablePageFactory(parent=home_km, title="ជំនួយ", intro="សូមរក្សាលិខិតឆ្លងដែន")
    in_title = SearchablePageFactory(parent=home_km, title="លិខិតឆ្លងដែន", intro="លិខិតឆ្លងដែនរបស់អ្នក")
    found = list(Page.objects.live().filter(depth__gte=3).search("លិខិតឆ្លងដែន"))
    assert [page.pk for page in found] == [in_title.pk, in_body.pk]


@pytest.mark.django_db
def test_search_results_slice_and_filters_apply(home_km):
    pages = [SearchablePageFactory(parent=home_km, intro=f"passport {n}") for n in range(5)]
    pages[0].unpublish()
    found = list(Page.objects.live().filter(depth__gte=3).search("passport")[1:3])
    assert len(found) == 2
    assert pages[0].pk not in {page.pk for page in found}


@pytest.mark.django_db
def test_a_phrase_finds_its_words_in_order_only(home_km):
    """PostgreSQL finds and ranks a phrase's words in any order from the index alone, then
    checks their order on the rows it keeps (modelsearch_khmer_backend.ranked_ids): a page
    holding the words apart must not come through, on either database."""
    from modelsearch.query import Phrase

    in_order = SearchablePageFactory(parent=home_km, intro="Workers keep passport copies.")
    apart = SearchablePageFactory(parent=home_km, intro="Keep copies; the passport stays.")
    reversed_ = SearchablePageFactory(parent=home_km, intro="Passport keep copies.")
    found = list(Page.objects.live().filter(depth__gte=3).search(Phrase("keep passport")))
    assert [page.pk for page in found] == [in_order.pk]
    assert apart.pk not in {page.pk for page in found}
    assert reversed_.pk not in {page.pk for page in found}


@pytest.mark.django_db
def test_a_khmer_word_inside_a_run_is_found_only_with_its_clusters_in_a_row(home_km):
    """The cluster pairs of បណ្តឹង all appear in the second page, but not in a row."""
    inside_a_run = SearchablePageFactory(parent=home_km, intro="អ្នកអាចរក្សាបណ្តឹងរបស់អ្នក។")
    pairs_apart = SearchablePageFactory(parent=home_km, intro="ណ្តឹងខាងមុខ បណ្តឹ នៅទីនេះ")
    found = {page.pk for page in Page.objects.live().filter(depth__gte=3).search("បណ្តឹង")}
    assert inside_a_run.pk in found
    assert pairs_apart.pk not in found
