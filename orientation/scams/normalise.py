"""How names and licence numbers typed by people become keys the database can match.

Workers type licence numbers from posters in any case, with or without the dashes and
spaces, and names in Khmer or Latin, copied from chat apps that slip in zero-width
characters. Text is cleaned by the site's one normaliser (orientation/core/text.py, which
site search uses too); the licence-number key on top of it is the register's own. The same
functions make what is stored and what is searched, so both sides always agree.
"""

import re

from orientation.core.text import normalise_text, text_key

LICENCE_SEPARATORS = re.compile(r"[\s\-\u2010-\u2015\u2212_./\\]+")

MAX_QUERY_LENGTH = 200


def licence_key(value):
    """'demo-0001', 'DEMO 0001' and 'Demo_0001' all become 'DEMO0001'."""
    return LICENCE_SEPARATORS.sub("", normalise_text(value)).upper()


def search_key(value):
    """The key a name is stored and searched under (partial, case-insensitive matching)."""
    return text_key(value)


def agency_keys(name_latin, name_km, licence_number):
    """The two stored keys of an agency: (licence_key, search_name)."""
    return licence_key(licence_number), search_key(f"{name_latin} {name_km}")
