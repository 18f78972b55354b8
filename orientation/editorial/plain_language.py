"""A plain-language hint for editors: sentences long enough that readers who read little
will lose the thread. A hint, never a block on publishing.

Khmer is written without spaces between words, so a Khmer sentence is measured in
characters (ending at ។ or ៕); other languages in words."""

import re

from django.utils.html import strip_tags
from wagtail.fields import StreamField

MAX_WORDS = 25
MAX_KHMER_CHARACTERS = 150
SENTENCE_END = re.compile(r"(?<=[.!?។៕])\s*|\n+")
KHMER = re.compile(r"[\u1780-\u17FF]")


def is_long(sentence):
    if len(KHMER.findall(sentence)) > len(sentence) / 2:
        return len(sentence.replace(" ", "")) > MAX_KHMER_CHARACTERS
    return len(sentence.split()) > MAX_WORDS


def long_sentences(text):
    plain = strip_tags(text or "")
    sentences = (s.strip() for s in SENTENCE_END.split(plain))
    return [s for s in sentences if s and is_long(s)]


def strings_in(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for child in value.values():
            yield from strings_in(child)
    elif isinstance(value, list | tuple):
        for child in value:
            yield from strings_in(child)


def texts_of(instance):
    from django.db import models

    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            yield from strings_in(list(getattr(instance, field.name).raw_data))
        elif isinstance(field, models.TextField):
            yield getattr(instance, field.name) or ""


def long_sentences_in(instance):
    found = []
    for text in texts_of(instance):
        found.extend(long_sentences(text))
    return found
