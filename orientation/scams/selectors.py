"""Reads of the scam area: warnings for lists and feeds, and the agency register search."""

from dataclasses import dataclass, field

from django.db.models import Case, IntegerField, Q, Value, When
from django.utils import timezone

from orientation.core.text import normalise_text

from .models import Agency, AgencyStatus, ScamIndexPage, ScamWarningPage
from .normalise import MAX_QUERY_LENGTH, licence_key, search_key

MAX_RESULTS = 20
# A licence key shorter than this would match by prefix far too many unrelated numbers.
MIN_LICENCE_PREFIX = 3


def scam_index_for_locale(locale):
    return ScamIndexPage.objects.live().filter(locale=locale).first()


def latest_warnings(locale, limit=20):
    """The newest live warnings in one language (translations or aliases, as readers see)."""
    return (
        ScamWarningPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale")
        .order_by("-first_published_at", "-pk")[:limit]
    )


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
    return search


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
