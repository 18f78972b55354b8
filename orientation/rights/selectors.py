"""Reads for the rights area. Each function uses a fixed number of queries, whatever the
number of explainers or instruments (docs/design.md budget: no N+1).

Relations are matched by translation key rather than by row: wagtail-localize copies a page's
many-to-many values from its Khmer source, so an English explainer points at the Khmer
instruments, and an alias in another language may point at whatever its source had. Going
through translation keys gives the same answer in every language.
"""

from django.utils.translation import get_language
from wagtail.models import Locale

from orientation.destinations.models import Destination

from .models import LegalInstrument, RightsPage

# The language an instrument is shown in when it has no translation in the reader's: English
# (the interface's fallback), then Khmer (the source).
FALLBACK_LANGUAGES = ("en", "km")


def reader_language():
    return get_language() or "km"


def reader_locale():
    try:
        return Locale.get_active()
    except Locale.DoesNotExist:
        return Locale.get_default()


def language_preference(language=None):
    language = language or reader_language()
    return [language, *(code for code in FALLBACK_LANGUAGES if code != language)]


def best_translation_per_key(instruments, language=None):
    """From several translations of each instrument, the one in the most preferred language,
    in the order of the first appearance of each key."""
    preference = language_preference(language)
    rank = {code: position for position, code in enumerate(preference)}
    chosen = {}
    for instrument in instruments:
        code = instrument.locale.language_code
        current = chosen.get(instrument.translation_key)
        if current is None or rank.get(code, 99) < rank.get(current.locale.language_code, 99):
            chosen[instrument.translation_key] = instrument
    return list(chosen.values())


def in_preferred_languages(queryset, language=None):
    return queryset.filter(locale__language_code__in=language_preference(language)).select_related(
        "locale"
    )


def instruments_in_reader_language():
    """Every instrument once, in the reader's language where translated."""
    instruments = in_preferred_languages(LegalInstrument.objects.all()).order_by(
        "sort_order", "name"
    )
    return best_translation_per_key(instruments)


def instrument_in_reader_language(slug):
    found = best_translation_per_key(
        in_preferred_languages(LegalInstrument.objects.filter(slug=slug))
    )
    return found[0] if found else None


def instruments_cited_by(page):
    """The instruments a page cites, in the reader's language. An alias cites what its
    source cites. A deleted instrument simply drops out (its relation rows go with it)."""
    citing_page_ids = [page.pk]
    if page.alias_of_id:
        citing_page_ids.append(page.alias_of_id)
    cited_keys = LegalInstrument.objects.filter(rights_pages__in=citing_page_ids).values(
        "translation_key"
    )
    instruments = in_preferred_languages(
        LegalInstrument.objects.filter(translation_key__in=cited_keys)
    ).order_by("sort_order", "name")
    return best_translation_per_key(instruments)


def explainers_for_index(index_page):
    """The live explainers under this index, in tree order: one query."""
    return list(
        RightsPage.objects.child_of(index_page).live().defer_streamfields().order_by("path")
    )


def explainers_citing(index_page, instrument):
    """The live explainers under this index (so in the reader's language) that cite the
    instrument in any of its translations."""
    citing_keys = RightsPage.objects.filter(
        cited_instruments__translation_key=instrument.translation_key
    ).values("translation_key")
    return list(
        RightsPage.objects.child_of(index_page)
        .live()
        .filter(translation_key__in=citing_keys)
        .defer_streamfields()
        .order_by("path")
    )


def explainers_for_destination(destination, locale):
    """The live explainers in this locale whose page (in any language) names the
    destination: one query."""
    related_keys = RightsPage.objects.filter(related_destinations=destination).values(
        "translation_key"
    )
    return list(
        RightsPage.objects.live()
        .filter(locale=locale, translation_key__in=related_keys)
        .defer_streamfields()
        .order_by("path")
    )


def destinations_of(page):
    page_ids = [page.pk]
    if page.alias_of_id:
        page_ids.append(page.alias_of_id)
    return Destination.objects.filter(rights_pages__in=page_ids).distinct()


def destination_guide_url(destination, language=None):
    """The URL contract's guide address (docs/design.md): /<lang>/destinations/<slug>/."""
    return f"/{language or reader_language()}/destinations/{destination.slug}/"


def destination_guide_links(page):
    return [
        {"destination": destination, "url": destination_guide_url(destination)}
        for destination in destinations_of(page).order_by("sort_order", "slug")
    ]


def index_url_of(page, request=None):
    """The rights index's URL, read off the explainer's own URL (its parent's plus its slug),
    to spare a query for the parent."""
    url = page.get_url(request=request) or ""
    suffix = f"{page.slug}/"
    return url[: -len(suffix)] if url.endswith(suffix) else url


def instrument_url(index_url, instrument):
    return f"{index_url}instruments/{instrument.slug}/"


def with_page_urls(instruments, index_url):
    """Each instrument with the URL of its page under the rights index (`page_url`)."""
    for instrument in instruments:
        instrument.page_url = instrument_url(index_url, instrument)
    return instruments


def split_bilateral_agreements(instruments):
    """(general instruments, bilateral MoUs): an explainer lists the MoUs compactly, since
    one per destination would otherwise bury the conventions and policies."""
    general, agreements = [], []
    for instrument in instruments:
        is_mou = instrument.kind == LegalInstrument.Kind.BILATERAL_MOU
        (agreements if is_mou else general).append(instrument)
    return general, agreements
