from django.conf import settings
from django.utils.translation import get_language

from .layout import dialable_contacts
from .models import DestinationGuidePage


def verified_contacts(destination, language_code=None):
    """The contact cards of a destination's guide whose numbers can be called (the card's
    `dialable` rule): the guide in the reader's language, else the source-language guide.
    What an urgent receipt shows at once."""
    if destination is None:
        return []
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    guides = DestinationGuidePage.objects.live().filter(destination=destination)
    guide = (
        guides.filter(locale__language_code=language_code).first()
        or guides.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )
    if guide is None:
        return []
    return dialable_contacts(guide.body)
