"""Agencies and organisations appear in site search next to pages."""

import pytest
from wagtail.models import Locale

from tests.resources.factories import OrganisationFactory
from tests.scams.factories import AgencyFactory


@pytest.mark.django_db
def test_agency_is_found_by_its_khmer_name_inside_a_run(client, home_km):
    agency = AgencyFactory(name_km="ក្រុមហ៊ុនភ្នាក់ងារសាកល្បងពន្លឺថ្មី", name_latin="Demo Bright Light")
    body = client.get("/km/search/", {"q": "ពន្លឺ"}).content.decode()
    assert f"/km/agencies/{agency.licence_number}/" in body
    body = client.get("/en/search/", {"q": "bright light"}).content.decode()
    assert f"/en/agencies/{agency.licence_number}/" in body
    assert "Demo Bright Light" in body


@pytest.mark.django_db
def test_organisation_in_visitors_language_first_then_marked_originals(client, home_km):
    khmer_only = OrganisationFactory(
        name="អង្គការសាកល្បងជំនួយពលករ (demo)", description="ជួយពលករចំណាកស្រុកដែលមានបណ្តឹង"
    )
    translated = OrganisationFactory(
        name="អង្គការសាកល្បងផ្ទះសុវត្ថិភាព (demo)", description="ជួយពលករចំណាកស្រុក"
    )
    english = translated.copy_for_translation(Locale.objects.get(language_code="en"))
    english.name = "Demo safe house"
    english.description = "Helps migrant workers (ពលករចំណាកស្រុក)."
    english.save()
    body = client.get("/en/search/", {"q": "ពលករចំណាកស្រុក"}).content.decode()
    assert "Demo safe house" in body
    assert "អង្គការសាកល្បងផ្ទះសុវត្ថិភាព" not in body  # its English translation stands for it
    assert khmer_only.name in body
    assert body.index("Demo safe house") < body.index(khmer_only.name)
    assert 'lang="km"' in body


@pytest.mark.django_db
def test_an_agency_whose_licence_has_a_slash_links_to_a_page_that_answers(client, home_km):
    agency = AgencyFactory(licence_number="DEMO 12/2019", name_latin="Demo Slash Agency")
    body = client.get("/en/search/", {"q": "slash agency"}).content.decode()
    link = f"/en/agencies/{agency.url_licence}/"
    assert link in body
    assert "/en/agencies/DEMO 12/2019/" not in body
    assert client.get(link).status_code == 200
