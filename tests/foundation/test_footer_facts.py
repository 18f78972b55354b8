"""Issue 18, facts that stay true: the footer claims nothing no source says (who runs the
portal is an editable setting, "to be confirmed by editors" until checked), and its help
lines are numbers the reader can dial where they are."""

import pytest
from django.core.exceptions import ValidationError

from orientation.editorial import selectors
from tests.destinations.factories import (
    DestinationGuidePageFactory,
    GuideIndexPageFactory,
    contact_card,
)
from tests.factories import set_hotline

pytestmark = pytest.mark.django_db

KM_TBC = "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល"


def footer_of(html):
    return html[html.index('<footer class="site-footer">') :]


def footer_settings():
    from home.models import FooterSettings

    return FooterSettings.load()


def test_footer_makes_no_claim_about_iom_and_marks_the_line_to_be_confirmed(client, home_km):
    footer = footer_settings()
    for url, tbc in (("/km/", KM_TBC), ("/en/", "to be confirmed by editors")):
        html = footer_of(client.get(url).content.decode())
        assert "IOM" not in html
        assert f'data-unconfirmed="home.footersettings:{footer.pk}"' in html
        assert tbc in html


def test_the_to_be_confirmed_report_lists_the_footer_line(home_km):
    footer = footer_settings()
    reported = {item.marker: item for item in selectors.unconfirmed_content()}
    assert f"home.footersettings:{footer.pk}" in reported
    assert [fact.where for fact in reported[f"home.footersettings:{footer.pk}"].facts] == ["credit"]


def test_a_checked_line_is_shown_in_the_readers_language_and_leaves_the_report(client, home_km):
    footer = footer_settings()
    footer.credit_km = "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ"
    footer.credit_en = "Ministry of Labour and Vocational Training"
    footer.credit_source = "Agreement of 1 January 2027"
    footer.credit_confirmed = True
    footer.full_clean()
    footer.save()

    km = footer_of(client.get("/km/").content.decode())
    en = footer_of(client.get("/en/").content.decode())
    assert "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ" in km
    assert "Ministry of Labour and Vocational Training" in en
    assert "home.footersettings" not in km + en
    assert not [i for i in selectors.unconfirmed_content() if i.marker.startswith("home.foot")]


def test_a_line_cannot_be_ticked_checked_without_its_source(home_km):
    footer = footer_settings()
    footer.credit_km = "ក្រសួង"
    footer.credit_en = "Ministry"
    footer.credit_confirmed = True
    with pytest.raises(ValidationError) as error:
        footer.full_clean()
    assert "credit_source" in error.value.message_dict


def test_pages_not_about_a_destination_show_cambodias_hotlines(client, home_km):
    set_hotline("ប៉ូលិស (កម្ពុជា)", "Police (Cambodia)", "117", True, "Widely known")
    html = footer_of(client.get("/en/").content.decode())
    assert 'href="tel:117"' in html


def test_a_guide_read_abroad_shows_its_own_numbers_not_cambodias(client, home_km):
    set_hotline("ប៉ូលិស (កម្ពុជា)", "Police (Cambodia)", "117", True, "Widely known")
    index = GuideIndexPageFactory(parent=home_km)
    DestinationGuidePageFactory(
        parent=index,
        body=[
            contact_card("Police (Thailand)", "191"),
            contact_card("Embassy", "", verified=False, source="", tbc=True),
        ],
    )
    html = footer_of(client.get("/km/destinations/thailand/").content.decode())
    assert 'href="tel:191"' in html
    assert "tel:117" not in html
    assert "Police (Thailand)" in html
    assert "Embassy" not in html  # nobody vouched for its number
