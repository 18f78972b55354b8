from django.conf import settings
from django.utils.translation import get_language

from orientation.core.api_schema import choice
from orientation.core.content_generation import until_content_changes
from orientation.core.public_version import as_readers_see

from .layout import dialable_contacts
from .models import Destination, DestinationGuidePage


def _reader_guide(destination, language_code=None):
    """The destination's guide in the reader's language, else the source-language guide."""
    if destination is None:
        return None
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    guides = (
        DestinationGuidePage.objects.live()
        .filter(destination=destination)
        .select_related("locale", "alias_of__locale")
    )
    return (
        guides.filter(locale__language_code=language_code).first()
        or guides.filter(locale__language_code=settings.LANGUAGE_CODE).first()
    )


def verified_contacts(destination, language_code=None):
    """The contact cards of a destination's guide whose numbers can be called (the card's
    `dialable` rule): the guide in the reader's language, else the source-language guide.
    What an urgent receipt shows at once."""
    guide = _reader_guide(destination, language_code)
    if guide is None:
        return []
    (guide,) = as_readers_see([guide])  # an unfinished translation shows its source's cards
    return dialable_contacts(guide.body)


def contacts_language(destination, language_code=None):
    """The language the cards of verified_contacts are written in: their guide's, or for a
    guide not yet translated (an alias), its source's. None when there is no guide."""
    guide = _reader_guide(destination, language_code)
    if guide is None:
        return None
    return _names_language(guide)


def _names_language(guide):
    return (guide.alias_of if guide.alias_of_id else guide).locale.language_code


def verified_contacts_and_language(destination, language_code=None):
    """verified_contacts and contacts_language in one pass: ([], None) without a guide.
    Shown around every page about a destination, so kept until the content changes, as the
    cards' stored form (a block value holds its block, which cannot be pickled)."""
    language_code = language_code or get_language() or settings.LANGUAGE_CODE
    card_block = DestinationGuidePage.body.field.stream_block.child_blocks["contact_card"]

    def build():
        guide = _reader_guide(destination, language_code)
        if guide is None:
            return [], None
        (shown,) = as_readers_see([guide])
        cards = dialable_contacts(shown.body)
        return [card_block.get_prep_value(card) for card in cards], _names_language(guide)

    stored, language = until_content_changes(f"help-lines:{destination.pk}:{language_code}", build)
    return [card_block.to_python(card) for card in stored], language


def destination_from_query(request):
    """The destination `?destination=slug` names, or None (absent or unknown: a feed or a
    page then shows what holds for every destination rather than an error)."""
    slug = request.GET.get("destination", "")
    return Destination.objects.filter(slug=slug).first() if slug else None


def destination_parameter(description, example="thailand"):
    """The `?destination=` parameter of a partner endpoint in the OpenAPI document: one of
    the destinations' slugs, read from the live site."""
    return choice(
        "destination",
        description,
        Destination.objects.values_list("slug", flat=True),
        example=example,
    )
