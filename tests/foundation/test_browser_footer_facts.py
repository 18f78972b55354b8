"""Issue 18 at 360x740: a guide read abroad ends with its destination's numbers, not
Cambodia's, and the footer's "who runs this portal" line is marked to be confirmed."""

import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
@pytest.mark.parametrize("language", ["km", "en"])
def test_guide_footer_on_a_phone(chromium, phone, thailand_guide, language, javascript):
    from home.demo import build

    build()  # Cambodia's hotlines (117, 119) in the site settings
    page = phone
    if not javascript:
        page = chromium.new_context(
            viewport={"width": 360, "height": 740}, java_script_enabled=False, is_mobile=True
        ).new_page()
    page.goto(thailand_guide.replace("/en/", f"/{language}/"))
    footer = page.locator("footer.site-footer")
    assert footer.locator("a[href='tel:191']").is_visible()
    assert footer.locator("a[href='tel:1669']").is_visible()
    assert footer.locator("a[href='tel:117']").count() == 0
    credit = footer.locator(".site-footer__small [data-unconfirmed^='home.footersettings:']")
    assert credit.is_visible()
    assert "IOM" not in footer.inner_text()
    assert not has_horizontal_scroll(page)
    if javascript:
        footer.scroll_into_view_if_needed()
        page.screenshot(path=f"/tmp/facts-footer-{language}.png")
        assert serious_accessibility_violations(page) == []
    else:
        page.context.close()


def test_home_footer_keeps_cambodias_numbers(phone, home_km):
    from home.demo import build

    build()
    phone.goto(phone.base_url + "/km/")
    footer = phone.locator("footer.site-footer")
    assert footer.locator("a[href='tel:117']").is_visible()
