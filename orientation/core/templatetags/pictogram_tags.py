from django import template
from django.utils.html import format_html

from orientation.core.pictograms import PICTOGRAMS, pictogram_url

register = template.Library()


@register.simple_tag
def pictogram(name, size=32, beside_same_words=False):
    """<img> of one pictogram of the set, its alternative text in the reader's language;
    nothing for an empty or unknown name (an editor may leave the choice blank).
    `beside_same_words`: the text next to it already says what it shows ("Report a
    problem"), so a screen reader should not hear it twice (empty alt). Lazy: most sit in
    folded sections, and on 3G each one fetched early delays the page's own text."""
    if name not in PICTOGRAMS:
        return ""
    return format_html(
        '<img class="pictogram" src="{}" alt="{}" width="{}" height="{}" loading="lazy">',
        pictogram_url(name),
        "" if beside_same_words else PICTOGRAMS[name],
        size,
        size,
    )
