"""What a reader's query means: its words, each with the other ways it may be written.

A worker types the everyday word while the page uses the formal one, types Khmer in Latin
letters, misspells a word or asks a plain English question. ``read_query`` turns the typed
text into word groups; a page matches a group when it holds any of the group's phrases:

1. the typed words (``segmentation.query_terms``), without English stop words ("how do I
   get paid" asks for "get" and "paid");
2. the editors' equivalent words (``equivalents``): ផ្ទះ also asks for កន្លែងស្នាក់នៅ, "day
   off" for "rest day";
3. other forms of an English word the index holds (the same stem: "payments", "payment");
4. for a word the index does not hold (``vocabulary``): a misspelt Khmer word's closest
   known word with the same sound (``phonetics``), romanized Khmer's known Khmer words
   ("ka nguer" → ការងារ), an English word one or two letters away ("pasport" → passport).
   These are shown to the reader as "showing results for …". An everyday English word in
   an English query ("took", "late") is never read as another (``english``).

The backend then ranks pages by how many groups they match (``selectors.page_hits``).
"""

from dataclasses import dataclass, field
from itertools import accumulate, groupby

from modelsearch.query import And, Or, Phrase
from rapidfuzz import fuzz
from rapidfuzz.distance import Levenshtein

from orientation.search import vocabulary
from orientation.search.english import english_words
from orientation.search.equivalents import (
    MAX_PHRASE_TERMS,
    equivalent_phrases,
    listed_latin_words,
    phrase_key,
)
from orientation.search.modelsearch_khmer_backend import term_query
from orientation.search.phonetics import loose_form, phonetic_form, phonetic_key
from orientation.search.segmentation import (
    KHMER_CLUSTER,
    in_run_phrase,
    is_khmer,
    khmer_clusters,
    query_terms,
)

# Common English words that say nothing about what is searched for. Written for this site:
# question words, pronouns and the verbs of a question (get, want, need) stay out of the
# index's way; topic words (work, pay, home, help) are never here.
# fmt: off
ENGLISH_STOP_WORDS = frozenset({
    "a", "about", "after", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be",
    "been", "before", "being", "both", "but", "by", "can", "could", "did", "do", "does", "doing",
    "for", "from", "had", "has", "have", "having", "he", "her", "here", "him", "his", "how", "i",
    "if", "in", "into", "is", "it", "its", "just", "me", "might", "more", "most", "must", "my",
    "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "out", "over",
    "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "them",
    "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until",
    "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom",
    "why", "will", "with", "would", "you", "your", "get", "gets", "got", "want", "need",
    "know", "tell", "please",
})
# fmt: on
# Romanized Khmer: spans of up to this many typed syllables are read as one Khmer word
# ("lekhet chlong den").
MAX_ROMANIZED_SYLLABLES = 4
MAX_ROMANIZED_CANDIDATES = 3
MAX_KNOWN_SYLLABLE_LETTERS = 3
# How alike (0-100) the sounds of a romanized span and a Khmer word must be; a span with a
# single consonant ("luy") matches too many words to accept a loose reading.
MIN_ROMANIZED_LIKENESS = 70
MIN_SHORT_ROMANIZED_LIKENESS = 80
# A misspelt Khmer word is replaced by a known word at most this many characters away.
MAX_KHMER_EDITS = 2
MAX_STEM_FORMS = 6
# A word the index holds fewer times than this may still be a misspelling of a word held
# this many times more often.
RARE = 20
MUCH_MORE_COMMON = 5


@dataclass(eq=False)
class WordGroup:
    """One thing the reader asked for: the typed phrase and its other ways of writing."""

    typed: tuple
    phrases: list = field(default_factory=list)
    # The known word(s) shown instead of the typed ones ("showing results for").
    correction: tuple = ()

    def __post_init__(self):
        if not self.phrases:
            self.phrases = [self.typed]

    def add(self, *phrases):
        for phrase in phrases:
            if phrase and phrase not in self.phrases:
                self.phrases.append(phrase)

    @property
    def shown(self):
        return self.correction or self.typed


@dataclass
class QueryReading:
    groups: list
    # The query as searched, when a word was read as another ("showing results for").
    corrected: str = ""

    def __post_init__(self):
        if not self.corrected and any(group.correction for group in self.groups):
            self.corrected = join_terms(term for group in self.groups for term in group.shown)

    def search_query(self, operator="or"):
        """The modelsearch query: any group (pages are then ranked by how many they match)
        or every group."""
        nodes = [group_query(group) for group in self.groups]
        if not nodes:
            return None
        if len(nodes) == 1:
            return nodes[0]
        return Or(nodes) if operator == "or" else And(nodes)

    def marked_words(self):
        """Every word searched for, to mark in excerpts (a Khmer phrase as one string)."""
        return list(
            dict.fromkeys(join_terms(phrase) for group in self.groups for phrase in group.phrases)
        )


