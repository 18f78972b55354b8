"""The reader's-language fallback for translatable records (snippets): one rule for every
area, view and API.

A reader sees each record in their language when it is translated, and otherwise its Khmer
(source-locale) record: record by record, so one translated record never hides the others
that are not translated yet (an untranslated emergency alert must still reach an English
reader)."""

from django.conf import settings
from django.db.models import Q
from wagtail.coreutils import get_supported_content_language_variant


def in_reader_locale(queryset, locale):
    """`queryset` (a TranslatableMixin model) narrowed to what a reader of `locale` sees."""
    # The source language by its code, not a Locale row: no query of its own.
    source = get_supported_content_language_variant(settings.LANGUAGE_CODE)
    if locale is None or locale.language_code == source:
        return queryset.filter(locale__language_code=source)
    translated_keys = queryset.filter(locale=locale).values("translation_key")
    return queryset.filter(
        Q(locale=locale)
        | (Q(locale__language_code=source) & ~Q(translation_key__in=translated_keys))
    )
