"""Issue 20 on a phone (360x740), in Khmer and English, with and without JavaScript: the
urgent check shows whom to call at the first "yes", "leave this page" leaves without a way
back, and the statistics page reads on a phone; each page passes an axe scan."""

from datetime import timedelta

import pytest

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST

YES = {"km": "បាទ/ចាស", "en": "Yes"}
CALL_NOW = {"km": "ហៅរកជំនួយឥឡូវនេះ", "en": "Call for help now"}
TELL_OFFICERS = {"km": "ប្រាប់មន្ត្រីទទួលបណ្តឹងឥឡូវនេះ", "en": "Tell the complaint officers now"}


@pytest.fixture
def thailand_numbers(home_km, synced_trees):
    """The demo Thailand guide (its verified numbers), for either phone."""
    from orientation.destinations.demo import build

    build(slugs=["thailand"])
    synced_trees()


def answer_yes(page, question_index, language):
    question = page.locator("[data-danger-questions] fieldset").nth(question_index)
    question.get_by_text(YES[language], exact=True).click()


@pytest.mark.parametrize("language", ["km", "en"])
def test_the_first_yes_shows_whom_to_call_then_tells_the_officers(
    phone, thailand_numbers, language
):
    phone.goto(f"{phone.base_url}/{language}/complaints/urgent/?destination=thailand")
    help_box = phone.locator("[data-urgent-help]")
    assert not help_box.is_visible()
    answer_yes(phone, 1, language)  # passport or phone taken
    assert help_box.is_visible()
    calls = help_box.locator("a[href^='tel:']")
    numbers = calls.count()
    assert numbers >= 1
    assert calls.first.bounding_box()["height"] >= 44
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone.screenshot(path=f"/tmp/triage-{language}-yes.png")

    phone.locator(".urgent-check form button[type=submit]").click()
    result = phone.locator("[data-urgent-result]")
    assert CALL_NOW[language] in result.inner_text()
    assert result.locator("a[href^='tel:']").count() == numbers
    assert "sign_" not in phone.url  # the answers never reach an address
    assert serious_accessibility_violations(phone) == []
    result.get_by_text(TELL_OFFICERS[language]).click()
    phone.wait_for_url("**/complaints/?*")
    assert phone.locator("#id_sign_documents_taken_0").is_checked()
    assert phone.locator("#id_destination").input_value() == "thailand"
    assert phone.locator("[data-urgent-help]").is_visible()  # "will be marked urgent"
    assert serious_accessibility_violations(phone) == []


@pytest.mark.parametrize("language", ["km", "en"])
def test_without_javascript_the_numbers_are_there_and_sending_answers_shows_them(
    phone_without_javascript, thailand_numbers, language
):
    page = phone_without_javascript
    page.goto(f"{page.base_url}/{language}/complaints/urgent/?destination=thailand")
    # Without the script nothing is hidden: the numbers are on the page from the start.
    assert page.locator("[data-urgent-help] a[href^='tel:']").first.is_visible()
    answer_yes(page, 0, language)
    page.locator(".urgent-check form button[type=submit]").click()
    result = page.locator("[data-urgent-result]")
    result.wait_for()  # the click only starts the post: wait for the answer's page
    assert result.locator("a[href^='tel:']").count() >= 1
    assert not has_horizontal_scroll(page)
    # (axe needs JavaScript, so the same pages are scanned in the test above.)
    page.screenshot(path=f"/tmp/triage-{language}-nojs-result.png")


@pytest.mark.parametrize("language", ["km", "en"])
def test_leave_this_page_replaces_the_form_so_back_does_not_return(phone, home_km, language):
    phone.goto(f"{phone.base_url}/{language}/")
    phone.goto(f"{phone.base_url}/{language}/complaints/")
    link = phone.locator("[data-quick-exit]")
    box = link.bounding_box()
    assert box["height"] >= 44 and box["y"] < 740  # on the first screen, thumb-sized
    link.click()
    phone.wait_for_url("**/leave/")
    assert phone.title() == "New Tab"
    phone.go_back()
    phone.wait_for_load_state()
    assert phone.url.endswith(f"/{language}/")  # the form is gone from the history


def test_escape_three_times_leaves_the_tracking_page(phone, home_km):
    phone.goto(f"{phone.base_url}/km/complaints/track/")
    phone.locator("body").click()
    for _ in range(3):
        phone.keyboard.press("Escape")
    phone.wait_for_url("**/leave/")


def test_leave_this_page_works_without_javascript(phone_without_javascript, home_km):
    page = phone_without_javascript
    page.goto(f"{page.base_url}/en/complaints/track/")
    page.locator("[data-quick-exit]").click()
    page.wait_for_url("**/leave/")
    assert "complaint" not in page.content().lower()


@pytest.fixture
def statistics_data(home_km):
    from django.utils import timezone

    from tests.complaints.factories import ComplaintFactory

    now = timezone.now()
    for hours in range(12):
        ComplaintFactory(
            created_at=now - timedelta(days=3, hours=hours),
            first_response_at=now - timedelta(days=3, hours=hours) + timedelta(hours=5),
            categories=",unpaid-wages,",
        )


@pytest.mark.parametrize("language", ["km", "en", "ar"])
def test_the_statistics_page_reads_on_a_phone(phone, statistics_data, language):
    phone.goto(f"{phone.base_url}/{language}/statistics/")
    charts = phone.locator("svg.bar-chart")
    assert charts.count() == 2
    chart = charts.first.bounding_box()
    assert chart["width"] > 250
    # Every label and value is drawn inside its chart (mirrored right to left in Arabic).
    for text in phone.locator("svg.bar-chart text").all():
        box = text.bounding_box()
        assert box["width"] > 0
        assert (
            chart["x"] - 1 <= box["x"]
            and box["x"] + box["width"] <= chart["x"] + chart["width"] + 1
        )
    assert not has_horizontal_scroll(phone)
    assert serious_accessibility_violations(phone) == []
    phone.screenshot(path=f"/tmp/statistics-{language}.png", full_page=True)


def test_the_statistics_page_needs_no_javascript(phone_without_javascript, statistics_data):
    page = phone_without_javascript
    page.goto(f"{page.base_url}/km/statistics/")
    assert page.locator("svg.bar-chart rect").count() >= 1
    assert "12" in page.locator("[data-statistic=received]").inner_text()
