"""The words a person reads on an admin page: visible text and the labels that a screen
reader or a hover shows (title, aria-label, placeholder, alt, button values), without
scripts, styles, hidden elements or templates that no one sees yet."""

import json
import re

from bs4 import BeautifulSoup, Comment, Doctype

INVISIBLE_TAGS = ("script", "style", "template", "noscript", "svg", "head")
READ_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt", "aria-description")
# A run of Latin letters that reads as an English word (two letters or more).
LATIN_WORD = re.compile(r"[A-Za-z][A-Za-z']+")


def is_hidden(element):
    for node in [element, *element.parents]:
        attrs = getattr(node, "attrs", None) or {}
        if "hidden" in attrs or attrs.get("aria-hidden") == "true":
            return True
        if "display:none" in attrs.get("style", "").replace(" ", ""):
            return True
        if node.name == "input" and attrs.get("type") == "hidden":
            return True
    return False


def json_labels(soup):
    """Labels the admin's scripts render from JSON props (the sidebar menus)."""
    labels = []

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == "label" and isinstance(item, str):
                    labels.append(item)
                else:
                    walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)

    for script in soup.find_all("script", type="application/json"):
        walk(json.loads(script.string or "null"))
    return labels


def visible_strings(html):
    soup = BeautifulSoup(html, "html.parser")
    strings = json_labels(soup)
    for tag in soup.find_all(INVISIBLE_TAGS):
        tag.decompose()
    for text in soup.find_all(string=True):
        if isinstance(text, Comment | Doctype):
            continue
        if text.strip() and not is_hidden(text.parent):
            strings.append(text.strip())
    for element in soup.find_all(True):
        if is_hidden(element):
            continue
        for attribute in READ_ATTRIBUTES:
            if element.get(attribute, "").strip():
                strings.append(element[attribute].strip())
        is_button = element.name in ("input", "button") and element.get("type") in (
            "submit",
            "button",
        )
        if is_button and element.get("value", "").strip():
            strings.append(element["value"].strip())
    return strings


def english_words(strings, allowed=()):
    """The strings left with a Latin word that is not an allowed name or code. Capitals
    only (QR, PDF, a reference or secret-key group) are codes, not words to translate."""
    left = []
    for text in strings:
        words = [
            word for word in LATIN_WORD.findall(text) if word not in allowed and not word.isupper()
        ]
        if words:
            left.append(text)
    return left
