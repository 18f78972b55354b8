"""A Thai reader is not shown three languages on one screen (issue 18): on a 360 px phone the
Thai home page and a Thai guide carry no Latin-letter and no Khmer interface text (text in
another language is marked with its own `lang`, as Khmer content shown under a Thai URL is),
and the Arabic complaint form is labelled in Arabic, right to left, within 360 px."""

import re

from tests.conftest import BROWSER_TEST, has_horizontal_scroll, serious_accessibility_violations

pytestmark = BROWSER_TEST

# Every text of the page with the language it is marked in (its nearest `lang`): each text
# node, and the attributes a reader or a screen reader meets.
TEXTS_WITH_LANGUAGE = """() => {
  const found = [];
  const language = (element) => element.closest('[lang]')?.getAttribute('lang') || '';
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  while (walker.nextNode()) {
    const element = walker.currentNode.parentElement;
    if (!element || element.closest('script, style, noscript, template')) continue;
    const text = walker.currentNode.textContent.trim();
    if (text) found.push([text, language(element)]);
  }
  for (const element of document.body.querySelectorAll('[placeholder], [aria-label], [title], img[alt]')) {
    for (const name of ['placeholder', 'aria-label', 'title', 'alt']) {
      const value = (element.getAttribute(name) || '').trim();
      if (value) found.push([value, language(element)]);
    }
  }
  return found;
}"""
LATIN = re.compile(r"[A-Za-z]")
KHMER = re.compile(r"[\u1780-\u17FF\u19E0-\u19FF]")
LATIN_OR_KHMER = re.compile(r"[A-Za-z\u1780-\u17FF\u19E0-\u19FF]")
# Names and codes that stay as they are in every language.
ALLOWED = re.compile(
    r"(?<![A-Za-z])(UTC|PDF|JPEG|PNG|MB|KB|SVG|QR|EPS|ILO|ASEAN|IOM"
    r"|Telegram|WhatsApp|Messenger|LINE|THB|MYR|KRW|JPY|SGD|HKD|SAR|KWD|QAR)(?![A-Za-z])"
)


def foreign_interface_text(page, language):
    """Latin or Khmer letters in text marked as the page's language."""
    texts = page.evaluate(TEXTS_WITH_LANGUAGE)
    return sorted(
        {
            text
            for text, lang in texts
            if lang == language and LATIN_OR_KHMER.search(ALLOWED.sub("", text))
        }
    )


def unmarked_latin_text(page, language):
    """Latin letters in the interface text inside the Khmer content a Thai URL shows while
    untranslated (labels such as "Call" take the content's `lang`): a text marked Khmer with
    no Khmer letters in it is interface text, and English there would be a third language.
    Khmer content may cite an English title: such text has Khmer letters and is not checked."""
    texts = page.evaluate(TEXTS_WITH_LANGUAGE)
    return sorted(
        {
            text
            for text, lang in texts
            if lang == "km" and not KHMER.search(text) and LATIN.search(ALLOWED.sub("", text))
        }
    )


def test_thai_home_and_guide_show_only_thai_interface_on_a_phone(phone, home_km, synced_trees):
    from orientation.destinations.demo import build

    build(slugs=["thailand"])
    synced_trees()
    for name, path in [("home", "/th/"), ("guide", "/th/destinations/thailand/")]:
        phone.goto(phone.base_url + path)
        assert phone.get_attribute("html", "lang") == "th"
        phone.screenshot(path=f"/tmp/languages-th-{name}.png", full_page=True)
        assert foreign_interface_text(phone, "th") == [], path
        assert unmarked_latin_text(phone, "th") == [], path
        assert phone.locator(".site-header").get_attribute("lang") is None
        assert not has_horizontal_scroll(phone), path
        assert serious_accessibility_violations(phone) == [], path


def test_arabic_complaint_form_is_labelled_in_arabic_right_to_left_on_a_phone(phone, home_km):
    phone.goto(phone.base_url + "/ar/complaints/")
    assert phone.get_attribute("html", "dir") == "rtl"
    assert phone.locator(".page-content").get_attribute("lang") is None  # Arabic, the page's
    labels = [label.strip() for label in phone.locator("form label, form legend").all_inner_texts()]
    labels = [label for label in labels if label]
    assert len(labels) > 10
    arabic = re.compile(r"[\u0600-\u06FF]")
    assert [label for label in labels if not arabic.search(label)] == []
    assert foreign_interface_text(phone, "ar") == []
    direction = phone.evaluate("getComputedStyle(document.querySelector('form label')).direction")
    assert direction == "rtl"
    assert not has_horizontal_scroll(phone)
    phone.screenshot(path="/tmp/languages-ar-complaint.png", full_page=True)
    assert serious_accessibility_violations(phone) == []
