"""Issue 17 item 7: the "to be confirmed" report lists exactly what the public site marks
"to be confirmed by editors" (one definition, orientation.core.unconfirmed). Every public
page of the demo is fetched in Khmer and English, every place marked data-unconfirmed is
collected, and the set must equal the report's."""

import re

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from orientation.editorial import selectors
from tests.conftest import DEMO_READERS_GROUP

MARKER = re.compile(r'data-unconfirmed="([^"]+)"')
LANGUAGES = ("km", "en")

# These tests share one load of the demo with the other demo readers (tests/conftest.py).
pytestmark = [
    pytest.mark.usefixtures("demo_content"),
    pytest.mark.django_db,
    DEMO_READERS_GROUP,
]


def public_urls():
    from orientation.rights.models import LegalInstrument, RightsIndexPage
    from orientation.scams.models import Agency

    urls = set()
    for page in Page.objects.live().filter(depth__gt=1, locale__language_code__in=LANGUAGES):
        url = page.get_url()
        if url:
            urls.add(url)
    slugs = set(LegalInstrument.objects.values_list("slug", flat=True))
    for index in RightsIndexPage.objects.live().filter(locale__language_code__in=LANGUAGES):
        urls.update(f"{index.get_url()}instruments/{slug}/" for slug in slugs)
    for language in LANGUAGES:
        with translation.override(language):
            urls.add(reverse("resources:directory"))
            urls.update(agency.get_url() for agency in Agency.objects.all())
    return sorted(urls)


def marked_on_public_pages(client):
    marked = {}
    for url in public_urls():
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        for found in MARKER.findall(response.content.decode()):
            marked.setdefault(found, url)
    return marked


def test_report_lists_exactly_what_the_public_site_marks(client):
    marked = marked_on_public_pages(client)
    reported = {item.marker for item in selectors.unconfirmed_content()}

    assert marked, "the demo shows facts to be confirmed"
    missing_from_report = {m: url for m, url in marked.items() if m not in reported}
    assert not missing_from_report
    assert reported - set(marked) == set()
    # The kinds the issue names are all there: guides' cards, instruments, agencies,
    # organisations, rights notes.
    kinds = {m.split(":")[0] for m in reported}
    assert {
        "destinations.destinationguidepage",
        "rights.legalinstrument",
        "scams.agency",
        "resources.organisation",
        "rights.rightspage",
    } <= kinds


def test_a_verified_contact_card_is_not_reported():
    from orientation.destinations.models import DestinationGuidePage

    for item in selectors.unconfirmed_content():
        if isinstance(item.instance, DestinationGuidePage):
            for fact in item.facts:
                assert fact.where.startswith("body > ")
    verified_only = [
        page
        for page in DestinationGuidePage.objects.live()
        if all(
            b.value.get("to_be_confirmed") is False
            for b in page.body
            if b.block_type == "contact_card"
        )
        and not any(b.block_type == "show_this" for b in page.body)
    ]
    reported = {item.marker for item in selectors.unconfirmed_content()}
    for page in verified_only:
        assert f"destinations.destinationguidepage:{page.pk}" not in reported