def join_terms(terms):
    """Terms as a reader would write them: Khmer words run together, others spaced."""
    text = ""
    previous = None
    for term in terms:
        if previous is not None and not (is_khmer(previous) and is_khmer(term)):
            text += " "
        text += term
        previous = term
    return text


def phrase_query(phrase):
    if len(phrase) == 1:
        return term_query(phrase[0])
    if all(is_khmer(term) for term in phrase):
        clusters = [cluster for term in phrase for cluster in khmer_clusters(term)]
        return Or([Phrase(" ".join(phrase)), Phrase(in_run_phrase(clusters))])
    return Phrase(" ".join(phrase))


def group_query(group):
    nodes = [phrase_query(phrase) for phrase in group.phrases]
    return nodes[0] if len(nodes) == 1 else Or(nodes)


def without_stop_words(groups):
    """Groups without the lone English stop words, unless that would leave nothing. Run
    after the equivalent words are grouped, so "day off" stays a phrase."""
    kept = [
        group
        for group in groups
        if not (
            len(group.typed) == 1
            and len(group.phrases) == 1
            and group.typed[0] in ENGLISH_STOP_WORDS
        )
    ]
    return kept or groups


def recut_at_equivalents(terms, table):
    """The terms, with each run of Khmer words cut again where the word breaker cut across
    a listed phrase of three clusters or more. It does not know most loanwords, so it glues
    their letters to a neighbour (រឹបអូសប៉ាស្ព័រ -> រឹប|អូ|សប៉ាស្ព័រ) and the phrase
    (រឹបអូស, ប៉ាស្ព័រ) is then never found on word boundaries."""
    listed = {
        key.replace(" ", "")
        for key in table
        if is_khmer(key) and len(khmer_clusters(key.replace(" ", ""))) >= 3
    }
    recut = []
    for khmer, run in groupby(terms, key=is_khmer):
        run = list(run)
        recut.extend(recut_khmer_run(run, listed) if khmer else run)
    return recut


def recut_khmer_run(run, listed):
    text = "".join(run)
    boundaries = set(accumulate((len(term) for term in run), initial=0))
    starts = [match.start() for match in KHMER_CLUSTER.finditer(text)] + [len(text)]
    found, position = [], 0
    for index, start in enumerate(starts[:-1]):
        if start < position:
            continue
        for end in reversed(starts[index + 3 :]):
            if text[start:end] in listed and not {start, end} <= boundaries:
                found.append((start, end))
                position = end
                break
    if not found:
        return run
    terms, position = [], 0
    for start, end in found:
        terms.extend(query_terms(text[position:start]) + query_terms(text[start:end]))
        position = end
    return terms + query_terms(text[position:])


def grouped_by_equivalents(terms):
    """Word groups, the longest phrase the editors listed taken first at each position."""
    table = equivalent_phrases()
    groups = []
    position = 0
    while position < len(terms):
        for size in range(min(MAX_PHRASE_TERMS, len(terms) - position), 0, -1):
            typed = tuple(terms[position : position + size])
            phrases = table.get(phrase_key(typed))
            if not phrases and size > 1 and all(is_khmer(term) for term in typed):
                # Khmer words run together may be one word of the list (ប្រាក់ + ឈ្នួល).
                phrases = table.get(phrase_key(query_terms("".join(typed))))
            if phrases or size == 1:
                group = WordGroup(typed=typed)
                group.add(*(phrases or ()))
                groups.append(group)
                position += size
                break
    return groups


def read_query(raw_query, language_code="km"):
    """The ``QueryReading`` of what a reader typed, on the pages of ``language_code``: a
    reader of the English pages who types an unknown Latin word more likely misspelt an
    English word than typed Khmer in Latin letters; any other reader, the other way round."""
    terms = recut_at_equivalents(query_terms(raw_query), equivalent_phrases())
    groups = words_and_equivalents(terms)
    single = [group for group in groups if len(group.typed) == 1 and len(group.phrases) == 1]
    latin_terms = [term for term in terms if term.isascii() and term.isalpha()]
    known = vocabulary.known_words({*latin_terms, *(group.typed[0] for group in single)})
    # Everyday English words stay themselves: never read as romanized Khmer or corrected.
    english = english_words(latin_terms, lambda term: term in ENGLISH_STOP_WORDS or term in known)
    unknown = [
        group for group in single if group.typed[0] not in known and group.typed[0] not in english
    ]
    correct_khmer(groups, unknown)
    read_latin(groups, unknown, english_first=language_code == "en")
    for group in rare_latin_words(groups, single, known):
        if group.typed[0] not in english:
            correct_english(group, known[group.typed[0]])
    reading = QueryReading(groups=groups)
    if reading.corrected:
        # The corrected words have equivalents of their own (ប្រាក់ឈ្នួល, ប្រាក់ខែ).
        regrouped = words_and_equivalents([term for group in groups for term in group.shown])
        for group in regrouped:
            for original in groups:
                if original.correction and original.correction == group.typed:
                    group.add(*original.phrases)
        reading = QueryReading(groups=regrouped, corrected=reading.corrected)
    return reading


