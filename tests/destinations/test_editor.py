"""The number rule as an editor meets it: the page editor refuses to publish a contact
card whose number is neither verified with a source nor marked 'to be confirmed'."""

import re

import pytest
from wagtail.test.utils.form_data import nested_form_data, streamfield

from orientation.destinations.models import Destination, DestinationGuidePage
from tests.factories import UserFactory

from .factories import GuideIndexPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = UserFactory(username="editor-admin", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


def guide_form(contact, to_be_confirmed, slug="thailand-guide"):
    card = {
        "name": "Embassy of Cambodia in Thailand",
        "role": "Help",
        "contact": contact,
    }
    if to_be_confirmed:
        card["to_be_confirmed"] = "on"
    data = nested_form_data(
        {
            "title": "Working in Thailand",
            "slug": slug,
            "destination": Destination.objects.get(slug="thailand").pk,
            "summary": "A guide.",
            "body": streamfield([("contact_card", card)]),
            "last_reviewed": "2026-11-23",
            "review_interval_days": "180",
            "comments": {
                "TOTAL_FORMS": 0,
                "INITIAL_FORMS": 0,
                "MIN_NUM_FORMS": 0,
                "MAX_NUM_FORMS": 1000,
            },
        }
    )
    data["action-publish"] = "action-publish"
    return data


def khmer_guides():
    # Publishing also makes aliases in the other locales (wagtail-localize's synced trees).
    return DestinationGuidePage.objects.filter(locale__language_code="km")


def add_url(index):
    return f"/admin/pages/add/destinations/destinationguidepage/{index.pk}/"


def test_editor_cannot_publish_an_unvouched_number(editor_client, home_km):
    index = GuideIndexPageFactory(parent=home_km)
    response = editor_client.post(
        add_url(index),
        guide_form({"number": "02 123 4567", "source": ""}, to_be_confirmed=False),
    )
    assert response.status_code == 200  # the form again, with the error
    assert not khmer_guides().exists()
    error = response.context["form"].errors["body"].as_data()[0]
    card_error = error.block_errors[0]
    assert "to_be_confirmed" in card_error.block_errors


def test_editor_cannot_publish_a_verified_number_without_source(editor_client, home_km):
    index = GuideIndexPageFactory(parent=home_km)
    response = editor_client.post(
        add_url(index),
        guide_form({"number": "191", "verified": "on", "source": ""}, to_be_confirmed=False),
    )
    assert response.status_code == 200
    assert not khmer_guides().exists()


def test_editor_publishes_a_to_be_confirmed_number_and_the_slug_follows_the_destination(
    editor_client, home_km
):
    index = GuideIndexPageFactory(parent=home_km)
    response = editor_client.post(
        add_url(index), guide_form({"number": "", "source": ""}, to_be_confirmed=True)
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    guide = khmer_guides().get()
    assert guide.live
    assert guide.slug == "thailand"


def test_editor_publishes_a_verified_number_with_source(editor_client, home_km):
    index = GuideIndexPageFactory(parent=home_km)
    response = editor_client.post(
        add_url(index),
        guide_form(
            {"number": "191", "verified": "on", "source": "Widely known"}, to_be_confirmed=False
        ),
    )
    assert response.status_code == 302
    assert khmer_guides().get().body[0].value["contact"]["number"] == "191"


def test_editor_cannot_add_a_second_guide_for_a_destination(editor_client, home_km):
    index = GuideIndexPageFactory(parent=home_km)
    form = guide_form({"number": "", "source": ""}, to_be_confirmed=True)
    assert editor_client.post(add_url(index), form).status_code == 302
    response = editor_client.post(
        add_url(index), guide_form({"number": "", "source": ""}, True, "x")
    )
    assert response.status_code == 200
    assert khmer_guides().count() == 1
    assert "destination" in response.context["form"].errors


def test_editor_sees_when_the_review_is_due(editor_client, home_km):
    import datetime

    from .factories import DestinationGuidePageFactory

    index = GuideIndexPageFactory(parent=home_km)
    guide = DestinationGuidePageFactory(
        parent=index, last_reviewed=datetime.date(2020, 1, 1), review_interval_days=30
    )
    html = editor_client.get(f"/admin/pages/{guide.pk}/edit/").content.decode()
    assert 'data-review-due="2020-01-31"' in html
    assert "help-warning" in html


def destination_form_data(destination, **changes):
    from django.forms.models import model_to_dict

    return {**model_to_dict(destination, exclude=["id"]), **changes}


def test_destination_slug_cannot_change_once_it_is_in_urls(editor_client):
    thailand = Destination.objects.get(slug="thailand")
    url = f"/admin/snippets/destinations/destination/edit/{thailand.pk}/"
    form_page = editor_client.get(url).content.decode()
    slug_input = re.search(r'<input[^>]*name="slug"[^>]*>', form_page).group(0)
    assert " disabled" in slug_input

    response = editor_client.post(
        url, destination_form_data(thailand, slug="thai", capital_en="Bangkok (checked)")
    )
    assert response.status_code == 302
    thailand.refresh_from_db()
    assert thailand.slug == "thailand"  # the posted slug was ignored
    assert thailand.capital_en == "Bangkok (checked)"  # the rest of the edit was saved
    # No copy view either: a copy would start with the locked slug.
    copy_url = f"/admin/snippets/destinations/destination/copy/{thailand.pk}/"
    assert editor_client.get(copy_url).status_code == 404


def test_a_new_destination_still_gets_the_slug_its_editor_types(editor_client):
    response = editor_client.post(
        "/admin/snippets/destinations/destination/add/",
        destination_form_data(
            Destination(
                name_en="Taiwan",
                name_km="តៃវ៉ាន់",
                local_language_code="zh-hant",
                currency_code="TWD",
                sort_order=99,
            ),
            slug="taiwan",
        ),
    )
    assert response.status_code == 302
    assert Destination.objects.filter(slug="taiwan", name_en="Taiwan").exists()
