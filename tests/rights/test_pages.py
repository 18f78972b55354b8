import pytest
from wagtail.models import Locale

from orientation.core.hooks import related_sections_for_destination
from orientation.rights.models import LegalInstrument
from orientation.rights.wagtail_hooks import rights_for_destination
from tests.rights.factories import LegalInstrumentFactory, RightsPageFactory

pytestmark = pytest.mark.django_db


def test_instrument_page_lists_the_explainers_citing_it(client, rights_index):
    convention = LegalInstrumentFactory(slug="ilo-c189", name="Domestic Workers Convention")
    other = LegalInstrumentFactory(slug="other")
    citing = RightsPageFactory(
        parent=rights_index, title="Keep your passport", cited_instruments=[convention]
    )
    RightsPageFactory(parent=rights_index, title="Rest days", cited_instruments=[other])

    response = client.get("/km/rights/instruments/ilo-c189/")

    assert response.status_code == 200
    html = response.content.decode()
    assert "Domestic Workers Convention" in html
    assert "Keep your passport" in html
    assert f'href="{citing.url}"' in html
    assert "Rest days" not in html


def test_explainer_page_links_its_instruments_and_the_complaint_form(client, rights_index):
    convention = LegalInstrumentFactory(slug="ilo-c181", name="Private Employment Agencies")
    explainer = RightsPageFactory(
        parent=rights_index, slug="no-fees", cited_instruments=[convention]
    )

    html = client.get("/km/rights/no-fees/").content.decode()

    assert explainer.title in html
    assert 'href="/km/rights/instruments/ilo-c181/"' in html
    assert "Private Employment Agencies" in html
    assert 'href="/km/complaints/"' in html


def test_unknown_instrument_is_a_404(client, rights_index):
    assert client.get("/km/rights/instruments/no-such-thing/").status_code == 404


def test_explainer_links_the_guides_of_its_destinations(client, rights_index, thailand, japan):
    RightsPageFactory(parent=rights_index, slug="wages", related_destinations=[thailand])

    html = client.get("/km/rights/wages/").content.decode()

    assert 'href="/km/destinations/thailand/"' in html
    assert thailand.name_km in html
    assert 'href="/km/destinations/japan/"' not in html


def test_destination_hook_returns_the_explainers_for_that_destination(
    rights_index, thailand, japan
):
    wages = RightsPageFactory(parent=rights_index, title="Wages", related_destinations=[thailand])
    RightsPageFactory(parent=rights_index, title="Japan only", related_destinations=[japan])
    khmer = Locale.objects.get(language_code="km")

    section = rights_for_destination(thailand, khmer)

    assert [link.title for link in section.links] == ["Wages"]
    assert section.links[0].url == wages.url
    assert section.links[0].note == wages.summary
    headings = [s.heading for s in related_sections_for_destination(thailand, khmer)]
    assert section.heading in headings


def test_guide_and_explainer_link_each_other(client, rights_index, thailand):
    """Both directions: the guide's hook gives the explainer's URL, and that URL's page links
    back to the guide."""
    RightsPageFactory(parent=rights_index, slug="passport", related_destinations=[thailand])
    khmer = Locale.objects.get(language_code="km")

    [link] = rights_for_destination(thailand, khmer).links
    html = client.get(link.url).content.decode()

    assert link.url == "/km/rights/passport/"
    assert 'href="/km/destinations/thailand/"' in html


def test_destination_hook_uses_a_fixed_number_of_queries(
    rights_index, thailand, django_assert_max_num_queries
):
    khmer = Locale.objects.get(language_code="km")
    RightsPageFactory(parent=rights_index, related_destinations=[thailand])
    rights_for_destination(thailand, khmer)  # warm the site root cache
    for _ in range(10):
        RightsPageFactory(parent=rights_index, related_destinations=[thailand])
    with django_assert_max_num_queries(2):
        section = rights_for_destination(thailand, khmer)
    assert len(section.links) == 11


