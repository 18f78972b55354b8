"""orientation/search/phonetics.py: Khmer words and the ways people romanize them share a key."""

import pytest

from orientation.search.phonetics import loose_form, phonetic_form, phonetic_key

SAME_SOUND = [
    ("ការងារ", "ka nguer"),
    ("ការងារ", "kar ngear"),
    ("ការងារ", "kangea"),
    ("សិទ្ធិ", "sithi"),
    ("សិទ្ធិ", "setthi"),
    ("លិខិតឆ្លងដែន", "lekhet chlong den"),
    ("ជំនួយ", "chumnuoy"),
    ("ប្រាក់ខែ", "prak khae"),
    ("ពលករ", "polakor"),
    ("អ្នក", "neak"),
    ("កំពង់", "kampong"),
    ("ត្រូវ", "trov"),
    ("ស្រី", "srey"),
    ("ប៉ូលិស", "polis"),
    ("ពេទ្យ", "pet"),
    ("លុយ", "luy"),
    ("ផ្ទះ", "phteah"),
    ("ស្ថានទូត", "sthan tout"),
    ("បណ្តឹង", "bandoeng"),
    ("បណ្តឹង", "pandoeng"),
    ("ថៅកែ", "thaokae"),
    ("ភ្នាក់ងារ", "phneak ngear"),
    ("បំណុល", "bamnol"),
    ("ប្រាក់ឈ្នួល", "prak chnuol"),
    ("ជួញដូរមនុស្ស", "chuonh dou monus"),
    ("កិច្ចសន្យា", "kechsanya"),
    ("អាជ្ញាប័ណ្ណ", "achnhaban"),
    ("ឆបោក", "chhabaok"),
    ("មេខ្យល់", "mekhyol"),
]


@pytest.mark.parametrize(("khmer", "typed"), SAME_SOUND)
def test_a_word_and_its_romanizations_share_a_key(khmer, typed):
    assert phonetic_key(khmer) == phonetic_key(typed) != ""


@pytest.mark.parametrize(
    ("typed", "other_spelling"),
    [
        ("kar ngear", "karngear"),  # spaces between syllables
        ("setthi", "sethi"),  # doubled letters
        ("khae", "kae"),  # k / kh
        ("chab", "jab"),  # ch / j
        ("thngai", "tngai"),  # t / th
        ("phteah", "pteah"),  # p / ph
        ("kar", "ka"),  # a silent final r
        ("trov", "trou"),  # final v spelling a vowel
        ("BANDOENG", "bandoeng"),  # case
    ],
)
def test_the_usual_spelling_variants_give_the_same_key(typed, other_spelling):
    assert phonetic_key(typed) == phonetic_key(other_spelling)


def test_different_words_have_different_keys():
    assert phonetic_key("ការងារ") != phonetic_key("ប្រាក់")
    assert phonetic_key("sithi") != phonetic_key("bandoeng")


def test_the_form_keeps_vowels_and_b_d_apart_where_the_key_does_not():
    # ប "b" and ព "p" share a key; the form that ranks candidates tells them apart.
    assert phonetic_key("បិទ") == phonetic_key("ពេទ្យ")
    assert phonetic_form("pet") == phonetic_form("ពេទ្យ") != phonetic_form("បិទ")
    assert loose_form(phonetic_form("bandoeng")) == loose_form(phonetic_form("pandoeng"))


def test_a_silent_letter_and_a_final_subscript_are_not_heard():
    # អភិវឌ្ឍន៍: ន៍ is silent; ពេទ្យ: the subscript យ of a final consonant is not sounded.
    assert phonetic_key("អភិវឌ្ឍន៍") == phonetic_key("aphivoat")
    assert phonetic_key("ពេទ្យ") == phonetic_key("pet")


@pytest.mark.parametrize("text", ["", "   ", "123", "!!!", "ё", "\u200b"])
def test_text_without_khmer_or_latin_letters_has_an_empty_key(text):
    assert phonetic_key(text) == ""
