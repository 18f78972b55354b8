from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


def open_guide(phone, url):
    """A guide with its first section ("Before you go", with the checklist) opened."""
    phone.goto(url)
    phone.locator(".guide-menu > details > summary").first.click()


def test_a_ticked_checklist_item_is_still_ticked_after_reload(phone, thailand_guide):
    open_guide(phone, thailand_guide)
    item = phone.get_by_label("I have had my medical check and kept the results.")
    other = phone.get_by_label("I have a receipt for every fee I paid.")
    assert not item.is_checked()
    item.check()
    open_guide(phone, thailand_guide)
    item = phone.get_by_label("I have had my medical check and kept the results.")
    assert item.is_checked()
    assert not other.is_checked()
    # The Khmer guide shares the block ids, so the tick shows there too.
    phone.goto(thailand_guide.replace("/en/", "/km/"))
    assert phone.locator("ul[data-checklist] input:checked").count() == 1
    # Unticking is remembered as well.
    open_guide(phone, thailand_guide)
    phone.get_by_label("I have had my medical check and kept the results.").uncheck()
    phone.reload()
    assert phone.locator("ul[data-checklist] input:checked").count() == 0


def test_guide_is_accessible_and_fits_a_phone(phone, thailand_guide):
    for url in [thailand_guide, thailand_guide.replace("/en/", "/km/")]:
        open_guide(phone, url)
        assert phone.locator(".checklist__print").first.is_visible()
        assert not has_horizontal_scroll(phone)
        assert serious_accessibility_violations(phone) == []


def test_index_is_accessible(phone, thailand_guide):
    phone.goto(phone.base_url + "/km/destinations/")
    assert phone.locator(".destination-card").count() == 1
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
