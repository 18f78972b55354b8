"""An editor sends a page and the pages that belong with it for translation at once."""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from orientation.editorial.content_types import models_related_to
from orientation.editorial.services import pages_of_destination

from .discovery import create_page, factories_by_model


@pytest.fixture
def guide(home_km, editorial):
    from orientation.destinations.models import DestinationGuidePage

    factories = factories_by_model()
    if DestinationGuidePage not in factories:
        pytest.skip("destination guides have no factory yet")
    return create_page(DestinationGuidePage, home_km, factories)


def test_related_pages_are_found_through_their_destination(guide):
    related_models = models_related_to(type(guide.destination))
    assert any(model is type(guide) for model, _name in related_models)
    bundle = pages_of_destination(guide)
    assert bundle[0].pk == guide.pk
    for model, field_name in related_models:
        for page in model.objects.filter(**{field_name: guide.destination}, locale=guide.locale):
            if page.alias_of_id is None:
                assert page.pk in {p.pk for p in bundle}


def test_editor_sends_a_guide_for_translation(
    client, editor, guide, django_capture_on_commit_callbacks
):
    client.force_login(editor)
    url = reverse("editorial:translate_destination", args=[guide.pk])
    form = client.get(url)
    assert form.status_code == 200
    assert guide.title in form.content.decode()

    thai = Locale.objects.get(language_code="th")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"locales": [thai.pk]})
    assert response.status_code == 302
    assert Translation.objects.filter(
        source__object_id=guide.translation_key, target_locale=thai
    ).exists()
    thai_guide = guide.get_translation(thai)
    assert thai_guide.alias_of_id is None


def test_translator_cannot_open_it_without_submit_permission(client, editorial):
    from tests.factories import UserFactory

    nobody = UserFactory(username="complaints-only", groups=["Complaint supervisors"])
    client.force_login(nobody)
    response = client.get(reverse("editorial:translate_destination", args=[1]))
    assert response.status_code in {302, 403}
