"""Search finds what workers type (issue 19): everyday words for the formal ones, romanized
Khmer, misspellings, plain questions, and pages ranked by how much of the query they hold.
Each test saves pages (indexed, which also fills the search vocabulary) and searches through
the public search page or its selector, on SQLite and PostgreSQL alike."""

import pytest
from django.core.cache import cache
from wagtail.models import Page

from orientation.search.models import EquivalentWords, SearchWord
from orientation.search.query_reading import read_query
from orientation.search.selectors import uncached_search_site
from tests.search.factories import SearchablePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def home_en(home_km):
    return Page.objects.get(depth=2, locale__language_code="en")


def khmer_page(home_km, slug, title, intro):
    return SearchablePageFactory(parent=home_km, slug=slug, title=title, intro=intro)


def titles(query, language="km"):
    outcome = uncached_search_site(query, language)
    return [hit.title for hit in outcome.promoted + outcome.hits]


def test_an_everyday_word_finds_the_page_that_uses_the_formal_one(home_km):
    khmer_page(home_km, "doctor", "ជួបវេជ្ជបណ្ឌិត", "សូមទៅជួបវេជ្ជបណ្ឌិតនៅពេលឈឺ។")
    khmer_page(home_km, "police", "ហៅនគរបាល", "ក្នុងគ្រាអាសន្ន សូមហៅនគរបាល។")
    # ពេទ្យ / វេជ្ជបណ្ឌិត and ប៉ូលិស / នគរបាល are among the seeded equivalent words.
    assert titles("ពេទ្យ") == ["ជួបវេជ្ជបណ្ឌិត"]
    assert titles("ប៉ូលិស") == ["ហៅនគរបាល"]


def test_an_english_phrase_finds_its_equivalent_phrase(home_km, home_en):
    SearchablePageFactory(
        parent=home_en, slug="rest", title="Your rest day", intro="One rest day every week."
    )
    SearchablePageFactory(parent=home_en, slug="other", title="Other", intro="Nothing here.")
    assert titles("day off", "en") == ["Your rest day"]


def test_an_editors_new_equivalent_words_take_effect_at_once(home_km):
    from orientation.search.selectors import search_site

    khmer_page(home_km, "dorm", "អន្តេវាសិកដ្ឋាន", "កន្លែងរស់នៅ។")
    assert search_site("ជំរំ", "km").hits == []
    EquivalentWords.objects.create(words="ជំរំ\nអន្តេវាសិកដ្ឋាន")
    # Saving the group starts a new content generation: no cached "nothing found".
    assert [hit.title for hit in search_site("ជំរំ", "km").hits] == ["អន្តេវាសិកដ្ឋាន"]


@pytest.mark.parametrize(
    ("typed", "word"),
    [("ka nguer", "ការងារ"), ("kar ngear", "ការងារ"), ("sithi", "សិទ្ធិ"), ("setthi", "សិទ្ធិ")],
)
def test_romanized_khmer_finds_the_khmer_page_and_says_what_it_searched(home_km, typed, word):
    khmer_page(home_km, "job", "ការងារនៅបរទេស", "ស្វែងរកការងារដោយសុវត្ថិភាព។")
    khmer_page(home_km, "rights", "សិទ្ធិរបស់អ្នក", "អ្នកមានសិទ្ធិទទួលប្រាក់ឈ្នួល។")
    outcome = uncached_search_site(typed, "km")
    assert outcome.corrected == word
    assert word in outcome.hits[0].title


def test_the_results_page_shows_what_was_searched_instead(client, home_km):
    khmer_page(home_km, "rights", "សិទ្ធិរបស់អ្នក", "អ្នកមានសិទ្ធិទទួលប្រាក់ឈ្នួល។")
    response = client.get("/km/search/", {"q": "sithi"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "កំពុងបង្ហាញលទ្ធផលសម្រាប់ «<strong>សិទ្ធិ</strong>»" in html
    assert "សិទ្ធិរបស់អ្នក" in html
    # What the reader typed stays in the box.
    assert 'value="sithi"' in html


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("សិទ្ឋិ", "សិទ្ធិ"),  # wrong subscript
        ("ប្រាក់ឈ្នូល", "ប្រាក់ឈ្នួល"),  # wrong vowel
    ],
)
def test_a_misspelt_khmer_word_finds_the_page(home_km, typed, corrected):
    khmer_page(home_km, "rights", "សិទ្ធិរបស់អ្នក", "អ្នកមានសិទ្ធិទទួលប្រាក់ឈ្នួល។")
    outcome = uncached_search_site(typed, "km")
    assert outcome.corrected == corrected
    assert [hit.title for hit in outcome.hits] == ["សិទ្ធិរបស់អ្នក"]


