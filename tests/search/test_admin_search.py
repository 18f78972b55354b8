"""Every admin listing and chooser answers a search (issue 17): a Khmer word inside an
unspaced run, an English word, digits. The listings are discovered from Wagtail's viewset
registry, so a listing added later is walked too; a searchable indexed model needs a
builder below (a test says so), because only it knows which fields hold the words."""

from html import unescape
from urllib.parse import urlencode

import pytest
import wagtail_factories
from django.apps import apps
from django.urls import URLResolver, get_resolver, reverse
from wagtail.admin.views.generic.base import BaseListingView
from wagtail.admin.views.generic.chooser import BaseChooseView
from wagtail.admin.viewsets import viewsets
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.search.index import class_is_indexed

from orientation.destinations.models import Destination
from orientation.resources.models import Organisation
from orientation.rights.models import LegalInstrument
from orientation.scams.models import Agency
from tests.factories import UserFactory
from tests.resources.factories import OrganisationFactory
from tests.rights.factories import LegalInstrumentFactory
from tests.scams.factories import AgencyFactory
from tests.search.factories import SearchablePageFactory

# "Looking for work abroad", written as Khmer is: one run, no spaces. ការងារ (work) is
# inside it, cut differently by ICU depending on its neighbours.
KHMER_RUN = "ស្វែងរកការងារនៅបរទេស"
QUERIES = {"khmer": "ការងារ", "english": "Harvest", "digits": "4821"}


def build_agency():
    AgencyFactory(name_latin="Decoy Staffing", name_km="ក្រុមហ៊ុនសាកល្បង")
    AgencyFactory(
        name_latin="Harvest Staffing", name_km=f"ក្រុមហ៊ុន{KHMER_RUN}", licence_number="DEMO-4821"
    )
    return "Harvest Staffing", "Decoy Staffing"


def build_destination():
    common = {"local_language_code": "xx", "currency_code": "XXX"}
    Destination.objects.create(slug="decoyland", name_en="Decoyland", name_km="សាកល្បង", **common)
    Destination.objects.create(
        slug="harvestland-4821", name_en="Harvestland", name_km=f"ប្រទេស{KHMER_RUN}", **common
    )
    return "Harvestland", "Decoyland"


def build_legal_instrument():
    LegalInstrumentFactory(name="Decoy accord", number="77", summary="Nothing to find.")
    LegalInstrumentFactory(name="Harvest accord", number="4821", summary=f"អំពី{KHMER_RUN}")
    return "Harvest accord", "Decoy accord"


def build_organisation():
    OrganisationFactory(name="Decoy help desk")
    label = f"Harvest help desk 4821 {KHMER_RUN}"
    OrganisationFactory(name=label)
    return label, "Decoy help desk"


BUILDERS = {
    Agency: build_agency,
    Destination: build_destination,
    LegalInstrument: build_legal_instrument,
    Organisation: build_organisation,
}
MATCHING_TITLE = f"Harvest guide 4821 {KHMER_RUN}"
DECOY_TITLE = "Decoy guide"


