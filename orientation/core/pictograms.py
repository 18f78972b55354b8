"""The portal's one set of pictograms (static/pictograms/, drawn for the portal): what each
shows, in the reader's language, for its alternative text. Guide sections, checklist items,
the guide's first screen and the home page's quick actions all pick from this set, so the
same thing always has the same picture."""

from django.templatetags.static import static
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


def pictogram_url(name):
    return static(f"pictograms/{name}.svg")


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
