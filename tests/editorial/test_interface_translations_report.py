"""The admin report "Interface translations awaiting review" (issue 18): the interface text
drafted in the other languages, counted per language and listed, for editorial roles only."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from orientation.core import catalogues
from orientation.editorial.roles import COMPLAINT_OFFICERS
from tests.factories import UserFactory

URL = "/admin/editorial/interface-translations/"


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_url_is_the_reports(db):
    assert reverse("editorial:interface_translations") == URL


def test_editors_see_the_drafts_counted_per_language_in_khmer(client, editor):
    client.force_login(editor)
    response = client.get(URL)
    assert response.status_code == 200
    page = soup(response)
    assert "ការបកប្រែឃ្លាម៉ឺនុយ និងទម្រង់ ដែលរង់ចាំការពិនិត្យ" in page.title.get_text()
    counts = {
        row["data-language"]: int(row["data-drafted"])
        for row in page.select(
            "[data-editorial-report=interface-drafts-by-language] tr[data-language]"
        )
    }
    for language in ["th", "ar", "ms"]:
        assert counts[language] == len(catalogues.drafted_entries([language])) > 900
    rows = page.select("tr[data-interface-draft]")
    assert 0 < len(rows) <= 100  # paginated


def test_the_list_is_filtered_by_language_and_shows_catalogue_text_and_draft(client, editor):
    client.force_login(editor)
    page = soup(client.get(URL, {"language": "ar"}))
    rows = page.select("tr[data-interface-draft]")
    assert rows and {row["data-language"] for row in rows} == {"ar"}
    cells = {
        tuple(cell.get_text(" ", strip=True) for cell in row.find_all("td")): row for row in rows
    }
    first = catalogues.drafted_entries(["ar"])[0]
    key = (first.language_name, first.catalogue, first.msgid, first.msgstr)
    assert key in cells
    draft_cell = cells[key].find_all("td")[3]
    assert draft_cell["lang"] == "ar" and draft_cell["dir"] == "rtl"


def test_an_unknown_language_in_the_filter_is_ignored_not_an_error(client, editor):
    client.force_login(editor)
    response = client.get(URL, {"language": "xx"})
    assert response.status_code == 200


def test_the_reports_menu_offers_it_to_editors(client, editor):
    client.force_login(editor)
    assert URL in client.get("/admin/").content.decode()


@pytest.fixture
def officer(editorial):
    return UserFactory(username="officer", groups=[COMPLAINT_OFFICERS])


def test_officers_are_refused(client, officer):
    client.force_login(officer)
    assert client.get(URL).status_code in {302, 403}
    assert URL not in client.get("/admin/").content.decode()


def test_anonymous_visitors_are_sent_to_sign_in(client, editorial):
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/login/")
