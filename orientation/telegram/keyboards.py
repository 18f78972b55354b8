"""The buttons the bot shows (labels in the chat's language: call inside translation.override)."""

from django.utils.translation import gettext as _

from orientation.destinations.models import Destination
from orientation.telegram.sender import Button


def main_menu():
    return [
        [Button(_("Check an agency"), "agency")],
        [Button(_("Alerts for my destination"), "alerts")],
        [Button(_("My complaint"), "mine")],
        [Button(_("Emergency numbers"), "emergency")],
        [Button(_("File a complaint"), "file")],
        [Button("ភាសា / Language", "language")],
    ]


def back_to_menu():
    return [[Button(_("Menu"), "menu")]]


def destinations(purpose, ticked=(), last_rows=None):
    """One button per destination, two to a row; ``ticked`` slugs marked ✓; then
    ``last_rows`` (the way back to the menu by default)."""
    buttons = [
        Button(
            f"✓ {destination.name}" if destination.slug in ticked else destination.name,
            f"{purpose}:{destination.slug}",
        )
        for destination in Destination.objects.all()
    ]
    rows = [buttons[i : i + 2] for i in range(0, len(buttons), 2)]
    return [*rows, *(back_to_menu() if last_rows is None else last_rows)]


def yes_no(prefix):
    return [[Button(_("Yes"), f"{prefix}:yes"), Button(_("No"), f"{prefix}:no")]]


def alerts(ticked):
    """The countries to tick, then a way to stop everything and be forgotten."""
    stop = [Button(_("Stop the bot and erase this chat"), "stop")]
    return destinations("alert", ticked, last_rows=[stop, *back_to_menu()])
