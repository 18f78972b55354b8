import pytest
from django.core.management import call_command
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from tests.conftest import DEMO_READERS_GROUP


def site_fingerprint():
    return sorted(
        Page.objects.values_list("locale__language_code", "url_path", "alias_of_id", "live")
    )


# These tests share one load of the demo with the other demo readers (tests/conftest.py).
pytestmark = [pytest.mark.usefixtures("demo_content"), DEMO_READERS_GROUP]


@pytest.mark.django_db
def test_load_demo_content_twice_gives_the_same_site():
    first = site_fingerprint()
    call_command("load_demo_content", verbosity=0)
    assert site_fingerprint() == first
    assert HomePage.objects.filter(locale__language_code="km").count() == 1


@pytest.mark.django_db
def test_every_locale_tree_holds_every_page():
    km_keys = set(
        Page.objects.filter(locale__language_code="km", depth__gt=1).values_list(
            "translation_key", flat=True
        )
    )
    assert km_keys
    for locale in Locale.objects.all():
        keys = set(
            Page.objects.filter(locale=locale, depth__gt=1).values_list(
                "translation_key", flat=True
            )
        )
        assert keys == km_keys, locale.language_code


@pytest.mark.django_db
def test_default_site_root_is_khmer_home():
    site = Site.objects.get(is_default_site=True)
    assert site.root_page.specific.locale.language_code == "km"
    assert isinstance(site.root_page.specific, HomePage)
