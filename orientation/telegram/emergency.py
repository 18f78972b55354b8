"""Emergency numbers for a destination: the web's verified numbers only (the urgent receipt's
own templates), and the Cambodian lines an editor marked as working from abroad."""

from django.utils.translation import gettext as _

from orientation.destinations.selectors import verified_contacts
from orientation.telegram.text import as_text


def numbers(destination):
    cards = verified_contacts(destination)
    heading = _("Emergency numbers: %(country)s") % {"country": destination.name}
    listed = as_text("complaints/includes/emergency_numbers.html", {"urgent_contacts": cards})
    home = as_text("complaints/includes/home_lines.html", {})
    return "\n".join(part for part in (heading, listed, home) if part)
