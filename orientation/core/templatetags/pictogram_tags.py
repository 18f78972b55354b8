from django import template

from orientation.core.pictograms import inline_svg, pictogram_svg

register = template.Library()


@register.simple_tag
def pictogram(name, size=32, beside_same_words=False):
    """A pictogram of the set, drawn inline. `beside_same_words`: the text next to it already
    says what it shows ("Report a problem"), so a screen reader should not hear it twice."""
    return pictogram_svg(name, size, beside_same_words)


@register.simple_tag
def icon(static_path, size=32, label=""):
    """One of the portal's own drawings under static/ (logo, destinations), drawn inline;
    decorative unless `label` says what it shows."""
    return inline_svg(static_path, size, label)
