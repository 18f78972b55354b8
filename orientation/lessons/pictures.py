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
    ("count-0", _("ten empty boxes")),
    ("count-1", _("1 dot in ten boxes")),
    ("count-2", _("2 dots in ten boxes")),
    ("count-3", _("3 dots in ten boxes")),
    ("count-4", _("4 dots in ten boxes")),
    ("count-5", _("5 dots in ten boxes")),
    ("count-6", _("6 dots in ten boxes")),
    ("count-7", _("7 dots in ten boxes")),
    ("count-8", _("8 dots in ten boxes")),
    ("count-9", _("9 dots in ten boxes")),
    ("count-10", _("10 dots in ten boxes")),
    ("cow", _("cow")),
    ("crow", _("crow")),
    ("duck", _("duck")),
    ("flower", _("flower")),
    ("glasses", _("glasses")),
    ("hand", _("hand")),
    ("heart", _("heart")),
    ("letters", _("letters")),
    ("mountain", _("mountain")),
    ("numbers", _("numbers")),
    ("sampeah", _("joined palms (sampeah)")),
    ("shirt", _("shirt")),
    ("smile", _("smiling face")),
    ("sun", _("sun")),
    ("table", _("table")),
    ("tree", _("tree")),
    ("wave", _("waving hand")),
]

PICTURE_NAMES = frozenset(name for name, _label in PICTURES)


def picture_path(name):
    return f"icons/lessons/{name}.svg"