def rare_latin_words(groups, single, known):
    """Latin words the index holds, but rarely: maybe misspellings of a common word."""
    return [
        group
        for group in single
        if group in groups
        and not group.correction
        and 0 < known.get(group.typed[0], 0) < RARE
        and group.typed[0].isascii()
        and group.typed[0].isalpha()
    ]


def words_and_equivalents(terms):
    groups = without_stop_words(grouped_by_equivalents(terms))
    add_english_forms(groups)
    return groups


def add_english_forms(groups):
    """Other forms of an English word that the index holds ("payments" for "payment")."""
    latin = {
        group.typed[0]: group
        for group in groups
        if len(group.typed) == 1 and group.typed[0].isalpha() and not is_khmer(group.typed[0])
    }
    forms = vocabulary.words_with_stems({vocabulary.english_stem(term) for term in latin})
    for term, group in latin.items():
        others = sorted(forms.get(vocabulary.english_stem(term), ()), key=len)
        group.add(*((form,) for form in others[:MAX_STEM_FORMS] if form != term))


def runs_of(groups, members):
    """Runs of consecutive groups that are all in ``members``."""
    runs, current = [], []
    for group in groups:
        if group in members:
            current.append(group)
        else:
            if current:
                runs.append(current)
            current = []
    if current:
        runs.append(current)
    return runs


def correct_khmer(groups, unknown):
    """A misspelt Khmer word is cut by the word breaker into pieces it does not know, or
    into lone clusters: each run of such pieces, alone or with the Khmer word on either side
    (ប្រាក់ + ឈ្នូល), is read as one word and replaced by the known word closest to it among
    those with the same sound."""
    suspicious = [
        group
        for group in groups
        if len(group.typed) == 1
        and len(group.phrases) == 1
        and is_khmer(group.typed[0])
        and (group in unknown or len(khmer_clusters(group.typed[0])) == 1)
    ]
    runs = [run for run in runs_of(groups, suspicious) if any(group in unknown for group in run)]
    if not runs:
        return
    choices = {run_index: spans_around(groups, run) for run_index, run in enumerate(runs)}
    candidates = vocabulary.khmer_words_with_keys(
        {phonetic_key(span) for spans in choices.values() for span, _groups in spans}
    )
    for spans in choices.values():
        scored = sorted(
            (Levenshtein.distance(span, word), -len(span_groups), -occurrences, word, span)
            for span, span_groups in spans
            for word, occurrences in candidates.get(phonetic_key(span), ())
        )
        if scored and scored[0][0] <= MAX_KHMER_EDITS and scored[0][3] != scored[0][4]:
            best = scored[0]
            span_groups = next(groups_ for span, groups_ in spans if span == best[4])
            merge_into_one(groups, span_groups, (best[3],))


def spans_around(groups, run):
    """(text, groups) of the run alone and with the Khmer word before and after it."""
    first, last = groups.index(run[0]), groups.index(run[-1])
    before = [groups[first - 1]] if first > 0 and is_khmer_word_group(groups[first - 1]) else []
    after = (
        [groups[last + 1]]
        if last + 1 < len(groups) and is_khmer_word_group(groups[last + 1])
        else []
    )
    choices = []
    for extended in (run, before + run, run + after, before + run + after):
        text = "".join(term for group in extended for term in group.typed)
        if all(text != span for span, _groups in choices):
            choices.append((text, extended))
    return choices


def is_khmer_word_group(group):
    return len(group.typed) == 1 and is_khmer(group.typed[0])


def merge_into_one(groups, run, correction):
    first = run[0]
    first.typed = tuple(term for group in run for term in group.typed)
    first.phrases = [first.typed]
    first.add(correction)
    first.correction = correction
    for group in run[1:]:
        groups.remove(group)


