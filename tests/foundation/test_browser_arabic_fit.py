"""Every public page type, in Arabic (right to left), fits a 360 px phone with no sideways
scroll (issue 18: a hidden field pushed off to the left once made the Arabic complaint form
10,360 px wide and blank)."""

from tests.conftest import BROWSER_TEST, has_horizontal_scroll

pytestmark = BROWSER_TEST


def one_page_of_each_type(language):
    """The URL path of one live page of every page model, in that locale."""
    from wagtail.models import Page

    seen, paths = set(), []
    pages = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
    for page in pages.order_by("path").specific():
        if type(page) in seen:
            continue
        seen.add(type(page))
        paths.append((type(page).__name__, page.get_url()))
    return paths


def test_every_public_page_type_in_arabic_fits_a_phone(phone, home_km):
    from django.core.management import call_command

    from orientation.scams.models import Agency

    call_command("load_demo_content", verbosity=0)
    pages = one_page_of_each_type("ar")
    assert len(pages) >= 8, pages  # home, guides, rights, scams, lessons...
    agency = Agency.objects.in_register().first()
    views = [
        ("complaint form", "/ar/complaints/"),
        ("complaint form, a destination chosen", "/ar/complaints/?destination=saudi-arabia"),
        ("tracking", "/ar/complaints/track/"),
        ("agency check", "/ar/agencies/?q=demo"),
        ("agency", f"/ar/agencies/{agency.licence_number}/"),
        ("search", "/ar/search/?q=passport"),
        ("directory", "/ar/resources/"),
        ("offline", "/ar/offline/"),
        ("not found", "/ar/no-such-page/"),
    ]
    too_wide = []
    for name, path in pages + views:
        phone.goto(phone.base_url + path)
        assert phone.get_attribute("html", "dir") == "rtl", path
        if has_horizontal_scroll(phone):
            too_wide.append((name, path, phone.evaluate("document.documentElement.scrollWidth")))
    # A refused complaint (error summary, messages) and a receipt.
    phone.goto(phone.base_url + "/ar/complaints/")
    phone.locator("form[data-offline-queue] [type=submit]").first.click()
    if has_horizontal_scroll(phone):
        too_wide.append(("refused complaint", "/ar/complaints/", 0))
    phone.screenshot(path="/tmp/forms-ar-refused.png")
    phone.fill("#id_description", "My wages were not paid for two months.")
    phone.locator("#id_destination").select_option("thailand")
    phone.locator("#id_consent").check()
    phone.locator("form[data-offline-queue] [type=submit]").first.click()
    assert phone.locator("[data-complaint-reference]").is_visible()
    if has_horizontal_scroll(phone):
        too_wide.append(("receipt", "/ar/complaints/", 0))
    assert too_wide == []
