"""After a refused complaint, what went wrong is the first thing after the heading (issue 18)."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from .helpers import valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def refused(client, language="en", **overrides):
    response = client.post(f"/{language}/complaints/", valid_post(**overrides))
    assert response.status_code == 400
    return BeautifulSoup(response.content.decode(), "html.parser")


def test_the_summary_follows_the_heading_is_focused_and_links_each_field(client):
    page = refused(client, description="", consent=None, contact_method="phone")
    heading = page.find("h1")
    summary = heading.find_next_sibling()
    assert summary.has_attr("data-error-summary")
    assert summary["tabindex"] == "-1" and summary.has_attr("autofocus")
    links = {a["href"]: a.get_text() for a in summary.find_all("a")}
    assert links == {
        "#id_description": "Tell us what happened",
        "#id_contact_detail": "Your phone number, messaging name or email",
        "#id_consent": "Your agreement",
    }
    for target in links:
        assert page.find(id=target[1:]) is not None


def test_a_choice_field_links_to_its_first_choice(client):
    page = refused(client, filer_kind="bogus")
    link = page.select_one("[data-error-summary] a")
    assert link["href"] == "#id_filer_kind_0"
    assert page.find(id="id_filer_kind_0") is not None


@pytest.mark.parametrize(("language", "prefix"), [("en", "Error: "), ("km", "កំហុស៖ ")])
def test_the_title_starts_with_error_in_the_readers_language(client, language, prefix):
    page = refused(client, language=language, description="")
    assert page.title.get_text().startswith(prefix)


def test_a_form_without_errors_has_no_summary_and_a_plain_title(client):
    page = BeautifulSoup(client.get("/en/complaints/").content.decode(), "html.parser")
    assert page.find(attrs={"data-error-summary": True}) is None
    assert page.title.get_text().startswith("File a complaint")
