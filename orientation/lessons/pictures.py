"""The project's own simple SVG pictures (static/icons/lessons/) that lessons may show when
no photo has been uploaded. Hand-made shapes: no emoji, no third-party artwork."""

from django.utils.translation import gettext_lazy as _

PICTURES = [
    ("ball", _("ball")),
    ("bee", _("bee")),
    ("bird", _("small bird")),
    ("cake", _("cake")),
    ("car", _("car")),
    ("cat", _("cat")),
    ("cloud", _("cloud")),
    ("cow", _("cow")),
    ("crow", _("crow")),
    ("duck", _("duck")),
    ("flower", _("flower")),
    ("hand", _("hand")),
    ("heart", _("heart")),
    ("letters", _("letters")),
    ("mountain", _("mountain")),
    ("numbers", _("numbers")),
    ("shirt", _("shirt")),
    ("smile", _("smiling face")),
    ("table", _("table")),
    ("tree", _("tree")),
    ("wave", _("waving hand")),
]

PICTURE_NAMES = frozenset(name for name, _label in PICTURES)


def picture_path(name):
    return f"icons/lessons/{name}.svg"
