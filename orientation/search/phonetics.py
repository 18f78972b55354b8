"""How a word sounds, coarsely: the key that lets romanized Khmer and misspelt Khmer meet the
Khmer words the pages use.

Many Cambodians type Khmer in Latin letters, each in their own way ("ka nguer", "kar ngear",
"kangea" for ការងារ), and a Khmer word is often typed with a wrong subscript or vowel. Both
sides are reduced here to the same units:

- consonants become one of 14 sound classes (upper case): the letters romanizations swap
  for one another share a class (k/kh/g, ch/j, t/th/d, p/ph/b; ក ខ គ ឃ, ដ ត ថ ទ ...); the
  form that ranks candidates keeps b and d apart;
- vowels become one of four classes (lower case a, e, o, æ), a run of vowels its last one,
  a syllable without a written vowel the inherent vowel of its consonant's series:
  romanized vowel spellings vary too much (ea/ia/ie/e) to be more precise, and Khmer vowels
  sound different after the two consonant series anyway;
- r, y, v/w and h after a vowel and not before one are dropped: they are silent or part of
  the vowel in Khmer (ការ "ka", ជំនួយ "chumnuoy"), and people type them or not;
- doubled consonants count once ("setthi" and "sethi"; ទ្ធ).

``phonetic_key`` (the consonant classes only) is stored for every Khmer word in the search
vocabulary and looked up exactly; ``phonetic_form`` (with the vowel classes) ranks the words
that share a key. See docs/search.md, "Romanized Khmer".
"""

import re
from functools import lru_cache

from orientation.core.text import text_key
from orientation.search.segmentation import KHMER_CLUSTER

KHMER_CONSONANT_CLASSES = {
    **dict.fromkeys("កខគឃ", "K"),
    "ង": "G",
    **dict.fromkeys("ចឆជឈ", "C"),
    "ញ": "J",
    **dict.fromkeys("ដឌ", "D"),
    **dict.fromkeys("ឋឍតថទធ", "T"),
    **dict.fromkeys("ណន", "N"),
    "ប": "B",
    **dict.fromkeys("ផពភ", "P"),
    "ម": "M",
    "យ": "Y",
    "រ": "R",
    **dict.fromkeys("លឡ", "L"),
    "វ": "V",
    "ស": "S",
    "ហ": "H",
    "អ": "",  # carries a vowel: no consonant sound of its own
}
# Dependent and independent vowels, and the signs that sound like a vowel with a final nasal.
KHMER_VOWEL_SOUNDS = {
    "ា": "a", "ិ": "e", "ី": "e", "ឹ": "e", "ឺ": "e", "ុ": "o", "ូ": "o", "ួ": "o",
    "ើ": "e", "ឿ": "a", "ៀ": "e", "េ": "e", "ែ": "æ", "ៃ": "e", "ោ": "o", "ៅ": "o",
    "ំ": "M", "ះ": "a", "ៈ": "a", "័": "a", "៌": "R",
    "ឥ": "e", "ឦ": "e", "ឧ": "o", "ឩ": "o", "ឪ": "o", "ឫ": "Re", "ឬ": "Re", "ឭ": "Le",
    "ឮ": "Le", "ឯ": "a", "ឰ": "a", "ឱ": "a", "ឲ": "a", "ឳ": "a",
}  # fmt: skip
COENG = "\u17d2"
# The consonants whose inherent vowel is "o" (the others': "a").
SECOND_SERIES = frozenset("គឃងជឈញឌឍទធនពភមយរលវ")
# A consonant written with the "silent" sign (៍), with its subscripts and series sign.
SILENT_LETTER = re.compile(f"[\u1780-\u17a2](?:{COENG}[\u1780-\u17a2])*[\u17c9\u17ca]?\u17cd")
WEAK_AFTER_VOWEL = {"R": "", "Y": "e", "V": "o", "H": ""}

LATIN_DIGRAPHS = (
    ("chh", "C"), ("ch", "C"), ("kh", "K"), ("gh", "K"), ("ng", "G"), ("nh", "J"),
    ("th", "T"), ("dt", "T"), ("ph", "P"), ("bp", "P"), ("sh", "S"),
)  # fmt: skip
LATIN_LETTERS = {
    **dict.fromkeys("cgkq", "K"), **dict.fromkeys("fp", "P"), "b": "B", "d": "D", "t": "T",
    **dict.fromkeys("sxz", "S"), "j": "C", "l": "L", "m": "M", "n": "N", "r": "R",
    "v": "V", "w": "V", "y": "Y", "h": "H",
}  # fmt: skip
LATIN_VOWELS = {"a": "a", "e": "e", "i": "e", "o": "o", "u": "o"}
LATIN_WORD = re.compile("[a-z]+")
KEY_CLASSES = str.maketrans("BD", "PT")
LOOSE_FORM = str.maketrans("BDoæ", "PTae")
SQUEEZE_KEY = re.compile(r"(.)\1+")


def _is_vowel(unit):
    return unit.islower()