def test_english_page_shows_the_english_instrument(client, rights_index, home_km):
    from orientation.core.demo import ensure_translation

    english = Locale.objects.get(language_code="en")
    convention = LegalInstrumentFactory(slug="un-convention", name="អនុសញ្ញា")
    translation = convention.copy_for_translation(english)
    translation.name = "UN Convention"
    translation.save()
    explainer = RightsPageFactory(
        parent=rights_index, slug="rights-a", cited_instruments=[convention]
    )
    ensure_translation(home_km, "en")
    ensure_translation(rights_index, "en")
    ensure_translation(explainer, "en")

    english_html = client.get("/en/rights/rights-a/").content.decode()
    instrument_html = client.get("/en/rights/instruments/un-convention/").content.decode()

    assert "UN Convention" in english_html
    assert "អនុសញ្ញា" not in english_html
    assert "UN Convention" in instrument_html
    assert "/en/rights/rights-a/" in instrument_html


def test_a_deleted_instrument_never_breaks_a_page(client, rights_index):
    kept = LegalInstrumentFactory(slug="kept", name="Kept instrument")
    doomed = LegalInstrumentFactory(slug="doomed", name="Doomed instrument")
    explainer = RightsPageFactory(
        parent=rights_index, slug="contract", cited_instruments=[kept, doomed]
    )
    revision = explainer.save_revision()
    revision.publish()

    doomed.delete()

    assert client.get("/km/rights/contract/").status_code == 200
    assert client.get("/km/rights/").status_code == 200
    assert client.get("/km/rights/instruments/kept/").status_code == 200
    assert client.get("/km/rights/instruments/doomed/").status_code == 404
    # An old revision still names the deleted instrument: publishing it must work too.
    revision.publish()
    html = client.get("/km/rights/contract/").content.decode()
    assert "Kept instrument" in html
    assert "Doomed instrument" not in html


def test_explainer_without_instruments_says_so(client, rights_index):
    RightsPageFactory(parent=rights_index, slug="bare")
    html = client.get("/km/rights/bare/").content.decode()
    assert "to-be-confirmed" in html


@pytest.mark.parametrize("explainer_count", [3, 30])
def test_rights_index_query_count_does_not_grow(
    client, rights_index, explainer_count, django_assert_max_num_queries
):
    instruments = LegalInstrumentFactory.create_batch(3)
    for _ in range(explainer_count):
        RightsPageFactory(parent=rights_index, cited_instruments=instruments)
    client.get("/km/rights/")  # warm per-process caches (site root paths)

    with django_assert_max_num_queries(INDEX_QUERY_BUDGET):
        response = client.get("/km/rights/")

    assert response.status_code == 200
    assert response.content.decode().count('class="rights-card"') == explainer_count


# The same bound for 3 and for 30 explainers. Measured: 15 (site, locale, page routing, view
# restrictions, explainers, instruments, alerts, settings). Two spare for the shared base
# template, yet one query per explainer would already exceed it with 3 explainers.
INDEX_QUERY_BUDGET = 17


def test_instruments_are_listed_once_in_the_reader_language(rights_index):
    english = Locale.objects.get(language_code="en")
    instrument = LegalInstrumentFactory(slug="one")
    translation = instrument.copy_for_translation(english)
    translation.save()

    from django.utils import translation as django_translation

    with django_translation.override("en"):
        listed = LegalInstrument.in_reader_language()
    assert [i.locale.language_code for i in listed] == ["en"]
    with django_translation.override("th"):
        listed = LegalInstrument.in_reader_language()
    # No Thai translation: English is the fallback, as for the interface.
    assert [i.locale.language_code for i in listed] == ["en"]
    assert LegalInstrument.objects.count() == 2


def test_partners_get_explainers_from_the_api(client, rights_index, thailand):
    instrument = LegalInstrumentFactory(slug="ilo-c97")
    RightsPageFactory(
        parent=rights_index,
        title="Wages",
        related_destinations=[thailand],
        cited_instruments=[instrument],
    )

    response = client.get(
        "/api/v2/pages/",
        {"type": "rights.RightsPage", "fields": "summary,related_destinations,cited_instruments"},
    )

    assert response.status_code == 200
    [item] = [i for i in response.json()["items"] if i["title"] == "Wages"]
    assert item["related_destinations"] == ["thailand"]
    assert item["cited_instruments"] == ["ilo-c97"]
    assert item["summary"] == "Summary of Wages."


