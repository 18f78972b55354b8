"""The site's own HTML fragments as plain text for a chat, so the bot says exactly what the
web page says (one template, one wording, one set of translations)."""

import html
import re

from django.template.loader import render_to_string
from django.utils.html import strip_tags

from orientation.core.links import public_url

BLOCK_END = re.compile(r"</(p|li|h[1-6]|div)>|<br\s*/?>", re.IGNORECASE)
SPACES = re.compile(r"[ \t\r\f\v]+")


# A link of the page keeps its address in the chat ("Report an agency: https://…"); a tel:
# link's number is already in its words.
LINK = re.compile(r'<a\b[^>]*\bhref="(?P<href>[^"]+)"[^>]*>(?P<words>.*?)</a>', re.DOTALL)


def with_addresses(match):
    href = html.unescape(match.group("href"))
    if href.startswith("/"):
        return f"{match.group('words')}: {public_url(href)}"
    return match.group("words")


def as_text(template_name, context):
    rendered = LINK.sub(with_addresses, render_to_string(template_name, context))
    rendered = BLOCK_END.sub("\n", rendered)
    lines = (
        SPACES.sub(" ", line).strip() for line in html.unescape(strip_tags(rendered)).split("\n")
    )
    return "\n".join(line for line in lines if line)
