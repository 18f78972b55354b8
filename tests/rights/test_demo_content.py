import re

import pytest

from orientation.rights import demo
from orientation.rights.models import LegalInstrument, RightsPage
from tests.conftest import content_for_a_module

# One worker runs the module, so its module-wide content is built once (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]

# docs/sources.md, source 002 names these instruments; the demo must hold each of them, no
# more, no less.
SEED_INSTRUMENT_NAMES = [
    "National Employment Policy 2015-2025",
    "Labour Migration Policy for Cambodia 2019-2023",
    "Sub-Decree No. 190 of 17 August 2011",
    "Protection of the Rights of All Migrant Workers",
    "ILO Convention No. 97",
    "ILO Convention No. 143",
    "ILO Convention No. 181",
    "ILO Convention No. 188",
    "ILO Convention No. 189",
    "ILO Recommendation No. 201",
    "ASEAN Declaration",
    "ASEAN Consensus",
]
MOU_COUNTRIES = [
    "South Korea",
    "Thailand",
    "Malaysia",
    "Japan",
    "Singapore",
    "Hong Kong",
    "Saudi Arabia",
    "Kuwait",
    "Qatar",
]


def build_demo_rights():
    from home.demo import ensure_home_pages

    home = ensure_home_pages()
    demo.build()
    return home


@pytest.fixture(scope="module")
def demo_rights(django_db_setup, django_db_blocker):
    """Built once for the module: its tests read it (each test's writes are undone)."""
    yield from content_for_a_module(django_db_blocker, build_demo_rights)


def english_instruments():
    return LegalInstrument.objects.filter(locale__language_code="en")


def test_every_seed_instrument_exists_in_khmer_and_english(demo_rights):
    names = list(english_instruments().values_list("name", flat=True))
    for expected in SEED_INSTRUMENT_NAMES:
        assert any(expected in name for name in names), expected
    for country in MOU_COUNTRIES:
        assert any(name.endswith(f"Cambodia and {country}") for name in names), country
    assert len(names) == len(SEED_INSTRUMENT_NAMES) + len(MOU_COUNTRIES)
    assert LegalInstrument.objects.filter(locale__language_code="km").count() == len(names)


def test_khmer_instrument_names_are_in_khmer(demo_rights):
    for name in LegalInstrument.objects.filter(locale__language_code="km").values_list(
        "name", flat=True
    ):
        assert re.search("[\u1780-\u17ff]", name), name


def test_no_invented_links_or_dates(demo_rights):
    """Official links are left for editors to check; the MoUs' years are not in docs/sources.md."""
    assert not LegalInstrument.objects.exclude(official_url="").exists()
    mous = LegalInstrument.objects.filter(kind=LegalInstrument.Kind.BILATERAL_MOU)
    assert mous.count() == 2 * len(MOU_COUNTRIES)
    assert set(mous.values_list("year", flat=True)) == {""}
    assert all(mou.destination_id for mou in mous)


def test_eight_to_ten_explainers_in_khmer_and_english(demo_rights):
    for language in ("km", "en"):
        count = RightsPage.objects.live().filter(locale__language_code=language).count()
        assert 8 <= count <= 10, language


def test_every_demo_explainer_cites_at_least_one_instrument(demo_rights):
    explainers = RightsPage.objects.filter(locale__language_code__in=["km", "en"])
    assert explainers.exists()
    for explainer in explainers:
        assert explainer.cited_instruments.exists(), explainer.url_path
        assert explainer.related_destinations.exists(), explainer.url_path


def test_english_explainers_cite_english_instruments(demo_rights):
    for explainer in RightsPage.objects.filter(locale__language_code="en"):
        languages = set(explainer.cited_instruments.values_list("locale__language_code", flat=True))
        assert languages == {"en"}, explainer.url_path


def test_demo_marks_what_is_unconfirmed(client, demo_rights):
    html = client.get("/en/rights/keep-your-passport/").content.decode()
    assert 'class="to-be-confirmed"' in html
    assert "to be confirmed by editors" in html
    html = client.get("/km/rights/instruments/mou-thailand/").content.decode()
    assert "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល" in html


def test_building_twice_gives_the_same_content(demo_rights):
    before = (
        LegalInstrument.objects.count(),
        sorted(RightsPage.objects.values_list("url_path", flat=True)),
    )
    demo.build()
    after = (
        LegalInstrument.objects.count(),
        sorted(RightsPage.objects.values_list("url_path", flat=True)),
    )
    assert after == before


def test_every_demo_page_answers(client, demo_rights):
    slugs = LegalInstrument.objects.filter(locale__language_code="km").values_list(
        "slug", flat=True
    )
    urls = ["/km/rights/", "/en/rights/"]
    urls += [f"/km/rights/instruments/{slug}/" for slug in slugs]
    for page in RightsPage.objects.filter(locale__language_code__in=["km", "en"]):
        urls.append(page.url)
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
    instrument_page = client.get("/en/rights/instruments/ilo-c189-domestic-workers/")
    assert "Protection for domestic workers and fishers" in instrument_page.content.decode()
