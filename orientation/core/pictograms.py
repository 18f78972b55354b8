"""The portal's one set of pictograms (static/pictograms/, drawn for the portal): what each
shows, in the reader's language, for its alternative text. Guide sections, checklist items,
the guide's first screen and the home page's quick actions all pick from this set, so the
same thing always has the same picture."""

import functools
from pathlib import Path

from django.contrib.staticfiles import finders
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

PICTOGRAMS = {
    "passport": _("passport"),
    "contract": _("contract"),
    "money": _("money"),
    "bank": _("bank"),
    "medical": _("medical check"),
    "phone": _("phone"),
    "police": _("police"),
    "house": _("home"),
    "plane": _("plane"),
    "work": _("work"),
    "warning": _("warning"),
    "help": _("help"),
    "rights": _("rights"),
    "check": _("check"),
    "book": _("lessons"),
    "report": _("report a problem"),
    "show-this": _("show this card"),
    "locked": _("locked in"),
    "hurt": _("hurt or threatened"),
    "moved": _("moved somewhere"),
}


@functools.lru_cache(maxsize=256)
def drawing_source(static_path):
    """The drawing's own attributes and shapes, after "<svg": read once per process."""
    source = Path(finders.find(static_path)).read_text(encoding="utf-8")
    return source[source.index("<svg") + len("<svg") :].strip()


def inline_svg(static_path, size, label="", css_class="icon"):
    """One of the portal's own drawings (static/), written into the page as <svg>.

    Inline, not <img>: on 3G each small picture fetched is a round trip that delays the
    page's text, and a browser builds a whole document for each SVG image (measured with
    Lighthouse on a phone profile: 8-30 ms of main thread each, at 4x CPU slowdown a long
    task). `label`: what it shows, for a screen reader; empty when the words beside it say
    the same, so it is hidden from screen readers."""
    spoken = (
        format_html(' role="img" aria-label="{}"', label)
        if label
        else format_html(' aria-hidden="{}"', "true")
    )
    drawing = mark_safe(drawing_source(static_path))  # noqa: S308 - the portal's own file
    return format_html(
        '<svg class="{}" width="{}" height="{}" focusable="false"{} {}',
        css_class,
        size,
        size,
        spoken,
        drawing,
    )


def pictogram_svg(name, size=32, beside_same_words=False):
    """One pictogram of the set, its text alternative in the reader's language; nothing for
    an empty or unknown name (an editor may leave the choice blank)."""
    if name not in PICTOGRAMS:
        return ""
    label = "" if beside_same_words else PICTOGRAMS[name]
    return inline_svg(f"pictograms/{name}.svg", size, label, css_class="icon pictogram")


class PictogramBlock(blocks.ChoiceBlock):
    """A choice of one pictogram of the set; its alternative text follows the reader's
    language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("pictogram"))
        kwargs.setdefault("required", False)
        super().__init__(choices=list(PICTOGRAMS.items()), **kwargs)

    def deconstruct(self):
        # The choices live here, not in migrations: adding a pictogram needs no migration.
        _path, args, kwargs = super().deconstruct()
        kwargs.pop("choices", None)
        return "orientation.core.pictograms.PictogramBlock", args, kwargs
