"""Reads for site search: what a visitor's query finds, in which order, with what excerpt."""

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field, fields

from django.core.cache import cache
from django.utils import translation
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from wagtail.models import Locale, Page
from wagtail.search.backends import get_search_backend

from orientation.core.content_generation import current_generation
from orientation.core.links import with_site_roots_read_once
from orientation.core.public_version import (
    as_readers_see,
    public_version,
    showing_source_text,
)
from orientation.core.text import normalise_text, text_key
from orientation.resources.models import Organisation
from orientation.scams.models import Agency
from orientation.search.query_reading import group_query, join_terms, read_query
from orientation.search.segmentation import (
    MAX_QUERY_CHARACTERS,
    query_terms,
)

MAX_PAGE_CANDIDATES = 200
MAX_SNIPPET_CANDIDATES = 20
MAX_RESULTS = 30
EXCERPT_CHARACTERS = 220
SECTIONS_CACHE_SECONDS = 24 * 3600
OUTCOME_CACHE_SECONDS = 600
# Page depth 1 is Wagtail's root, 2 each locale's home page: neither is a useful result.
FIRST_CONTENT_DEPTH = 3


@dataclass
class SearchHit:
    title: str
    url: str
    kind: str
    excerpt: str = ""
    # Language code when the hit is shown in a language other than the visitor's.
    lang: str | None = None
    promoted: bool = False


@dataclass
class SearchOutcome:
    query: str
    terms: list = field(default_factory=list)
    promoted: list = field(default_factory=list)
    hits: list = field(default_factory=list)
    query_was_cut: bool = False
    # The query as searched when a word was read as another ("showing results for …").
    corrected: str = ""

    @property
    def has_words(self):
        return bool(self.terms)

    @property
    def result_count(self):
        return len(self.promoted) + len(self.hits)

    @property
    def found_anything(self):
        return bool(self.promoted or self.hits)


def highlight(text, terms):
    """``text`` escaped, with each occurrence of a term wrapped in <mark>: escape first, then
    mark, so nothing from the text or the query can ever become markup."""
    if not terms:
        return escape(text)
    pattern = re.compile(
        "|".join(re.escape(term) for term in sorted(terms, key=len, reverse=True)),
        re.IGNORECASE,
    )
    pieces = []
    position = 0
    for match in pattern.finditer(text):
        pieces.append(escape(text[position : match.start()]))
        pieces.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    pieces.append(escape(text[position:]))
    return mark_safe("".join(pieces))  # noqa: S308 (every piece escaped above)


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    return [str(value)]


def searchable_sections(obj):
    """The texts an object gives the index (except its title), one per field or block."""
    from modelsearch import index

    sections = []
    for search_field in obj.get_search_fields():
        if isinstance(search_field, index.SearchField) and search_field.field_name != "title":
            value = search_field.get_value(obj)
            sections.extend(text for text in _flatten(value) if text and text.strip())
    return sections


def sections_cache_key(obj):
    version = getattr(obj, "last_published_at", None) or getattr(obj, "updated_at", None)
    if version is None:
        return None
    return f"search-sections:{obj._meta.label_lower}:{obj.pk}:{version.timestamp()}"


def cached_sections(obj):
    """``searchable_sections`` normalised, kept per published version: StreamFields are slow
    to flatten and the same pages come up in many searches."""
    return sections_of([obj])[obj.pk]


def sections_of(objects):
    """{pk: cached_sections} of several objects, with one cache read for all. An object
    loaded without its own fields (``specific(defer=True)``: a page's StreamField is most of
    what loading it costs) is loaded whole only when its sections are not cached."""
    keys = {obj.pk: sections_cache_key(obj) for obj in objects}
    cached = cache.get_many([key for key in keys.values() if key])
    found, missing = {}, []
    for obj in objects:
        sections = cached.get(keys[obj.pk])
        if sections is None:
            missing.append(obj)
        else:
            found[obj.pk] = sections
    deferred = [obj for obj in missing if obj.get_deferred_fields()]
    whole = by_pk(Page.objects.filter(pk__in=[obj.pk for obj in deferred]).specific())
    computed = {}
    for obj in missing:
        source = whole.get(obj.pk, obj) if obj in deferred else obj
        found[obj.pk] = [normalise_text(text) for text in searchable_sections(source)]
        if keys[obj.pk]:
            computed[keys[obj.pk]] = found[obj.pk]
    if computed:
        cache.set_many(computed, SECTIONS_CACHE_SECONDS)
    return found


