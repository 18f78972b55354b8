"""The client example of docs/partners.md, run as a partner would: over HTTP against a live
portal, reading the OpenAPI document first."""

import importlib.util

import pytest
from django.conf import settings

from tests.scams.factories import AgencyFactory

EXAMPLE = settings.BASE_DIR / "docs" / "examples" / "partner_client.py"


def partner_client():
    spec = importlib.util.spec_from_file_location("partner_client", EXAMPLE)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def live_portal(live_server, transactional_db):
    return live_server.url


@pytest.mark.django_db(transaction=True)
def test_the_example_lists_todays_alerts_and_checks_an_agency(live_portal, partner_content):
    AgencyFactory(name_latin="Demo Agency", name_km="ភ្នាក់ងារសាកល្បង", licence_number="DEMO-0001")
    example = partner_client()
    text = example.report(live_portal, "thailand", "DEMO-0001")
    assert "ការជូនដំណឹងថៃ" in text  # Thailand's alert, in Khmer
    assert "ការជូនដំណឹងម៉ាឡេស៊ី" not in text  # Malaysia's is not for Thailand
    assert "DEMO-0001: Demo Agency / ភ្នាក់ងារសាកល្បង, licensed" in text
    assert "did you mean DEMO-0001 Demo Agency" in example.report(
        live_portal, "thailand", "DEM0001"
    )
    with pytest.raises(ValueError, match="unknown destination 'thailande'"):
        example.report(live_portal, "thailande", "DEMO-0001")
