import datetime

import pytest
from django.core.exceptions import ValidationError
from wagtail.models import Page

from home.models import HomePage
from orientation.destinations.models import (
    Destination,
    DestinationGuidePage,
    GuideIndexPage,
    complaint_url,
)

from .factories import DestinationGuidePageFactory, GuideIndexPageFactory, checklist, section

pytestmark = pytest.mark.django_db


def test_every_page_type_has_a_factory(home_km):
    index = GuideIndexPageFactory(parent=home_km)
    guide = DestinationGuidePageFactory(parent=index)
    assert isinstance(Page.objects.get(pk=index.pk).specific, GuideIndexPage)
    assert isinstance(Page.objects.get(pk=guide.pk).specific, DestinationGuidePage)
    assert guide.url == "/km/destinations/thailand/"


def test_page_tree_rules():
    assert GuideIndexPage.parent_page_types == ["home.HomePage"]
    assert DestinationGuidePage.parent_page_types == ["destinations.GuideIndexPage"]
    assert DestinationGuidePage.subpage_types == []
    assert GuideIndexPage.can_create_at(HomePage())


def test_search_fields_cover_the_text():
    names = {field.field_name for field in DestinationGuidePage.search_fields}
    assert {"title", "summary", "body"} <= names
    assert "intro" in {field.field_name for field in GuideIndexPage.search_fields}


def test_one_guide_per_destination_per_locale(home_km):
    index = GuideIndexPageFactory(parent=home_km)
    DestinationGuidePageFactory(parent=index)
    second = DestinationGuidePage(
        title="Another Thailand guide",
        slug="thailand-2",
        destination=Destination.objects.get(slug="thailand"),
        locale_id=index.locale_id,
    )
    second.path, second.depth = index.path + "0099", index.depth + 1
    with pytest.raises(ValidationError) as error:
        second.clean()
    assert "destination" in error.value.message_dict


def test_guide_translation_keeps_its_destination(home_km):
    from orientation.core.demo import ensure_translation

    index = GuideIndexPageFactory(parent=home_km)
    guide = DestinationGuidePageFactory(parent=index, body=[section(), checklist()])
    english, _created = ensure_translation(guide, "en", title="Working in Thailand")
    assert english.destination == guide.destination
    assert english.url == "/en/destinations/thailand/"


def test_review_due_date():
    guide = DestinationGuidePage(last_reviewed=datetime.date(2026, 1, 1), review_interval_days=90)
    assert guide.review_due == datetime.date(2026, 4, 1)


def test_destination_local_language_facts():
    qatar = Destination.objects.get(slug="qatar")
    assert (qatar.local_html_lang, qatar.local_text_direction) == ("ar", "rtl")
    hong_kong = Destination.objects.get(slug="hong-kong")
    assert hong_kong.local_html_lang == "zh-Hant"
    assert hong_kong.icon_path == "icons/destinations/harbour.svg"


def test_every_destination_has_an_icon():
    from django.contrib.staticfiles import finders

    for destination in Destination.objects.all():
        assert finders.find(destination.icon_path), destination.slug


def test_complaint_url_uses_the_reader_language():
    from django.utils import translation

    kuwait = Destination.objects.get(slug="kuwait")
    with translation.override("en"):
        assert complaint_url(kuwait) == "/en/complaints/?destination=kuwait"