@pytest.mark.parametrize(("typed", "corrected"), [("pasport", "passport"), ("employr", "employer")])
def test_an_english_word_with_a_dropped_letter_finds_the_page(home_en, typed, corrected):
    SearchablePageFactory(
        parent=home_en,
        slug="passport",
        title="Keep your passport",
        intro="Your employer may not keep your passport.",
    )
    outcome = uncached_search_site(typed, "en")
    assert outcome.corrected == corrected
    assert [hit.title for hit in outcome.hits] == ["Keep your passport"]


def test_a_rare_word_of_another_language_is_also_read_as_the_common_english_one(home_en):
    # "pasport" is Malay: the index holds it, rarely; "passport" it holds far more often.
    SearchablePageFactory(parent=home_en, slug="p", title="Passport", intro="Your passport.")
    SearchWord.objects.filter(word="passport").update(occurrences=100)
    SearchWord.objects.create(word="pasport", script=SearchWord.LATIN, occurrences=3)
    reading = read_query("pasport")
    assert reading.corrected == "passport"
    assert ("pasport",) in reading.groups[0].phrases  # the Malay pages still match


def test_a_word_the_site_holds_is_never_corrected(home_en):
    SearchablePageFactory(parent=home_en, slug="thai", title="Thai wages", intro="Thai law.")
    assert uncached_search_site("thai", "en").corrected == ""
    assert read_query("thai").groups[0].typed == ("thai",)


def test_nonsense_finds_nothing_and_is_not_corrected(home_en):
    SearchablePageFactory(parent=home_en, slug="p", title="Passport", intro="Passport.")
    outcome = uncached_search_site("zzqxv", "en")
    assert outcome.hits == [] and outcome.corrected == ""


def test_a_plain_question_finds_the_page_without_its_stop_words(home_en):
    SearchablePageFactory(
        parent=home_en,
        slug="wages",
        title="Wages paid on time",
        intro="Your employer must pay your wages every month.",
    )
    SearchablePageFactory(parent=home_en, slug="visa", title="Visas", intro="About visas.")
    assert titles("how do I get paid?", "en") == ["Wages paid on time"]
    assert titles("When will I get my payment", "en") == ["Wages paid on time"]


def test_other_forms_of_an_english_word_find_the_page(home_en):
    SearchablePageFactory(
        parent=home_en, slug="slips", title="Payslips", intro="Ask for payments in writing."
    )
    assert titles("payment", "en") == ["Payslips"]
    assert titles("payments", "en") == ["Payslips"]


def test_pages_matching_more_of_the_words_come_first_and_others_still_come(home_en):
    both = SearchablePageFactory(
        parent=home_en, slug="both", title="Before you go", intro="Passport and contract."
    )
    one = SearchablePageFactory(
        parent=home_en, slug="one", title="Documents", intro="Your passport, again: passport."
    )
    SearchablePageFactory(parent=home_en, slug="none", title="Lessons", intro="Letters.")
    found = titles("passport contract", "en")
    assert found == [both.title, one.title]


def test_a_page_whose_title_holds_the_word_ranks_above_passing_mentions(home_en):
    for n in range(3):
        SearchablePageFactory(
            parent=home_en,
            slug=f"guide-{n}",
            title=f"Guide {n}",
            intro="Debt is one of many risks. Debt. Debt bondage is a debt.",
        )
    SearchablePageFactory(parent=home_en, slug="debt", title="Debt", intro="What to do about it.")
    assert titles("debt", "en")[0] == "Debt"


def test_with_many_words_a_page_must_hold_most_of_them(home_en):
    SearchablePageFactory(
        parent=home_en, slug="all", title="Wages", intro="wages overtime holidays contract"
    )
    SearchablePageFactory(parent=home_en, slug="one", title="Other", intro="contract only")
    assert titles("wages overtime holidays contract", "en") == ["Wages"]


def test_the_vocabulary_holds_only_what_readers_can_read(home_km):
    khmer_page(home_km, "public", "សាធារណៈ", "ពាក្យសាធារណៈ")
    draft = SearchablePageFactory(
        parent=home_km, slug="draft", title="សេចក្តីព្រាង", intro="ពាក្យសម្ងាត់", live=False
    )
    words = set(SearchWord.objects.values_list("word", flat=True))
    assert "សាធារណៈ" in words
    assert "សម្ងាត់" not in words and "ពាក្យសម្ងាត់" not in words
    # Nor is an unpublished page's word offered as a correction.
    assert draft.pk and uncached_search_site("sam ngat", "km").corrected == ""


