"""Reads of the scam area: warnings for lists and feeds, and the agency register search."""

import re
from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone
from rapidfuzz import fuzz

from orientation.core.text import normalise_text

from .models import Agency, AgencyStatus, ScamIndexPage, ScamWarningPage
from .normalise import MAX_QUERY_LENGTH, licence_key, search_key

MAX_RESULTS = 20
# A licence key shorter than this would match by prefix far too many unrelated numbers.
MIN_LICENCE_PREFIX = 3
# "Did you mean": at most this many close agencies, read from at most this many candidates
# (agencies sharing a licence number's digits or a word's first letters with the query),
# each at least this similar to what was typed.
MAX_CLOSE_MATCHES = 5
MAX_CLOSE_CANDIDATES = 150
MIN_CLOSE_SIMILARITY = 0.7
WORD_STEM_LENGTH = 3
DIGIT_RUN = re.compile(r"\d+")


def scam_index_for_locale(locale):
    return ScamIndexPage.objects.live().filter(locale=locale).first()


def latest_warnings(locale, destination=None, limit=20):
    """The newest live warnings in one language (translations or aliases, as readers see);
    with a destination, those naming it and those for every destination."""
    warnings = ScamWarningPage.objects.live().public().filter(locale=locale)
    if destination is not None:
        warnings = warnings.filter(
            Q(destinations=destination) | Q(destinations__isnull=True)
        ).distinct()
    return warnings.select_related("locale").order_by("-first_published_at", "-pk")[:limit]


def warnings_for_destination(destination, locale):
    """Warnings naming this destination, then those for every destination."""
    return (
        ScamWarningPage.objects.live()
        .public()
        .filter(locale=locale)
        .filter(Q(destinations=destination) | Q(destinations__isnull=True))
        .distinct()
        .order_by("title")
    )


@dataclass
class AgencySearch:
    """What a search asked and found, for the template to explain either way."""

    query: str = ""
    cleaned: str = ""
    results: list = field(default_factory=list)
    # No exact match, but agencies close to what was typed (a misspelt name, a licence number
    # without its prefix): never "not in the register" while one of these exists.
    close_matches: list = field(default_factory=list)
    problem: str = ""  # "", "empty", "too_long"
    truncated: bool = False

    @property
    def searched(self):
        return bool(self.cleaned) and not self.problem


def search_agencies(query):
    """Agencies whose licence number or name (Khmer or Latin, any case, partial) matches.

    An exact licence number comes first, then licence numbers starting with what was typed,
    then names. Always a fixed number of queries (two: agencies, their destinations).
    """
    raw = str(query or "")
    search = AgencySearch(query=raw[:MAX_QUERY_LENGTH])
    if len(raw) > MAX_QUERY_LENGTH * 5:
        search.problem = "too_long"
        return search
    cleaned = normalise_text(raw)
    if len(cleaned) > MAX_QUERY_LENGTH:
        search.problem = "too_long"
        search.cleaned = cleaned[:MAX_QUERY_LENGTH]
        return search
    search.cleaned = cleaned
    if not cleaned:
        search.problem = "empty"
        return search

    name_key = search_key(cleaned)
    key = licence_key(cleaned)
    if key and any(character.isdigit() for character in key):
        # Most searches are a licence number read off a poster: one indexed lookup answers
        # them without scanning every name.
        exact = list(
            Agency.objects.in_register().filter(licence_key=key).prefetch_related("destinations")
        )
        if exact:
            search.results = exact
            return search
    matches = Q(search_name__contains=name_key)
    ranking = [When(search_name__startswith=name_key, then=Value(3))]
    if key:
        matches |= Q(licence_key=key)
        ranking.insert(0, When(licence_key=key, then=Value(0)))
        if len(key) >= MIN_LICENCE_PREFIX:
            matches |= Q(licence_key__startswith=key)
            ranking.insert(1, When(licence_key__startswith=key, then=Value(1)))
    agencies = list(
        Agency.objects.in_register()
        .filter(matches)
        .annotate(rank=Case(*ranking, default=Value(5), output_field=IntegerField()))
        .order_by("rank", "name_latin", "pk")
        .prefetch_related("destinations")[: MAX_RESULTS + 1]
    )
    search.truncated = len(agencies) > MAX_RESULTS
    search.results = agencies[:MAX_RESULTS]
    if not search.results:
        search.close_matches = close_agencies(name_key, key)
    return search