def test_an_explainer_cannot_take_the_instruments_slug(rights_index):
    from django.core.exceptions import ValidationError

    explainer = RightsPageFactory(parent=rights_index, slug="fine")
    explainer.slug = "instruments"
    with pytest.raises(ValidationError) as error:
        explainer.full_clean()
    assert "slug" in error.value.message_dict


@pytest.mark.parametrize("instrument_count", [2, 20])
def test_explainer_query_count_does_not_grow_with_citations(
    client, rights_index, instrument_count, django_assert_max_num_queries
):
    from orientation.destinations.models import Destination

    explainer = RightsPageFactory(
        parent=rights_index,
        slug="many-citations",
        cited_instruments=LegalInstrumentFactory.create_batch(instrument_count),
        related_destinations=list(Destination.objects.all()),
    )
    client.get(explainer.url)  # warm per-process caches

    with django_assert_max_num_queries(EXPLAINER_QUERY_BUDGET):
        response = client.get(explainer.url)

    assert response.content.decode().count('class="instrument-card"') == instrument_count


# Measured: 17 (bench/rights_pages.py); two spare for the shared base template.
EXPLAINER_QUERY_BUDGET = 19


def test_instrument_page_links_itself_in_other_languages(client, rights_index):
    LegalInstrumentFactory(slug="ilo-c181")

    html = client.get("/km/rights/instruments/ilo-c181/").content.decode()

    assert 'hreflang="en" href="http://testserver/en/rights/instruments/ilo-c181/"' in html
    assert 'href="/en/rights/instruments/ilo-c181/"' in html


def test_instrument_pages_are_in_the_sitemap_in_every_language(
    client, home_km, rights_index, synced_trees
):
    import xml.etree.ElementTree as ET

    from orientation.core.demo import ensure_translation

    english = Locale.objects.get(language_code="en")

    sitemap_ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    xhtml_ns = "{http://www.w3.org/1999/xhtml}"
    instrument = LegalInstrumentFactory(slug="ilo-c189", name="អនុសញ្ញា ILO លេខ ១៨៩")
    translated = instrument.copy_for_translation(english)
    translated.name = "ILO Convention 189"
    translated.save()
    ensure_translation(home_km, "en")
    ensure_translation(rights_index, "en")
    synced_trees()  # Thai and the rest: aliases of the Khmer index

    root = ET.fromstring(client.get("/sitemap.xml").content)  # noqa: S314 (our own response)
    entries = {
        url.find(f"{sitemap_ns}loc").text: {
            link.get("hreflang"): link.get("href") for link in url.findall(f"{xhtml_ns}link")
        }
        for url in root.findall(f"{sitemap_ns}url")
    }
    km_url = "http://testserver/km/rights/instruments/ilo-c189/"
    th_url = "http://testserver/th/rights/instruments/ilo-c189/"
    assert entries[km_url] == {
        "km": km_url,
        "en": "http://testserver/en/rights/instruments/ilo-c189/",
        "x-default": km_url,
    }
    # Thai readers get the Khmer text there: listed, never announced as Thai.
    assert th_url in entries and "th" not in entries[th_url]
    for loc in (km_url, th_url, "http://testserver/en/rights/instruments/ilo-c189/"):
        assert client.get(loc.removeprefix("http://testserver")).status_code == 200, loc


def test_sitemap_lists_an_instrument_only_where_its_route_answers(
    client, home_km, rights_index, synced_trees
):
    """Written only in Thai: found in Thai (no English or Khmer to fall back on), 404
    elsewhere, so the sitemap must not list it elsewhere."""
    thai = Locale.objects.get(language_code="th")
    LegalInstrumentFactory(slug="thai-only", locale=thai)
    synced_trees()

    locs = [
        line.split("<loc>")[1].split("</loc>")[0]
        for line in client.get("/sitemap.xml").content.decode().split("<url>")[1:]
    ]
    listed = [loc for loc in locs if "/instruments/thai-only/" in loc]
    assert listed == ["http://testserver/th/rights/instruments/thai-only/"]
    assert client.get("/th/rights/instruments/thai-only/").status_code == 200
    assert client.get("/km/rights/instruments/thai-only/").status_code == 404