def _drop_weak_consonants(units):
    """r, y, v/w, h after a vowel and not before one are silent or part of the vowel."""
    kept = []
    for index, unit in enumerate(units):
        if unit in WEAK_AFTER_VOWEL and kept and _is_vowel(kept[-1]):
            following = units[index + 1] if index + 1 < len(units) else None
            if following is None or not _is_vowel(following):
                if WEAK_AFTER_VOWEL[unit]:
                    kept.append(WEAK_AFTER_VOWEL[unit])
                continue
        kept.append(unit)
    return kept


def _has_vowel(cluster):
    return any(character in KHMER_VOWEL_SOUNDS for character in cluster)


def _khmer_units(word):
    """Cluster by cluster (a letter with its subscripts and signs): a cluster with a vowel
    sign opens a syllable; a bare one closes the syllable before it when that ended in a
    vowel (ការ: the រ), and otherwise opens one with the inherent vowel (ព in ពលករ)."""
    units = []
    clusters = KHMER_CLUSTER.findall(SILENT_LETTER.sub("", word))
    for index, cluster in enumerate(clusters):
        consonants = [
            KHMER_CONSONANT_CLASSES[character]
            for character in cluster
            if character in KHMER_CONSONANT_CLASSES
        ]
        vowels = [
            KHMER_VOWEL_SOUNDS[character]
            for character in cluster
            if character in KHMER_VOWEL_SOUNDS
        ]
        following = clusters[index + 1] if index + 1 < len(clusters) else None
        # Before a last bare cluster (or one with ់), a bare cluster opens the last syllable
        # (មេខ្យល់ "mekhyal"); otherwise one that follows a vowel closes the syllable.
        opens_last_syllable = (
            following is not None
            and not _has_vowel(following)
            and (index + 2 == len(clusters) or "\u17cb" in following)
        )
        closes_syllable = (
            not vowels and bool(units) and _is_vowel(units[-1]) and not opens_last_syllable
        )
        if closes_syllable:
            # A final consonant's subscript is not heard (ពេទ្យ "pet").
            consonants = consonants[:1]
        units.extend(sound for sound in consonants if sound)
        inherent = "o" if cluster[0] in SECOND_SERIES else "a"
        if vowels == ["M"]:
            vowels = [inherent, "M"]  # ំ alone: "am"/"um" (ុំ "om", ាំ "am" bring their own)
        if vowels:
            units.extend("".join(vowels))
        elif not closes_syllable:
            units.append(inherent)
    return units


def _latin_units(word):
    units = []
    position = 0
    while position < len(word):
        for spelling, sound in LATIN_DIGRAPHS:
            if word.startswith(spelling, position):
                units.append(sound)
                position += len(spelling)
                break
        else:
            letter = word[position]
            if letter in LATIN_VOWELS:
                units.append(LATIN_VOWELS[letter])
            elif letter in "yw" and not (
                position + 1 < len(word) and word[position + 1] in "aeiou"
            ):
                units.append("e" if letter == "y" else "o")  # y and w spelling a vowel
            elif letter == "h" and units and not _is_vowel(units[-1]):
                pass  # aspiration after a consonant ("bh", "ngh"): no sound class of its own
            elif letter in LATIN_LETTERS:
                units.append(LATIN_LETTERS[letter])
            position += 1
    return units


def _squeezed(units):
    """Doubled consonants once, and each run of vowels as its last one: romanizations end a
    vowel's spelling with the sound that carries it ("ea" ា, "ie" ៀ, "uo" ួ), but for "ae",
    which is how ែ is written."""
    squeezed = []
    for unit in units:
        if squeezed and _is_vowel(unit) and _is_vowel(squeezed[-1]):
            squeezed[-1] = "æ" if squeezed[-1] == "a" and unit == "e" else unit
            continue
        if squeezed and unit == squeezed[-1]:
            continue
        squeezed.append(unit)
    return squeezed


@lru_cache(maxsize=8192)
def phonetic_units(text):
    """The sound units of a Khmer word or of romanized Khmer (spaces between typed syllables
    are ignored), or () for text that is neither."""
    text = text_key(text)
    if any("\u1780" <= character <= "\u17ff" for character in text):
        units = _khmer_units(text)
    else:
        units = _latin_units("".join(LATIN_WORD.findall(text)))
    return tuple(_squeezed(_drop_weak_consonants(_squeezed(units))))


def phonetic_key(text):
    """The consonant classes of ``text`` in order: what the vocabulary is looked up by. b and
    d, kept apart in the form (ប is "b", ព "p"), share p's and t's class here, as people mix
    them up ("bandoeng", "pandoeng")."""
    key = "".join(unit for unit in phonetic_units(text) if not _is_vowel(unit))
    return SQUEEZE_KEY.sub(r"\1", key.translate(KEY_CLASSES))


def phonetic_form(text):
    """Consonant and vowel classes: what ranks the words that share a key."""
    return "".join(phonetic_units(text))


def loose_form(form):
    """A form with b/p, d/t, a/o and æ/e alike: the differences that series, dialects and
    habits blur most (ដល់ "dal" or "dol", បណ្តឹង "bandoeng" or "pandoeng")."""
    return form.translate(LOOSE_FORM)