def read_latin(groups, unknown, english_first=False):
    """Unknown Latin words: romanized Khmer (read with the Latin words around them, as "ka"
    in "ka nguer" may be a word of another page), or a misspelt English word; with
    ``english_first``, a word that is one letter from a known English word is that word."""
    latin = [
        group
        for group in groups
        if len(group.typed) == 1
        and len(group.phrases) == 1
        and group.typed[0].isascii()
        and group.typed[0].isalpha()
    ]
    if english_first:
        for group in latin:
            if group in unknown:
                correct_english(group)
        unknown = [group for group in unknown if not group.correction]
    # A known word joins a romanized reading only if short like a syllable ("ka"): "thai"
    # next to "nov" is English.
    latin = [
        group
        for group in latin
        if group in unknown or len(group.typed[0]) <= MAX_KNOWN_SYLLABLE_LETTERS
    ]
    for run in runs_of(groups, latin):
        if any(group in unknown for group in run):
            read_romanized_run(groups, run, unknown)
    for group in unknown:
        if group in groups and group in latin and not group.correction:
            correct_english(group)


def read_romanized_run(groups, run, unknown):
    """The run cut into spans of up to four syllables, each holding a word the index does
    not know, read as the Khmer words that sound like them: of all the ways to cut it, the
    one that reads most syllables best ("prak khae" is ប្រាក់ + ខែ, not ប្រាក់ alone)."""
    syllables = [group.typed[0] for group in run]
    spans = {
        (start, end): "".join(syllables[start:end])
        for start in range(len(syllables))
        for end in range(start + 1, min(len(syllables), start + MAX_ROMANIZED_SYLLABLES) + 1)
        if any(group in unknown for group in run[start:end])
    }
    candidates = vocabulary.khmer_words_with_keys(
        {key for span in spans.values() if (key := phonetic_key(span))}
    )
    readings = {
        bounds: words
        for bounds, span in spans.items()
        if (words := romanized_candidates(span, candidates))
    }
    # best[end]: (score, spans read) for the syllables before ``end``.
    best = [(0, [])] + [None] * len(syllables)
    for end in range(1, len(syllables) + 1):
        best[end] = (best[end - 1][0], best[end - 1][1])
        for start in range(max(0, end - MAX_ROMANIZED_SYLLABLES), end):
            if (start, end) in readings:
                likeness = readings[(start, end)][0][0]
                score = best[start][0] + likeness * (end - start)
                if score > best[end][0]:
                    best[end] = (score, [*best[start][1], (start, end)])
    for start, end in reversed(best[-1][1]):
        words = [word for _likeness, word in readings[(start, end)]]
        merge_into_one(groups, run[start:end], (words[0],))
        run[start].add(*((word,) for word in words[1:]))


def romanized_candidates(span, candidates):
    """(likeness, known Khmer word) pairs that ``span`` most likely stands for, best first."""
    key = phonetic_key(span)
    words = candidates.get(key, ())
    if not words:
        return []
    threshold = MIN_ROMANIZED_LIKENESS if len(key) > 1 else MIN_SHORT_ROMANIZED_LIKENESS
    form = phonetic_form(span)
    # Equally alike: the more common word (a stray fragment of a rare word is rare).
    scored = sorted(
        (-likeness(form, phonetic_form(word)), -occurrences, word) for word, occurrences in words
    )
    chosen = [(-score, word) for score, _length, word in scored if -score >= threshold]
    return chosen[: 1 if len(key) == 1 else MAX_ROMANIZED_CANDIDATES]


def likeness(typed_form, word_form):
    """0-100: how alike two phonetic forms are, the blurred differences (``loose_form``)
    costing half as much as the others."""
    exact = fuzz.ratio(typed_form, word_form)
    return (exact + fuzz.ratio(loose_form(typed_form), loose_form(word_form))) / 2


def correct_english(group, occurrences=0):
    """A known English word one letter away (two for long words): the most common of the
    closest. A word the index holds (``occurrences`` > 0) is read as another only when that
    one is far more common: "pasport" is on the Malay pages, "passport" on many more. The
    editors' equivalent words are known words too ("salry" is salary, listed with wages)."""
    term = group.typed[0]
    if len(term) < 4:
        return
    allowed = 1 if len(term) < 8 else 2
    known = dict.fromkeys((word for word in listed_latin_words() if word[0] == term[0]), 1)
    known.update(vocabulary.latin_words_starting_like(term))
    scored = sorted(
        (distance, -count, word)
        for word, count in known.items()
        if word != term
        and (distance := Levenshtein.distance(term, word, score_cutoff=allowed)) <= allowed
        and count >= occurrences * MUCH_MORE_COMMON
    )
    if scored:
        word = scored[0][2]
        group.add((word,))
        group.correction = (word,)
