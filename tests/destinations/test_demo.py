import pytest
from wagtail.models import Page

from orientation.destinations.catalogue import SLUGS
from orientation.destinations.models import DestinationGuidePage, GuideIndexPage


@pytest.mark.django_db
def test_demo_builds_nine_guides_in_khmer_and_english_and_is_idempotent(demo_guides):
    from orientation.destinations.demo import build

    before = sorted(Page.objects.values_list("locale__language_code", "url_path", "alias_of_id"))
    build()
    after = sorted(Page.objects.values_list("locale__language_code", "url_path", "alias_of_id"))
    assert before == after
    for code in ["km", "en"]:
        guides = DestinationGuidePage.objects.filter(locale__language_code=code, alias_of=None)
        assert sorted(guides.values_list("slug", flat=True)) == sorted(SLUGS)
    assert GuideIndexPage.objects.filter(locale__language_code="th").exists()
