"""How the rights pages pick a language and build their links: plain functions over records
already read, with no model of their own, so that both the models (the pages' routes) and the
selectors use them without depending on each other.

Relations are matched by translation key rather than by row: wagtail-localize copies a page's
many-to-many values from its Khmer source, so an English explainer points at the Khmer
instruments, and an alias in another language may point at whatever its source had. Going
through translation keys gives the same answer in every language.
"""

from django.utils.translation import get_language

# The language an instrument is shown in when it has no translation in the reader's: English
# (the interface's fallback), then Khmer (the source).
FALLBACK_LANGUAGES = ("en", "km")


def reader_language():
    return get_language() or "km"


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


def pages_and_source(page):
    """The page's id, and its source's when it is an alias (an alias cites what its source
    cites)."""
    return [page.pk, page.alias_of_id] if page.alias_of_id else [page.pk]


def destination_guide_url(destination, language=None):
    """The URL contract's guide address (docs/design.md): /<lang>/destinations/<slug>/."""
    return f"/{language or reader_language()}/destinations/{destination.slug}/"


def index_url_of(page, request=None):
    """The rights index's URL, read off the explainer's own URL (its parent's plus its slug),
    to spare a query for the parent."""
    url = page.get_url(request=request) or ""
    suffix = f"{page.slug}/"
    return url[: -len(suffix)] if url.endswith(suffix) else url


def with_page_urls(instruments, index_url):
    """Each instrument with the URL of its page under the rights index (`page_url`)."""
    for instrument in instruments:
        instrument.page_url = f"{index_url}instruments/{instrument.slug}/"
    return instruments


def split_bilateral_agreements(instruments):
    """(general instruments, bilateral MoUs): an explainer lists the MoUs compactly, since
    one per destination would otherwise bury the conventions and policies."""
    general, agreements = [], []
    for instrument in instruments:
        (agreements if instrument.is_bilateral_agreement else general).append(instrument)
    return general, agreements
