"""The one way text typed or pasted by people is cleaned before it is matched.

The agency register and site search both compare what a worker types with stored text. If
they cleaned text differently, a name copied from a chat app (with an invisible mark) or
typed on another Khmer keyboard (with a look-alike vowel) would be found by one and not the
other. Both call the functions here; each area adds only what is its own on top (the
register's licence-number key, search's word segmentation).

- ``normalise_text``: NFC, invisible characters and control characters removed, Khmer
  spellings that look the same written one way, runs of white space made one space, trimmed.
  Case is kept: search shows this text in its excerpts.
- ``text_key``: ``normalise_text`` case-folded, the form two texts are compared in.
"""

import re
import unicodedata

# Characters a reader cannot see that chat apps, keyboards and copy-paste slip in: soft
# hyphen, Mongolian vowel separator, zero-width space/non-joiner/joiner, the direction marks
# and embeddings (LRM, RLM, ALM, U+202A-U+202E, U+2066-U+2069), word joiner and invisible
# operators, byte order mark, and Khmer's two invisible inherent vowels (U+17B4, U+17B5),
# which Unicode says not to use. Khmer uses ZERO WIDTH SPACE as an optional word break: it
# only ever stops a match, so it goes too.
INVISIBLE_CHARACTERS = re.compile(
    "[\u00ad\u061c\u17b4\u17b5\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
WHITESPACE = re.compile(r"\s+")

# Khmer spellings with the same appearance but different code points. NFC does not unify
# them (they are not canonically equivalent), yet keyboards and fonts produce both. The
# preferred form comes second.
KHMER_FOLDS = (
    ("\u17c1\u17b8", "\u17be"),  # េ + ី -> ើ
    ("\u17c1\u17b6", "\u17c4"),  # េ + ា -> ោ
    ("\u17a3", "\u17a2"),  # deprecated independent vowel QAQ -> letter QA
    ("\u17a4", "\u17a2\u17b6"),  # deprecated independent vowel QAA -> QA + AA
    ("\u17d2\u178a", "\u17d2\u178f"),  # subscript DA -> subscript TA (drawn the same)
    ("\u17c6\u17bb", "\u17bb\u17c6"),  # NIKAHIT typed before vowel U: vowel first
    ("\u17c6\u17b6", "\u17b6\u17c6"),  # NIKAHIT typed before vowel AA: vowel first
)


# Control characters (category Cc, all below U+00A0) that are not white space: one pattern,
# so cleaning a long text is one scan in C rather than a Python call per character.
CONTROL_CHARACTERS = re.compile(
    "["
    + "".join(
        re.escape(chr(code))
        for code in range(0xA0)
        if unicodedata.category(chr(code)) == "Cc" and not chr(code).isspace()
    )
    + "]"
)


def normalise_text(text):
    """The one cleaned form of ``text`` (a string, None or anything str() accepts)."""
    if text is None:
        return ""
    # Marks first, then NFC: "e", ZWSP, U+0301 only composes once the ZWSP is gone.
    text = INVISIBLE_CHARACTERS.sub("", str(text))
    text = CONTROL_CHARACTERS.sub("", text)
    text = unicodedata.normalize("NFC", text)
    for variant, preferred in KHMER_FOLDS:
        if variant in text:
            text = text.replace(variant, preferred)
    return WHITESPACE.sub(" ", text).strip()


def text_key(text):
    """``normalise_text`` case-folded: 'Golden  STAR\u200e' and 'golden star' give one key.
    Khmer has no case, so Khmer text is only normalised."""
    return normalise_text(text).casefold()