def test_a_rebuild_forgets_the_words_of_pages_that_are_gone(home_km):
    from django.core.management import call_command

    page = khmer_page(home_km, "gone", "ទំព័រចាស់", "ពាក្យបុរាណ")
    assert SearchWord.objects.filter(word__contains="បុរាណ").exists()
    page.delete()
    call_command("rebuild_search_index", verbosity=0)
    assert not SearchWord.objects.filter(word__contains="បុរាណ").exists()


@pytest.mark.parametrize("query", ["the", "how do I", "a an the of", "???", "ka", "k"])
def test_queries_of_stop_words_or_single_letters_still_answer(client, home_en, query):
    SearchablePageFactory(parent=home_en, slug="p", title="Passport", intro="The passport.")
    cache.clear()
    assert client.get("/en/search/", {"q": query}).status_code == 200


@pytest.mark.parametrize(
    ("query", "kept", "misread"),
    [
        ("my boss took my passport", "took", "ទុក"),
        ("my salary is late", "late", "later"),
        ("is this agency real", "real", "read"),
    ],
)
def test_everyday_english_words_stay_themselves_in_an_english_query(home_en, query, kept, misread):
    SearchablePageFactory(
        parent=home_en,
        slug="later",
        title="Read later",
        intro="Read this later: your passport, your agency, your salary.",
    )
    khmer_page(home_en, "keep", "ទុកលិខិតឆ្លងដែន", "ទុកវាឱ្យបានល្អ។")
    reading = read_query(query, "en")
    assert reading.corrected == ""
    group = next(group for group in reading.groups if kept in group.typed)
    assert group.phrases[0] == (kept,)
    assert (misread,) not in group.phrases


def test_a_romanized_syllable_that_is_also_english_is_read_as_khmer(home_km):
    # "den" is an English word, but next to "lekhet chlong" it is the end of លិខិតឆ្លងដែន.
    khmer_page(home_km, "passport", "រក្សាលិខិតឆ្លងដែន", "កុំឱ្យនរណាយកលិខិតឆ្លងដែនរបស់អ្នក។")
    assert read_query("lekhet chlong den").corrected == "លិខិតឆ្លងដែន"


def test_a_loanword_the_word_breaker_glues_to_its_neighbour_still_meets_its_equivalent(home_km):
    # ICU cuts រឹបអូសប៉ាស្ព័រ as រឹប|អូ|សប៉ាស្ព័រ; the listed រឹបអូស and ប៉ាស្ព័រ are cut again.
    khmer_page(home_km, "passport", "លិខិតឆ្លងដែន", "និយោជកមិនអាចដកហូតលិខិតឆ្លងដែនរបស់អ្នកបានទេ។")
    khmer_page(home_km, "other", "ប្រាក់ឈ្នួល", "ប្រាក់ឈ្នួលរៀងរាល់ខែ។")
    groups = read_query("រឹបអូសប៉ាស្ព័រ").groups
    assert [group.typed for group in groups] == [("រឹប", "អូស"), ("ប៉ា", "ស្ព័រ")] or [
        "".join(group.typed) for group in groups
    ] == ["រឹបអូស", "ប៉ាស្ព័រ"]
    assert titles("រឹបអូសប៉ាស្ព័រ") == ["លិខិតឆ្លងដែន"]


def test_a_misspelt_word_the_editors_list_is_read_as_it(home_en):
    # No page says "salary": the editors list it with "wages", which a page does say.
    SearchablePageFactory(
        parent=home_en, slug="wages", title="Wages paid on time", intro="Wages every month."
    )
    outcome = uncached_search_site("salry", "en")
    assert outcome.corrected == "salary"
    assert [hit.title for hit in outcome.hits] == ["Wages paid on time"]


def test_on_the_english_pages_a_misspelling_is_read_as_english_before_romanized_khmer(
    home_km, home_en
):
    SearchablePageFactory(
        parent=home_en, slug="debt", title="Debt bondage", intro="Debt bondage is a crime."
    )
    khmer_page(home_km, "but", "ប៉ុន្តែ", "ប៉ុន្តែគេមិនអាចយកលុយបានទេ។")
    assert uncached_search_site("bondge", "en").corrected == "bondage"


def test_the_seed_reads_maid_as_the_pages_domestic_workers(home_en):
    SearchablePageFactory(
        parent=home_en,
        slug="domestic",
        title="Protection for domestic workers",
        intro="Domestic workers have a weekly day off.",
    )
    assert titles("maid", "en") == ["Protection for domestic workers"]
