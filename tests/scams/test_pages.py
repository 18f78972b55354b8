import xml.etree.ElementTree as ElementTree

import pytest

from orientation.core.hooks import related_sections_for_destination
from orientation.destinations.models import Destination
from orientation.scams.models import ScamWarningPage

ATOM = "{http://www.w3.org/2005/Atom}"

# One worker runs the module, so its module-wide content is built once (tests/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.xdist_group(__name__)]


def parse_atom(content):
    # Our own server's answer in a test, not untrusted input.
    return ElementTree.fromstring(content)  # noqa: S314


def test_demo_has_at_least_six_warnings_in_khmer_and_english(scams_demo):
    for code in ("km", "en"):
        warnings = ScamWarningPage.objects.live().filter(
            locale__language_code=code, alias_of__isnull=True
        )
        assert warnings.count() >= 6


def test_demo_is_idempotent(scams_demo):
    from orientation.scams.demo import build
    from orientation.scams.models import Agency

    pages, agencies = ScamWarningPage.objects.count(), Agency.objects.count()
    build()
    assert (ScamWarningPage.objects.count(), Agency.objects.count()) == (pages, agencies)


def test_scam_index_lists_warnings_and_links_to_the_register(client, scams_demo):
    response = client.get("/en/scams/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Fees for a job that does not exist" in html
    assert 'href="/en/agencies/"' in html
    assert 'href="/en/complaints/"' in html


def test_khmer_warning_page_shows_red_flags_as_a_checklist(client, scams_demo):
    response = client.get("/km/scams/passport-taken-for-safekeeping/")
    assert response.status_code == 200
    html = response.content.decode()
    assert 'type="checkbox"' in html
    assert "លិខិតឆ្លងដែន" in html
    assert 'href="/km/agencies/"' in html
    assert 'href="/km/complaints/"' in html


def test_warning_is_reachable_in_another_locale_as_an_alias(client, scams_demo):
    assert client.get("/th/scams/debt-bondage/").status_code == 200


@pytest.mark.parametrize("code", ["km", "en"])
def test_feed_is_valid_atom_with_one_entry_per_warning(client, scams_demo, code):
    response = client.get(f"/{code}/feeds/scams.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = parse_atom(response.content)
    assert feed.tag == f"{ATOM}feed"
    for required in ("id", "title", "updated"):
        assert feed.find(f"{ATOM}{required}") is not None
    assert feed.find(f"{ATOM}author/{ATOM}name") is not None
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == ScamWarningPage.objects.live().filter(locale__language_code=code).count()
    assert len(entries) >= 6
    ids = set()
    for entry in entries:
        for required in ("id", "title", "updated"):
            assert entry.find(f"{ATOM}{required}").text
        link = entry.find(f"{ATOM}link").get("href")
        assert link.startswith("http") and f"/{code}/scams/" in link
        ids.add(entry.find(f"{ATOM}id").text)
    assert len(ids) == len(entries)


def test_destination_guides_list_the_warnings_and_the_agency_check(scams_demo):
    from wagtail.models import Locale

    thailand = Destination.objects.get(slug="thailand")
    sections = related_sections_for_destination(thailand, Locale.objects.get(language_code="en"))
    scam_section = next(s for s in sections if any("/agencies/" in link.url for link in s.links))
    titles = [link.title for link in scam_section.links]
    assert "Debt bondage" in titles
    assert any(link.url == "/en/agencies/" for link in scam_section.links)


def test_destination_hook_uses_a_fixed_number_of_queries(scams_demo, django_assert_max_num_queries):
    from wagtail.models import Locale

    from orientation.scams.wagtail_hooks import scam_warnings_for_destination

    locale = Locale.objects.get(language_code="km")
    japan = Destination.objects.get(slug="japan")
    scam_warnings_for_destination(japan, locale)  # warms the site root paths cache
    with django_assert_max_num_queries(2):
        section = scam_warnings_for_destination(japan, locale)
    assert len(section.links) >= 7
