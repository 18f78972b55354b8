import re
from pathlib import Path

import pytest
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from orientation.rights.models import LegalInstrument, RightsPage
from tests.factories import UserFactory
from tests.rights.factories import LegalInstrumentFactory, RightsPageFactory

CATALOGUE = Path(__file__).parents[2] / "orientation/rights/locale/km/LC_MESSAGES/django.po"


def test_every_interface_string_has_a_khmer_translation():
    text = CATALOGUE.read_text(encoding="utf-8")
    entries = re.findall(r'\nmsgid "(.+)"\nmsgstr "(.*)"\n', text)
    assert entries
    untranslated = [msgid for msgid, msgstr in entries if not msgstr]
    assert untranslated == []
    assert "#, fuzzy" not in text
    assert '"Language: km\\n"' in text


@pytest.mark.django_db
def test_khmer_explainer_interface_is_in_khmer(client, rights_index):
    RightsPageFactory(parent=rights_index, slug="wages")
    html = client.get("/km/rights/wages/").content.decode()
    assert "អ្វីដែលអ្នកត្រូវធ្វើ" in html  # "What to do"
    assert "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល" in html  # no instrument cited yet


@pytest.fixture
def admin_client(client, db):
    user = UserFactory(username="rights-admin", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_instrument_snippets_are_listed_in_the_admin(admin_client):
    LegalInstrumentFactory(name="Work in Fishing Convention")
    response = admin_client.get("/admin/snippets/rights/legalinstrument/")
    assert response.status_code == 200
    assert "Work in Fishing Convention" in response.content.decode()


@pytest.mark.django_db
def test_explainer_edit_form_offers_instruments_of_its_own_language(admin_client, rights_index):
    khmer_instrument = LegalInstrumentFactory(name="Khmer instrument")
    english = Locale.objects.get(language_code="en")
    english_instrument = khmer_instrument.copy_for_translation(english)
    english_instrument.name = "English instrument"
    english_instrument.save()
    explainer = RightsPageFactory(parent=rights_index)

    response = admin_client.get(f"/admin/pages/{explainer.pk}/edit/")

    assert response.status_code == 200
    choices = response.context["form"].fields["cited_instruments"].queryset
    assert list(choices) == [khmer_instrument]


@pytest.mark.django_db
def test_explainer_edit_form_shows_when_its_review_is_due(admin_client, rights_index):
    import datetime

    explainer = RightsPageFactory(
        parent=rights_index, last_reviewed=datetime.date.today(), review_interval_days=30
    )
    html = admin_client.get(f"/admin/pages/{explainer.pk}/edit/").content.decode()
    due = datetime.date.today() + datetime.timedelta(days=30)
    panel = re.search(r'<div class="([^"]*)" data-review-due="([^"]*)"', html)
    assert panel.group(2) == due.isoformat()
    assert "help-info" in panel.group(1)  # not yet due: no warning


@pytest.mark.django_db
def test_explainer_can_be_created_in_the_admin(admin_client, rights_index, thailand):
    instrument = LegalInstrumentFactory()
    data = nested_form_data(
        {
            "title": "Keep your passport",
            "slug": "keep-passport",
            "summary": "Your passport is yours.",
            "body": streamfield(
                [
                    ("explanation", {"text": rich_text("<p>It is yours.</p>")}),
                    (
                        "steps",
                        {
                            "steps": streamfield([("item", "Ask for it back.")]),
                            "link_complaint_form": True,
                            "link_destination_guides": True,
                        },
                    ),
                ]
            ),
            "last_reviewed": "2026-01-01",
            "review_interval_days": 180,
            "action-publish": "publish",
        }
    )
    # Checkbox lists post one value per ticked box (nested_form_data would number them).
    data["related_destinations"] = [thailand.pk]
    data["cited_instruments"] = [instrument.pk]
    response = admin_client.post(f"/admin/pages/add/rights/rightspage/{rights_index.pk}/", data)

    assert response.status_code == 302, response.context["form"].errors
    page = RightsPage.objects.get(slug="keep-passport", locale__language_code="km")
    assert page.live
    assert list(page.cited_instruments.all()) == [instrument]
    assert list(page.related_destinations.all()) == [thailand]


@pytest.mark.django_db
def test_instrument_slug_is_unique_per_language():
    from django.db import IntegrityError, transaction

    LegalInstrumentFactory(slug="same")
    with pytest.raises(IntegrityError), transaction.atomic():
        LegalInstrumentFactory(slug="same")
    assert LegalInstrument.objects.filter(slug="same").count() == 1
