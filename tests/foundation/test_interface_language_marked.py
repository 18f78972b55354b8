"""Text in another language than the page's is marked as such (issue 18): the English
interface of pages whose language has no complete interface yet, and alerts shown in Khmer
because they are not translated."""

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.core.cache import cache
from django.template import Context, Template
from django.utils import translation

from orientation.core.languages import INTERFACE_LANGUAGES
from tests.alerts.factories import AlertFactory

pytestmark = pytest.mark.django_db

OWN_INTERFACE_LANGUAGES = [
    code for code, _name in settings.LANGUAGES if code in INTERFACE_LANGUAGES
]


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def soup(client, path):
    return BeautifulSoup(client.get(path).content.decode(), "html.parser")


@pytest.fixture
def korean_without_its_interface(monkeypatch):
    """Every content language has its interface now; a language added later starts without
    one, and its pages must still mark the English interface. Korean stands in for it."""
    from orientation.core import languages

    monkeypatch.setattr(languages, "INTERFACE_LANGUAGES", INTERFACE_LANGUAGES - {"ko"})
    return "ko"


@pytest.mark.parametrize("path", ["complaints/", "complaints/track/", "offline/"])
def test_english_interface_on_other_languages_pages_is_marked_english(
    client, korean_without_its_interface, path
):
    language = korean_without_its_interface
    page = soup(client, f"/{language}/{path}")
    assert page.html["lang"] in (language, "zh-Hant")
    for region in (page.select_one(".site-header"), page.select_one(".site-footer")):
        assert region["lang"] == "en" and region["dir"] == "ltr"
    content = page.select_one(".page-content")
    assert content["lang"] == "en" and content["dir"] == "ltr"
    assert page.select_one(".skip-link")["lang"] == "en"


@pytest.mark.parametrize("language", OWN_INTERFACE_LANGUAGES)
@pytest.mark.parametrize("path", ["complaints/", "offline/"])
def test_pages_with_their_own_interface_mark_nothing_extra(client, language, path):
    page = soup(client, f"/{language}/{path}")
    assert not page.select_one(".site-header").has_attr("lang")
    assert not page.select_one(".site-footer").has_attr("lang")
    assert not page.select_one(".page-content").has_attr("lang")
    assert not page.select_one(".skip-link").has_attr("lang")


def banner(language):
    with translation.override(language):
        return BeautifulSoup(
            Template("{% load alerts_tags %}{% alerts_banner %}").render(Context()), "html.parser"
        )


def test_an_alert_falling_back_to_khmer_is_marked_khmer_and_its_link_in_the_interface(db):
    AlertFactory(title="អាសន្ន៖ ព្យុះ", link="https://example.org/storm")
    alert = banner("ar").select_one(".alert")
    assert alert["lang"] == "km" and alert["dir"] == "ltr"
    read_more = alert.find("a").parent
    # Arabic has its own interface: "Read more" is Arabic, the page's language, marked rtl.
    assert read_more["lang"] == "ar" and read_more["dir"] == "rtl"
    assert read_more.get_text(strip=True) == "اقرأ المزيد"


def test_a_khmer_alert_on_a_khmer_page_is_not_marked(db):
    AlertFactory(title="អាសន្ន៖ ព្យុះ", link="https://example.org/storm")
    alert = banner("km").select_one(".alert")
    assert not alert.has_attr("lang")
    assert not alert.find("a").parent.has_attr("lang")