def walk_urls(patterns, prefix=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            yield from walk_urls(pattern.url_patterns, prefix + str(pattern.pattern))
        else:
            yield prefix + str(pattern.pattern), pattern.callback


def registered_listings():
    """(url, model or None) for every admin listing and chooser view the URLconf serves
    without arguments: Wagtail's, the contrib apps', the project's snippets and reports."""
    for path, view in walk_urls(get_resolver().url_patterns):
        view_class = getattr(view, "view_class", None)
        if not path.startswith("admin/") or "<" in path or view_class is None:
            continue
        if issubclass(view_class, (BaseListingView, BaseChooseView)):
            model = view.view_initkwargs.get("model") or getattr(view_class, "model", None)
            if isinstance(model, str):
                model = apps.get_model(model)
            yield f"/{path}", model


def test_the_walk_reaches_every_registered_viewset():
    urls = {url for url, _ in registered_listings()}
    expected = set()
    for viewset in viewsets.viewsets:
        if isinstance(viewset, ModelViewSet):
            expected.add(viewset.menu_url)
        elif isinstance(viewset, ChooserViewSet):
            expected.add(reverse(viewset.get_url_name("choose_results")))
    assert expected
    assert expected <= urls


def search(client, url, query):
    response = client.get(f"{url}?{urlencode({'q': query})}")
    assert response.status_code == 200, (url, query, response.status_code)
    content = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        content = response.json().get("html", content)
    return unescape(content)


@pytest.fixture
def admin_client(client, home_km):
    # Reads the admin in English: listings and choosers name each destination in the
    # staff member's language, and the markers below are the English names.
    client.force_login(
        UserFactory(username="search-admin", is_superuser=True, is_staff=True, admin_language="en")
    )
    return client


def test_every_searchable_indexed_listing_has_a_builder():
    # Without one the walk below could only check "no 500", not that the item is found.
    missing = {
        model.__name__
        for _, model in registered_listings()
        if model is not None
        and model.__module__.startswith("orientation")
        and class_is_indexed(model)
        and model not in BUILDERS
    }
    assert not missing


@pytest.mark.parametrize("kind", QUERIES)
def test_every_registered_listing_and_chooser_finds_the_item(admin_client, kind):
    expected = {model: builder() for model, builder in BUILDERS.items()}
    listings = list(registered_listings())
    assert {model for _, model in listings} >= set(BUILDERS)
    for url, model in listings:
        html = search(admin_client, url, QUERIES[kind])
        if model in expected:
            found, decoy = expected[model]
            assert found in html, (url, kind)
            assert decoy not in html, (url, kind)


@pytest.mark.parametrize("kind", QUERIES)
def test_page_searches_find_the_page(admin_client, home_km, kind):
    SearchablePageFactory(parent=home_km, title=DECOY_TITLE)
    SearchablePageFactory(parent=home_km, title=MATCHING_TITLE)
    for url in (
        reverse("wagtailadmin_pages:search"),
        reverse("wagtailadmin_explore", args=[home_km.pk]),
        reverse("wagtailadmin_choose_page_search"),
    ):
        html = search(admin_client, url, QUERIES[kind])
        assert MATCHING_TITLE in html, (url, kind)
        assert DECOY_TITLE not in html, (url, kind)
    # Sorted by a column, the explorer and the page search still search.
    for url in (
        reverse("wagtailadmin_pages:search"),
        reverse("wagtailadmin_explore", args=[home_km.pk]),
    ):
        response = admin_client.get(
            url, {"q": QUERIES[kind], "ordering": "-latest_revision_created_at"}
        )
        assert response.status_code == 200, url
        html = unescape(response.content.decode())
        assert MATCHING_TITLE in html, (url, kind)
        assert DECOY_TITLE not in html, (url, kind)


@pytest.mark.parametrize("kind", QUERIES)
def test_image_and_document_searches_find_the_item(admin_client, kind):
    for factory, urls in (
        (
            wagtail_factories.ImageFactory,
            ("wagtailimages:index", "wagtailimages_chooser:choose_results"),
        ),
        (
            wagtail_factories.DocumentFactory,
            ("wagtaildocs:index", "wagtaildocs_chooser:choose_results"),
        ),
    ):
        factory(title=DECOY_TITLE)
        factory(title=MATCHING_TITLE)
        for name in urls:
            html = search(admin_client, reverse(name), QUERIES[kind])
            assert MATCHING_TITLE in html, (name, kind)
            assert DECOY_TITLE not in html, (name, kind)


def test_a_search_with_column_sorting_and_list_filters_answers(admin_client):
    """Sorting by a column and filtering the list work with a search on the database
    backends, whatever the model declares as FilterField."""
    AgencyFactory(name_latin="Harvest Staffing", name_km=f"ក្រុមហ៊ុន{KHMER_RUN}")
    AgencyFactory(name_latin="Harvest Suspended", status="suspended")
    url = reverse("wagtailsnippets_scams_agency:list")
    for params in (
        {"q": "ការងារ", "ordering": "-name_latin"},
        {"q": "harvest", "status": "licensed"},
    ):
        html = unescape(admin_client.get(url, params).content.decode())
        assert "Harvest Staffing" in html, params
    html = unescape(admin_client.get(url, {"q": "harvest", "status": "licensed"}).content.decode())
    assert "Harvest Suspended" not in html
    organisations = reverse("wagtailsnippets_resources_organisation:list")
    OrganisationFactory(name="Harvest shelter", kind=Organisation.Kind.SHELTER)
    html = unescape(
        admin_client.get(organisations, {"q": "harvest", "kind": "shelter"}).content.decode()
    )
    assert "Harvest shelter" in html
