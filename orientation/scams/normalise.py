"""How names and licence numbers typed by people become keys the database can match.

Workers type licence numbers from posters in any case, with or without the dashes and
spaces, and names in Khmer or Latin, copied from chat apps that slip in zero-width
characters. The same functions normalise what is stored and what is searched, so both
sides always agree.
"""

import re
import unicodedata

# Zero-width and invisible formatting characters that chat apps and Khmer keyboards
# insert. Khmer text legitimately uses ZERO WIDTH SPACE as an optional word break, so it
# is removed from keys (where it only prevents matches), never from what is displayed.
INVISIBLE_CHARACTERS = re.compile("[\u00ad\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
LICENCE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_./\\]+")
WHITESPACE = re.compile(r"\s+")

MAX_QUERY_LENGTH = 200


def clean_text(value):
    """NFC, no invisible characters, single spaces, trimmed."""
    value = unicodedata.normalize("NFC", str(value or ""))
    value = INVISIBLE_CHARACTERS.sub("", value)
    value = "".join(
        character
        for character in value
        if character.isspace() or unicodedata.category(character) != "Cc"
    )
    return WHITESPACE.sub(" ", value).strip()


def licence_key(value):
    """'demo-0001', 'DEMO 0001' and 'Demo_0001' all become 'DEMO0001'."""
    return LICENCE_SEPARATORS.sub("", clean_text(value)).upper()


def search_key(value):
    """The case-folded form used for case-insensitive partial matching of names."""
    return clean_text(value).casefold()
