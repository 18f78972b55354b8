import functools

from django import template
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.translation import get_language
from wagtail.models import Page

from orientation.core.constants import TO_BE_CONFIRMED
from orientation.core.content_generation import until_content_changes
from orientation.core.khmer_font import preload_probe
from orientation.core.languages import (
    NATIVE_NAMES,
    html_lang,
    lang_attrs,
    native_name,
    text_direction,
)
from orientation.core.links import public_url
from orientation.core.public_version import (
    PublicVersion,
    public_version,
    showing_source_text,
)
from orientation.core.unconfirmed import marker

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """One link per content language to this same page, for the switcher and hreflang.

    On a Wagtail page the translations (or the aliases standing in for them) give each URL;
    elsewhere Django's translate_url swaps the language prefix.
    """
    request = context["request"]
    page = context.get("page")
    # The <head> (hreflang) and the switcher both ask: answer once per request and page.
    memo_key = (page.pk if isinstance(page, Page) else None, request.get_full_path())
    memo = request.__dict__.setdefault("_language_links", {})
    if memo_key not in memo:
        memo[memo_key] = _language_links(request, page)
    return memo[memo_key]


def _language_links(request, page):
    current = get_language()
    urls = {}
    aliases = set()
    if isinstance(page, Page) and page.pk:
        urls, aliases = until_content_changes(
            f"language-links:{page.pk}", lambda: translation_urls(page, request)
        )
    links = []
    for code in NATIVE_NAMES:
        url = urls.get(code) or same_path_in(request, code)
        links.append(
            {
                "code": code,
                "lang": html_lang(code),
                "name": native_name(code),
                "url": url,
                "absolute_url": public_url(url),
                "is_current": code == current,
                "is_alias": code in aliases,
            }
        )
    return links


def same_path_in(request, code):
    """This request's address in another language (its query string kept), as Django's
    translate_url gives it for the full path."""
    path, mark, query = request.get_full_path().partition("?")
    return _path_in(path, code) + mark + query


# Django's translate_url resolves and reverses under another active language: about 0.2 ms
# a call, eight calls a page. The answer depends only on the path and the URL patterns, which
# are fixed while the process runs; the bound keeps odd addresses from growing it.
@functools.lru_cache(maxsize=4096)
def _path_in(path, code):
    return translate_url(path, code)


def translation_urls(page, request):
    """({language: the address of this page in it}, {languages showing the source's text})."""
    urls, aliases = {}, set()
    translations = list(page.get_translations(inclusive=True).select_related("locale"))
    in_source_text = showing_source_text(translations)
    for translation in translations:
        code = translation.locale.language_code
        urls[code] = translation.get_url(request)
        if translation.pk in in_source_text:
            aliases.add(code)
    return urls, aliases


def _public_version(context):
    """What readers see of the context's page; a preview shows the draft as it is."""
    page = context.get("page")
    request = context.get("request")
    if not isinstance(page, Page) or getattr(request, "is_preview", False):
        return PublicVersion(page)
    return public_version(page)


@register.simple_tag(takes_context=True)
def shown_in_language(context):
    """When the page stands in for a missing or unfinished translation (an alias, or a
    translation no reviewer has published yet), the language its text is really written
    in; None when the page is in the reader's language."""
    text_locale = _public_version(context).text_locale
    if text_locale is None:
        return None
    code = text_locale.language_code
    return {
        "code": code,
        "lang": html_lang(code),
        "dir": text_direction(code),
        "name": native_name(code),
        # The language's own name, written in it: marked so in a sentence of another one.
        "marked_name": format_html(
            '<span lang="{}" dir="{}">{}</span>',
            html_lang(code),
            text_direction(code),
            native_name(code),
        ),
        "reader_language": native_name(get_language()),
    }


@register.simple_tag(takes_context=True)
def out_of_date_source(context):
    """The source page when this translation lags behind it (its source was published
    after the translation took its content), else None."""
    source = _public_version(context).out_of_date_source
    if source is None:
        return None
    code = source.locale.language_code
    return {
        "url": source.get_url(context["request"]),
        "lang": html_lang(code),
        # The language's own name, marked as written in it, inside a sentence in the reader's.
        "name": format_html('<span lang="{}">{}</span>', html_lang(code), native_name(code)),
    }


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """rel=canonical: the address of the version whose text the page shows, so that an
    untranslated copy (an alias, in Khmer under /th/) is not indexed as a Thai page."""
    source = shown_in_language(context)
    wanted = source["code"] if source else get_language()
    for link in language_links(context):
        if link["code"] == wanted:
            return link["absolute_url"]
    return public_url(context["request"].path)


@register.simple_tag
def khmer_font_preload():
    """On a Khmer page, the script that preloads the Khmer font where the phone has none."""
    return preload_probe() if get_language() == "km" else ""


@register.simple_tag
def to_be_confirmed():
    return TO_BE_CONFIRMED


@register.simple_tag
def unconfirmed_marker(instance):
    """' data-unconfirmed="<app.model>:<pk>"' (space first) on a place shown as "to be
    confirmed by editors", naming the record the editors' report lists
    (orientation.core.unconfirmed)."""
    if getattr(instance, "pk", None) is None:
        return ""  # rendered outside its record (a preview, a bare block)
    return format_html(' data-unconfirmed="{}"', marker(instance))


@register.simple_tag
def destination_help_lines(destination):
    """The numbers a reader of a page about one destination can dial there: its guide's
    verified numbers, never Cambodia's 117 and 119, which cannot be dialled from abroad.
    With `names_lang`, ' lang="…" dir="…"' when the names are in another language than the
    page's (a Thai page of a guide not yet translated lists the Khmer names)."""
    from orientation.destinations.selectors import verified_contacts_and_language

    cards, language = verified_contacts_and_language(destination) if destination else ([], None)
    marked = language and language != get_language()
    return {"cards": cards, "names_lang": lang_attrs(language) if marked else ""}


@register.simple_tag
def cambodian_lines_from_abroad():
    """The site's hotlines (home.ContactSettings) that can be called from abroad and are
    verified: what a worker in danger abroad may call in Cambodia. Never 117 or 119."""
    from home.models import ContactSettings

    return [
        block.value
        for block in ContactSettings.load().hotlines
        if block.value.get("from_abroad") and not block.value["contact"].is_unconfirmed
    ]


@register.filter
def in_language(value_km, value_en):
    """`{{ block.name_km|in_language:block.name_en }}`: Khmer to Khmer readers, English to
    everyone else (the interface fallback language)."""
    return value_km if get_language() == "km" else (value_en or value_km)
