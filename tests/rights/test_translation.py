"""Submitting rights content for translation with wagtail-localize and publishing it: the
path every translator takes, so a block it cannot handle is found here first."""

import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from orientation.core.demo import ensure_translation
from orientation.rights.models import LegalInstrument, RightsPage
from tests.rights.factories import LegalInstrumentFactory, RightsPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def english():
    return Locale.objects.get(language_code="en")


def test_instrument_translates_through_wagtail_localize(english):
    instrument = LegalInstrumentFactory(slug="ilo-c188", name="អនុសញ្ញា ILO លេខ ១៨៨")
    source, _created = TranslationSource.get_or_create_from_instance(instrument)

    translation, _created = source.create_or_update_translation(english, fallback=True)

    assert translation.locale == english
    assert translation.translation_key == instrument.translation_key
    assert translation.slug == "ilo-c188"
    assert LegalInstrument.objects.filter(slug="ilo-c188").count() == 2


def test_explainer_translates_through_wagtail_localize(
    client, english, home_km, rights_index, django_capture_on_commit_callbacks
):
    instrument = LegalInstrumentFactory(slug="un-convention")
    explainer = RightsPageFactory(
        parent=rights_index, slug="written-contract", cited_instruments=[instrument]
    )
    ensure_translation(home_km, "en")
    ensure_translation(rights_index, "en")
    source, _created = TranslationSource.get_or_create_from_instance(explainer)

    # wagtail-localize publishes on commit.
    with django_capture_on_commit_callbacks(execute=True):
        source.create_or_update_translation(english, fallback=True)

    translation = RightsPage.objects.get(locale=english, slug="written-contract")
    assert translation.live
    assert not translation.alias_of_id
    # The relation is copied from the source, so the English page cites the same instrument.
    assert list(translation.cited_instruments.all()) == [instrument]
    response = client.get("/en/rights/written-contract/")
    assert response.status_code == 200
    assert 'href="/en/rights/instruments/un-convention/"' in response.content.decode()