def close_agencies(name_key, key):
    """Agencies close to a query that matched none: the same licence digits under another
    prefix or none ('0001', 'DMO-0001' for DEMO-0001), or a name a letter or two away
    ('goldn star'). Three queries, whatever the register's size: the candidates' keys, the
    close ones, their destinations."""
    # The number part of a licence: its last run of digits ('M0LVT-0457' has 0457).
    digit_runs = DIGIT_RUN.findall(key)
    digits = digit_runs[-1] if digit_runs else ""
    clues = []  # (condition, weight): the candidates sharing most clues are read first
    if len(digits) >= MIN_LICENCE_PREFIX:
        clues.append((Q(licence_key__contains=digits), 3))
    for word in dict.fromkeys(name_key.split()):
        if len(word) >= WORD_STEM_LENGTH:
            clues.append((Q(search_name__contains=word[:WORD_STEM_LENGTH]), 1))
    if not clues:
        return []
    matches = Q()
    for condition, _weight in clues:
        matches |= condition
    shared = sum(
        (Case(When(clue, then=Value(weight)), default=Value(0)) for clue, weight in clues),
        Value(0),
    )
    # The candidates' keys only: the few that are close are loaded whole afterwards.
    candidates = (
        Agency.objects.in_register()
        .filter(matches)
        .annotate(shared=shared)
        .order_by("-shared", "pk")
        .values_list("pk", "name_latin", "search_name", "licence_key")[:MAX_CLOSE_CANDIDATES]
    )
    same_name = Similarity(name_key)
    same_licence = Similarity(key) if len(digits) >= MIN_LICENCE_PREFIX else None
    number = digits.lstrip("0")
    scored = []
    for pk, name_latin, search_name, agency_licence_key in candidates:
        agency_runs = DIGIT_RUN.findall(agency_licence_key)
        if number and agency_runs and agency_runs[-1].lstrip("0") == number:
            score = 1.0  # the same licence number, under another prefix or none
        else:
            score = max(
                same_name.to(search_name),
                same_licence.to(agency_licence_key) if same_licence else 0.0,
            )
        if score >= MIN_CLOSE_SIMILARITY:
            scored.append((-score, name_latin, pk))
    scored.sort()
    chosen = [pk for *_rank, pk in scored[:MAX_CLOSE_MATCHES]]
    agencies = Agency.objects.in_register().filter(pk__in=chosen).prefetch_related("destinations")
    found = {agency.pk: agency for agency in agencies}
    return [found[pk] for pk in chosen if pk in found]


class Similarity:
    """How alike a stored key is to what was typed (0 to 1): the whole stored name, or its
    best part of as many words, since people often type only part of a name ('golden star'
    for 'golden star manpower co ltd'). rapidfuzz's ratio (the Indel similarity, as difflib's
    ratio) in C, with a cutoff so that a part that cannot beat the best so far stops early."""

    def __init__(self, typed):
        self.words = max(1, len(typed.split()))
        self.typed = typed

    def to(self, stored):
        if not self.typed or not stored:
            return 0.0
        words = stored.split()
        size = self.words
        parts = [" ".join(words[i : i + size]) for i in range(max(1, len(words) - size + 1))]
        best = 0.0
        for part in (stored, *parts):
            floor = max(best, MIN_CLOSE_SIMILARITY)
            score = fuzz.ratio(self.typed, part, score_cutoff=floor * 100) / 100
            best = max(best, score)
        return best


def agency_by_licence(licence_number):
    key = licence_key(licence_number)
    if not key:
        return None
    return (
        Agency.objects.in_register()
        .filter(licence_key=key)
        .prefetch_related("destinations", "status_changes")
        .first()
    )


def with_effective_status(queryset, status):
    """Agencies whose status, as readers see it today, is status: a licence past its end
    date counts as expired whatever the register says."""
    today = timezone.localdate()
    ended = Q(valid_until__lt=today)
    if status == AgencyStatus.LICENSED:
        return queryset.filter(status=AgencyStatus.LICENSED).exclude(ended)
    if status == AgencyStatus.EXPIRED:
        return queryset.filter(
            Q(status=AgencyStatus.EXPIRED) | (Q(status=AgencyStatus.LICENSED) & ended)
        )
    return queryset.filter(status=status)


def registered_agency_named(text):
    """The one agency in the register that `text` names, as a worker types it on the
    complaint form (a licence number, or the agency's whole name in Khmer or Latin letters,
    any case and spacing), or None when it names none, or several, or only part of a name:
    an officer then reads what was typed rather than a guess. The agency check's matching
    (`search_agencies`)."""
    found = search_agencies(text)
    if found.problem or not found.results:
        return None
    key = licence_key(found.cleaned)
    name = search_key(found.cleaned)
    named = [
        agency
        for agency in found.results
        if agency.licence_key == key
        or name in {search_key(agency.name_latin), search_key(agency.name_km)}
    ]
    return named[0] if len(named) == 1 else None
