import pytest
from wagtail.models import Locale

from tests.alerts.factories import AlertFactory, translate_alert
from tests.resources.factories import OrganisationFactory, translate, verified_phone


def make_guide(home):
    """A Thailand guide with one section, when the destinations area provides the page
    type (built by another issue); None otherwise."""
    try:
        from orientation.destinations.models import DestinationGuidePage, GuideIndexPage
    except ImportError:
        return None
    from orientation.core.demo import ensure_page_in_km_and_en
    from orientation.destinations.models import Destination

    index = ensure_page_in_km_and_en(
        home, GuideIndexPage, "destinations", km={"title": "មគ្គុទ្ទេសក៍"}, en={"title": "Guides"}
    )
    thailand = Destination.objects.get(slug="thailand")
    section = {"heading": "មុនពេលចេញដំណើរ", "body": "<p>លិខិតឆ្លងដែន</p>"}
    return ensure_page_in_km_and_en(
        index,
        DestinationGuidePage,
        "thailand",
        km={"title": "ប្រទេសថៃ", "destination": thailand, "body": [("section", section)]},
        en={
            "title": "Thailand",
            "destination": thailand,
            "body": [("section", {"heading": "Before you leave", "body": "<p>Passport</p>"})],
        },
    )


@pytest.fixture
def partner_content(home_km, synced_trees):
    """Pages in every locale, organisations and alerts, as partners would find them."""
    guide = make_guide(home_km)
    synced_trees()
    shelter = OrganisationFactory(
        name="ទីជម្រកសាកល្បង",
        kind="shelter",
        services=["shelter"],
        destinations=["malaysia"],
        languages=["km", "ms"],
        contacts=[
            verified_phone("+855 23 216 532", "Press release, 2007", label="Office"),
            (
                "phone",
                {
                    "label": "Night",
                    "phone": {"number": "099 999 999", "verified": False, "source": ""},
                },
            ),
        ],
    )
    translate(shelter, "en", name="Demo shelter")
    OrganisationFactory(
        name="Demo legal aid", kind="legal-aid", services=["legal-aid"], destinations=["thailand"]
    )
    OrganisationFactory(name="Demo hidden draft", live=False)
    everywhere = AlertFactory(title="ការជូនដំណឹងទូទៅ", level="emergency")
    translate_alert(everywhere, "en", title="Alert everywhere")
    AlertFactory(title="ការជូនដំណឹងថៃ", destinations=["thailand"])
    AlertFactory(title="ការជូនដំណឹងម៉ាឡេស៊ី", destinations=["malaysia"])
    return {"guide": guide, "shelter": shelter, "locales": list(Locale.objects.all())}


@pytest.fixture
def api_basics(home_km):
    """The least an endpoint needs to answer with items: cheap, for the many error cases."""
    OrganisationFactory(name="Demo organisation", services=["shelter"])
    AlertFactory(title="ការជូនដំណឹង")
    return home_km