def _cluster_boundary(text, position, limit):
    """``position`` moved forward (up to ``limit``) to the next space, or at least out of
    a Khmer cluster, so an excerpt never starts or ends with a lone vowel sign or subscript."""
    if position <= 0 or position >= len(text):
        return max(0, min(position, len(text)))
    space = text.find(" ", position, min(limit, position + 30))
    if space != -1:
        return space + 1 if space + 1 <= limit else space
    while position < limit and (
        unicodedata.category(text[position]).startswith("M") or text[position - 1] == "\u17d2"
    ):
        position += 1
    return position


def excerpt_for(obj, terms, fallback="", sections=None):
    """The section that matched, cut around the first matched word, with the words marked."""
    lowered_terms = [term.lower() for term in terms]
    sections = cached_sections(obj) if sections is None else sections
    for section in sections:
        lowered = section.lower()
        positions = [lowered.find(term) for term in lowered_terms if term in lowered]
        if positions:
            first = min(positions)
            start = _cluster_boundary(section, max(0, first - EXCERPT_CHARACTERS // 3), first)
            end = _cluster_boundary(section, start + EXCERPT_CHARACTERS, len(section))
            prefix = "…" if start else ""
            suffix = "…" if end < len(section) else ""
            return highlight(f"{prefix}{section[start:end].strip()}{suffix}", terms)
    text = fallback or (sections[0] if sections else "")
    return highlight(Truncator(normalise_text(text)).chars(EXCERPT_CHARACTERS), terms)


def _kind_of(obj):
    return str(obj._meta.verbose_name).capitalize()


def _language_of(page):
    source = page.alias_of if page.alias_of_id else page
    return source.locale.language_code


def promotion_lookup_keys(query):
    """Editors type a promotion's query in their own way: match any of its usual forms."""
    from modelsearch.utils import normalise_query_string

    terms = query_terms(query)
    return {
        normalise_query_string(query),
        normalise_query_string(normalise_text(query)),
        " ".join(terms),
        "".join(terms),
    } - {""}


def promoted_hits(query, language_code, terms):
    from wagtail.contrib.search_promotions.models import SearchPromotion

    promotions = (
        SearchPromotion.objects.filter(query__query_string__in=promotion_lookup_keys(query))
        .select_related("page", "page__locale")
        .order_by("sort_order", "pk")
    )
    hits = []
    seen = set()
    locale = Locale.objects.filter(language_code=language_code).first()
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page
            if locale and page.locale_id != locale.pk:
                page = page.get_translation_or_none(locale) or page
            if not page.live or page.pk in seen:
                continue
            seen.add(page.pk)
            # An unfinished translation is shown as its source, as on the page itself.
            version = public_version(page.specific)
            page = version.page
            shown_in = page.locale.language_code
            if version.text_locale is not None and not page.alias_of_id:
                shown_in = version.text_locale.language_code
            elif shown_in != language_code:
                shown_in = _language_of(page)
            hits.append(
                SearchHit(
                    title=page.title,
                    url=page.get_url(),
                    kind=_kind_of(page),
                    excerpt=highlight(promotion.description, terms)
                    if promotion.description
                    else excerpt_for(page, terms, getattr(page, "search_description", "")),
                    lang=None if shown_in == language_code else shown_in,
                    promoted=True,
                )
            )
        elif promotion.external_link_url:
            hits.append(
                SearchHit(
                    title=promotion.external_link_text or promotion.external_link_url,
                    url=promotion.external_link_url,
                    kind="",
                    excerpt=highlight(promotion.description, terms),
                    promoted=True,
                )
            )
    return hits


def matched_groups(pages, reading):
    """{page pk: how many of the reading's word groups the page matches}: one unranked match
    per group, over these pages' index entries only."""
    counts = dict.fromkeys((page.pk for page in pages), 0)
    if len(reading.groups) < 2:
        return dict.fromkeys(counts, 1)
    backend = get_search_backend()
    object_ids = [str(pk) for pk in counts]
    for group in reading.groups:
        for object_id in backend.object_ids_matching(Page, object_ids, group_query(group)):
            counts[int(object_id)] += 1
    return counts


def groups_in_title_or_summary(page, group_phrases):
    text = text_key(f"{page.title} {page.search_description}")
    return sum(any(phrase in text for phrase in phrases) for phrases in group_phrases)


def ranked_by_reading(pages, reading):
    """Pages matching more of the query's word groups first; among those, pages whose title
    or summary holds them; then the index's relevance order. With three groups or more, a
    page must match at least half of them ("most words")."""
    matched = matched_groups(pages, reading)
    needed = (len(reading.groups) + 1) // 2 if len(reading.groups) >= 3 else 1
    group_phrases = [[join_terms(phrase) for phrase in group.phrases] for group in reading.groups]
    ranked = sorted(
        (
            (-matched[page.pk], -groups_in_title_or_summary(page, group_phrases), i)
            for i, page in enumerate(pages)
            if matched[page.pk] >= needed
        )
    )
    return [pages[i] for *_rank, i in ranked]


@dataclass(frozen=True)
class Candidate:
    """A page that matched, with the columns ranking and choosing need: loading up to 200
    full Page instances cost more than the search itself."""

    pk: int
    title: str
    search_description: str
    locale_id: int
    alias_of_id: int | None
    translation_key: object
    live_revision_id: int | None
    latest_revision_id: int | None


def page_candidates(ids):
    """The Candidates of these page ids that anyone may read (no view restriction), in their
    order."""
    rows = (
        Page.objects.public().filter(pk__in=ids).values_list(*(f.name for f in fields(Candidate)))
    )
    found = {row[0]: Candidate(*row) for row in rows}
    return [found[pk] for pk in ids if pk in found]


def matches(reading):
    """{model: [ids of its matching objects, most relevant first]}: live content pages that
    hold any of the reading's word groups (at most MAX_PAGE_CANDIDATES), agencies in the
    register and live organisations that hold every group (at most MAX_SNIPPET_CANDIDATES
    each). For a query of one group "any" and "every" are the same match: the index is
    matched once for all three."""
    found = {Page: [], Agency: [], Organisation: []}
    any_group = reading.search_query("or")
    if any_group is None:
        return found
    pages = (Page.objects.live().filter(depth__gte=FIRST_CONTENT_DEPTH), MAX_PAGE_CANDIDATES)
    snippets = [
        (Agency.objects.in_register(), MAX_SNIPPET_CANDIDATES),
        (Organisation.objects.filter(live=True), MAX_SNIPPET_CANDIDATES),
    ]
    backend = get_search_backend()
    if len(reading.groups) == 1:
        matched = backend.ranked_object_ids([pages, *snippets], any_group)
    else:
        matched = backend.ranked_object_ids([pages], any_group)
        matched.update(backend.ranked_object_ids(snippets, reading.search_query("and")))
    for model, ids in matched.items():
        found[model] = [int(object_id) for object_id in ids]
    return found


def page_hits(page_ids, reading, language_code, terms, exclude_page_ids=()):
    """Pages in the visitor's language first, then other languages' originals, by relevance."""
    candidates = ranked_by_reading(page_candidates(page_ids), reading)
    locale_codes = dict(Locale.objects.values_list("pk", "language_code"))
    # A translation no reviewer has published is indexed with its draft text: it is not a
    # result in any language (its source is, if it matches).
    aliases = {page.pk for page in candidates if page.alias_of_id}
    unpublished = showing_source_text(candidates) - aliases
    exclude_page_ids = {*exclude_page_ids, *unpublished}
    own, others, seen_keys = [], [], set()
    for page in candidates:
        if page.pk in exclude_page_ids:
            continue
        if locale_codes.get(page.locale_id) == language_code:
            own.append(page)
            seen_keys.add(page.translation_key)
    for page in candidates:
        if page.pk in exclude_page_ids:
            continue
        if (
            locale_codes.get(page.locale_id) != language_code
            and page.alias_of_id is None
            and page.translation_key not in seen_keys
        ):
            others.append(page)
            seen_keys.add(page.translation_key)
    chosen = (own + others)[:MAX_RESULTS]
    # Languages from the candidates' own columns: no query per result.
    source_locale_ids = dict(
        Page.objects.filter(
            pk__in=[page.alias_of_id for page in chosen if page.alias_of_id]
        ).values_list("pk", "locale_id")
    )
    # A published translation's row may hold a newer draft: show its published text. The
    # pages' own fields (StreamFields) are loaded only where their text is not cached.
    specific_pages = by_pk(
        with_site_roots_read_once(
            as_readers_see(
                Page.objects.filter(pk__in=[page.pk for page in chosen]).specific(defer=True)
            )
        )
    )
    sections = sections_of(list(specific_pages.values()))
    hits = []
    for page in chosen:
        specific = specific_pages.get(page.pk)
        if specific is None:
            continue
        source_locale_id = source_locale_ids.get(page.alias_of_id, page.locale_id)
        shown_in = locale_codes.get(source_locale_id, language_code)
        hits.append(
            SearchHit(
                title=specific.title,
                url=specific.get_url(),
                kind=_kind_of(specific),
                excerpt=excerpt_for(
                    specific,
                    terms,
                    getattr(specific, "search_description", ""),
                    sections[specific.pk],
                ),
                lang=None if shown_in == language_code else shown_in,
            )
        )
    return hits


def by_pk(pages):
    return {page.pk: page for page in pages}


def agency_url(agency, language_code):
    """The agency's own URL rule (a licence number with "/" has a safe form), in the
    results' language."""
    with translation.override(language_code):
        return agency.get_url()


def in_order(queryset, ids):
    objects = by_pk(queryset.filter(pk__in=ids)) if ids else {}
    return [objects[pk] for pk in ids if pk in objects]


def agency_hits(agencies, language_code, terms):
    hits = []
    for agency in agencies:
        name = agency.name_km if language_code == "km" and agency.name_km else agency.name_latin
        details = " · ".join(
            text for text in (agency.name_km, agency.name_latin, agency.licence_number) if text
        )
        hits.append(
            SearchHit(
                title=name,
                url=agency_url(agency, language_code),
                kind=_kind_of(agency),
                excerpt=highlight(normalise_text(details), terms),
                lang="km" if name == agency.name_km and language_code != "km" else None,
            )
        )
    return hits


def organisation_hits(found, language_code, terms):
    """(own language, other languages' originals) organisation hits."""
    own_keys = {org.translation_key for org in found if org.locale.language_code == language_code}
    own, others = [], []
    for organisation in found:
        in_own_language = organisation.locale.language_code == language_code
        if not in_own_language and organisation.translation_key in own_keys:
            continue
        own_keys.add(organisation.translation_key)
        hit = SearchHit(
            title=organisation.name,
            url=f"/{language_code}/resources/#organisation-{organisation.translation_key}",
            kind=_kind_of(organisation),
            excerpt=excerpt_for(organisation, terms),
            lang=None if in_own_language else organisation.locale.language_code,
        )
        (own if in_own_language else others).append(hit)
    return own, others


def search_site(raw_query, language_code):
    """Everything the search page shows for ``raw_query`` read in ``language_code``.

    Kept in the cache per content generation (``orientation.core.content_generation``: any
    publish starts a new one) under the normalised query (``normalise_text``: spaces,
    invisible marks, Khmer spelling variants), so a popular query, however it was typed,
    costs one cache read until the content changes.
    """
    key = outcome_cache_key(raw_query, language_code)
    outcome = cache.get(key)
    if outcome is None:
        outcome = uncached_search_site(normalise_text(raw_query), language_code)
        cache.set(key, outcome, OUTCOME_CACHE_SECONDS)
    return outcome


def outcome_cache_key(raw_query, language_code):
    digest = hashlib.sha256(normalise_text(raw_query).encode()).hexdigest()
    return f"search-outcome:{current_generation()}:{language_code}:{digest}"


def uncached_search_site(raw_query, language_code):
    raw_query = (raw_query or "").strip()
    outcome = SearchOutcome(
        query=raw_query[:MAX_QUERY_CHARACTERS],
        query_was_cut=len(raw_query) > MAX_QUERY_CHARACTERS,
    )
    outcome.terms = query_terms(raw_query)
    if not outcome.terms:
        return outcome
    reading = read_query(raw_query, language_code)
    outcome.corrected = reading.corrected
    marked = reading.marked_words()
    outcome.promoted = promoted_hits(raw_query, language_code, marked)
    promoted_urls = {hit.url for hit in outcome.promoted}
    found = matches(reading)
    pages = [
        hit
        for hit in page_hits(found[Page], reading, language_code, marked)
        if hit.url not in promoted_urls
    ]
    own_pages = [hit for hit in pages if hit.lang is None]
    other_pages = [hit for hit in pages if hit.lang is not None]
    organisations = in_order(Organisation.objects.select_related("locale"), found[Organisation])
    own_organisations, other_organisations = organisation_hits(organisations, language_code, marked)
    agencies = agency_hits(in_order(Agency.objects.all(), found[Agency]), language_code, marked)
    outcome.hits = (own_pages + agencies + own_organisations + other_pages + other_organisations)[
        :MAX_RESULTS
    ]
    return outcome


def most_frequent_unanswered_queries(days=30, limit=100):
    """Queries that found nothing in the last ``days`` days, most frequent first."""
    from django.db.models import Max, Sum
    from django.utils import timezone

    from orientation.search.models import UnansweredQuery

    since = timezone.localdate() - timezone.timedelta(days=days - 1)
    return list(
        UnansweredQuery.objects.filter(day__gte=since)
        .values("query")
        .annotate(searches=Sum("hits"), last_day=Max("day"))
        .order_by("-searches", "query")[:limit]
    )
