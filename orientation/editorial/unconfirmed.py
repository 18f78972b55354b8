"""Finds every fact nobody has vouched for yet, in any page, snippet or setting, by walking
the stored data rather than each area's blocks: a new block or field that follows the
project's markers is found without changing this module.

The markers (orientation.core): a VerifiedNumberBlock value (a struct with "number" and
"verified") whose "verified" is false; any struct flag named "*_confirmed" or "*_verified"
that is false; a model field "<name>_verified" that is false; and any text that says
"to be confirmed by editors" in English or Khmer.
"""

import re
from dataclasses import dataclass

from django.db import models
from django.utils.html import strip_tags
from wagtail.fields import RichTextField, StreamField

from orientation.core.constants import TO_BE_CONFIRMED_EN, TO_BE_CONFIRMED_KM

MARKER_TEXTS = (TO_BE_CONFIRMED_EN.casefold(), TO_BE_CONFIRMED_KM)
FLAG_SUFFIXES = ("_confirmed", "_verified")


@dataclass
class UnconfirmedFact:
    where: str  # path inside the object, e.g. "body > contact"
    reason: str  # what the marker is
    excerpt: str = ""


def text_is_marked(text):
    folded = text.casefold()
    return any(marker in folded for marker in MARKER_TEXTS)


def excerpt_of(text, width=120):
    plain = re.sub(r"\s+", " ", strip_tags(text)).strip()
    return plain if len(plain) <= width else plain[: width - 1] + "…"


def walk(value, path):
    """Yield UnconfirmedFact for every marker in a raw StreamField/JSON value."""
    if isinstance(value, str):
        if text_is_marked(value):
            yield UnconfirmedFact(
                " > ".join(path), "text says 'to be confirmed'", excerpt_of(value)
            )
        return
    if isinstance(value, list | tuple):
        for item in value:
            yield from walk(item, path)
        return
    if not isinstance(value, dict):
        return
    # A stream child: {"type": ..., "value": ..., "id": ...}
    if "type" in value and "value" in value and isinstance(value.get("type"), str):
        yield from walk(value["value"], [*path, value["type"]])
        return
    # A list child in the newer list format: {"type": "item", "value": ..., "id": ...} is
    # covered above; what remains is a struct.
    if "verified" in value and "number" in value and not value.get("verified"):
        number = value.get("number") or ""
        yield UnconfirmedFact(" > ".join(path), "number not verified", number or "(no number yet)")
    for key, child in value.items():
        if key.endswith(FLAG_SUFFIXES) and child is False:
            yield UnconfirmedFact(" > ".join([*path, key]), f"{key} is not ticked")
        elif key not in {"verified"}:
            yield from walk(child, [*path, key])


def facts_in_instance(instance):
    """Every unconfirmed fact stored on one model instance (page, snippet or setting)."""
    facts = []
    for field in instance._meta.concrete_fields:
        name = field.name
        if isinstance(field, StreamField):
            raw = getattr(instance, name).raw_data
            facts.extend(walk(list(raw), [name]))
        elif isinstance(field, models.BooleanField) and name.endswith(FLAG_SUFFIXES):
            subject = name.rsplit("_", 1)[0]
            if getattr(instance, name) is False and getattr(instance, subject, None):
                facts.append(UnconfirmedFact(name, f"{subject} not {name.rsplit('_', 1)[1]}", ""))
        elif isinstance(field, models.CharField | models.TextField | RichTextField):
            text = getattr(instance, name) or ""
            if isinstance(text, str) and text_is_marked(text):
                facts.append(UnconfirmedFact(name, "text says 'to be confirmed'", excerpt_of(text)))
    return facts
