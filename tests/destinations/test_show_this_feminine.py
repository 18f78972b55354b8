"""Issue 18: Arabic "show this" sentences in a woman's words too (many Gulf workers are
women domestic workers). The reader chooses; the choice works without JavaScript."""

import pytest

from tests.conftest import has_horizontal_scroll, serious_accessibility_violations

MAN = "أنا عامل مهاجر من كمبوديا."
WOMAN = "أنا عاملة مهاجرة من كمبوديا."


@pytest.mark.django_db
def test_the_saudi_card_offers_a_womans_sentences_the_thai_card_does_not(client, demo_guides_for):
    demo_guides_for("saudi-arabia", "thailand")
    saudi = client.get("/km/destinations/saudi-arabia/").content.decode()
    assert MAN in saudi and WOMAN in saudi
    assert 'class="show-this__as-woman"' in saudi
    assert "ស្ត្រី" in saudi
    thai = client.get("/km/destinations/thailand/").content.decode()
    assert "show-this__as-woman" not in thai


@pytest.fixture
def saudi_guide(phone, home_km, synced_trees):
    from orientation.destinations.demo import build

    build(slugs=["saudi-arabia"])
    synced_trees()
    return phone.base_url + "/km/destinations/saudi-arabia/"


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_a_woman_chooses_her_sentences_on_a_phone(chromium, saudi_guide, phone, javascript):
    page = phone
    if not javascript:
        context = chromium.new_context(
            viewport={"width": 360, "height": 740}, java_script_enabled=False, is_mobile=True
        )
        page = context.new_page()
    page.goto(saudi_guide)
    # The card opens in place from the guide's first screen (one tap).
    page.locator(".guide-show-this > summary").click()
    card = page.locator(".show-this")
    assert card.get_by_text(MAN).is_visible()
    assert not card.get_by_text(WOMAN).is_visible()
    card.get_by_text("ស្ត្រី", exact=True).click()
    assert card.get_by_text(WOMAN).is_visible()
    assert not card.get_by_text(MAN).is_visible()
    assert not has_horizontal_scroll(page)
    if javascript:
        card.scroll_into_view_if_needed()
        page.screenshot(path="/tmp/facts-show-this-woman.png")
        assert serious_accessibility_violations(page) == []
    else:
        page.context.close()
