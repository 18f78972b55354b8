"""The site's own HTML fragments as plain text for a chat, so the bot says exactly what the
web page says (one template, one wording, one set of translations)."""

import html
import re

from django.template.loader import render_to_string
from django.utils.html import strip_tags

BLOCK_END = re.compile(r"</(p|li|h[1-6]|div)>|<br\s*/?>", re.IGNORECASE)
SPACES = re.compile(r"[ \t\r\f\v]+")


def as_text(template_name, context):
    rendered = BLOCK_END.sub("\n", render_to_string(template_name, context))
    lines = (
        SPACES.sub(" ", line).strip() for line in html.unescape(strip_tags(rendered)).split("\n")
    )
    return "\n".join(line for line in lines if line)
