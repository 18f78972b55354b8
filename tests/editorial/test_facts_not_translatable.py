"""Issue 17 item 3: facts never change through translation. Numbers, licence and instrument
numbers, slugs, links, dates and verification flags are copied from the Khmer source; a
translator is offered neither the string to translate nor a value to override.

What counts as a fact is decided here from the field or block itself (its type, or a name
such as "number"), not from the lists the models declare, so a new field or block that
holds a fact and is left translatable fails these tests."""

import re
import uuid

import pytest
from django.apps import apps
from django.db import models
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail.models import DraftStateMixin, Locale, Page, TranslatableMixin
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import (
    String,
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)
from wagtail_localize.segments import OverridableSegmentValue
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor, extract_segments
from wagtail_localize.strings import StringValue

from orientation.editorial.content_types import is_project_model
from orientation.editorial.services import submit_for_translation

from .discovery import create_page, factories_by_model, ids, sample_raw

FACT_NAMES = {"number", "licence_number", "slug", "year", "website", "link", "phone"}
FACT_SUFFIXES = ("_url", "_confirmed", "_verified", "_number", "_date", "_at")
FACT_BLOCK_TYPES = (
    blocks.URLBlock,
    blocks.EmailBlock,
    blocks.DateBlock,
    blocks.DateTimeBlock,
    blocks.TimeBlock,
    blocks.BooleanBlock,
    blocks.IntegerBlock,
    blocks.DecimalBlock,
    blocks.FloatBlock,
    blocks.PageChooserBlock,
)
FACT_MODEL_FIELDS = (
    models.URLField,
    models.EmailField,
    models.SlugField,
    models.DateField,  # DateTimeField too
    models.BooleanField,
    models.IntegerField,  # the positive and small ones too
    models.ForeignKey,
)
# Wagtail's own publishing state on a snippet, not content.
PUBLISHING_FIELDS = {f.name for f in DraftStateMixin._meta.fields}
DIALLED = "191"


def is_fact_name(name):
    return name in FACT_NAMES or name.endswith(FACT_SUFFIXES) or name == "verified"


def is_fact_child(name, block):
    if isinstance(block, FACT_BLOCK_TYPES):
        return True
    return isinstance(block, blocks.CharBlock | blocks.TextBlock) and is_fact_name(name)


def translatable_models():
    return sorted(
        (
            m
            for m in apps.get_models()
            if issubclass(m, TranslatableMixin) and is_project_model(m) and not m._meta.abstract
        ),
        key=lambda m: m._meta.label,
    )


TRANSLATABLE_MODELS = translatable_models()


def struct_blocks():
    """Every StructBlock any project model's StreamField can hold, nested ones included."""
    found = {}

    def visit(block):
        if isinstance(block, blocks.StructBlock):
            found.setdefault(type(block), block)
        for child in getattr(block, "child_blocks", {}).values():
            visit(child)
        if isinstance(block, blocks.ListBlock):
            visit(block.child_block)

    for model in apps.get_models():
        if not is_project_model(model):
            continue
        for field in model._meta.concrete_fields:
            if isinstance(field, StreamField):
                visit(field.stream_block)
    return sorted(found.values(), key=lambda b: type(b).__qualname__)


STRUCT_BLOCKS = struct_blocks()


def fact_raw(block):
    """Sample data where every fact child that holds text holds a number a translator
    could change."""
    raw = sample_raw(block)
    for name, child in block.child_blocks.items():
        if isinstance(child, blocks.StructBlock):
            raw[name] = fact_raw(child)
        elif is_fact_child(name, child) and isinstance(child, blocks.CharBlock):
            raw[name] = DIALLED
    return raw


def fact_paths(block, prefix=()):
    for name, child in block.child_blocks.items():
        if is_fact_child(name, child):
            yield (*prefix, name)
        elif isinstance(child, blocks.StructBlock):
            yield from fact_paths(child, (*prefix, name))


def segment_data(segment):
    return str(getattr(segment, "string", None) or getattr(segment, "data", ""))


def test_the_walk_finds_the_blocks_holding_numbers():
    names = {type(b).__name__ for b in STRUCT_BLOCKS}
    assert {"VerifiedNumberBlock", "ContactCardBlock", "SourcedFactBlock"} <= names
    assert len(TRANSLATABLE_MODELS) >= 3


@pytest.mark.parametrize("block", STRUCT_BLOCKS, ids=[type(b).__name__ for b in STRUCT_BLOCKS])
def test_no_fact_child_of_a_block_is_offered_for_translation(block):
    raw = fact_raw(block)
    value = block.to_python(raw)
    extractor = StreamFieldSegmentExtractor(None, include_overridables=True)
    segments = extractor.handle_block(block, value, raw_value={"value": raw, "id": "x"})
    offered = {tuple(s.path.split(".")) for s in segments}
    for path in fact_paths(block):
        assert not any(o[: len(path)] == path for o in offered), (path, offered)
    assert not any(segment_data(s) == DIALLED for s in segments)


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=ids(TRANSLATABLE_MODELS))
def test_fact_fields_of_a_model_are_synchronised_and_not_overridable(model, db):
    instance = model()
    for translatable in get_translatable_fields(model):
        field = translatable.get_field(model)
        if not isinstance(field, models.Field) or field.name in PUBLISHING_FIELDS:
            continue
        if field.model is Page or issubclass(Page, field.model):
            continue  # Wagtail's own page fields (slug is checked below)
        is_fact = isinstance(field, FACT_MODEL_FIELDS) or is_fact_name(field.name)
        if not is_fact:
            continue
        assert not translatable.is_translated(instance), field.name
        assert translatable.is_synchronized(instance), field.name
        assert not translatable.is_overridable(instance), field.name
    if issubclass(model, Page) or "slug" in {f.name for f in model._meta.fields}:
        slug = [t for t in get_translatable_fields(model) if t.field_name == "slug"]
        assert slug and not slug[0].is_translated(instance)
        assert not slug[0].is_overridable(instance)


@pytest.mark.parametrize("model", TRANSLATABLE_MODELS, ids=ids(TRANSLATABLE_MODELS))
def test_extracting_a_filled_instance_offers_no_fact(model, home_km):
    """The same through wagtail-localize's own extractor on an instance with every block."""
    instance = model(locale=home_km.locale)
    for field in model._meta.concrete_fields:
        if isinstance(field, StreamField):
            stream = field.stream_block
            raw = []
            for name, child in stream.child_blocks.items():
                value = (
                    fact_raw(child) if isinstance(child, blocks.StructBlock) else sample_raw(child)
                )
                raw.append({"type": name, "value": value, "id": str(uuid.uuid4())})
            setattr(instance, field.name, stream.to_python(raw))
    for segment in extract_segments(instance):
        assert segment_data(segment) != DIALLED, segment.path
        parts = segment.path.split(".")
        if isinstance(segment, OverridableSegmentValue) and parts[-1].startswith("'"):
            continue  # a link inside rich text is part of the text
        assert not is_fact_name(parts[-1]), segment.path


# --- End to end: a translator tries to change a verified number --------------------------


def test_translator_cannot_change_a_verified_number(
    client, home_km, editorial, django_capture_on_commit_callbacks
):
    from orientation.destinations.models import DestinationGuidePage
    from tests.destinations.factories import contact_card, section

    factories = factories_by_model()
    guide = create_page(DestinationGuidePage, home_km, factories)
    guide.body = [section(), contact_card(name="Police", number=DIALLED, source="Widely known")]
    guide.save_revision().publish()
    guide = DestinationGuidePage.objects.get(pk=guide.pk)

    thai = Locale.objects.get(language_code="th")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation([guide], [thai])
    source = TranslationSource.objects.get_for_instance(guide)
    offered = StringSegment.objects.filter(source=source).select_related("string", "context")
    assert offered.exists()
    assert not any(DIALLED in s.string.data for s in offered)

    # The translator "translates" every string offered, turning any 191 into 999, and
    # also records 999 as the translation of the string 191 itself.
    for segment in offered:
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=thai,
            context=segment.context,
            defaults={"data": segment.string.data.replace(DIALLED, "999") + " (th)"},
        )
    number = String.from_value(home_km.locale, StringValue.from_plaintext(DIALLED))
    for segment in offered.filter(context__path__contains="contact"):
        StringTranslation.objects.get_or_create(
            translation_of=number, locale=thai, context=segment.context, data="999"
        )
    translation = Translation.objects.get(source=source, target_locale=thai)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    thai_guide = guide.get_translation(thai).specific
    card = next(b for b in thai_guide.body if b.block_type == "contact_card")
    assert card.value["contact"]["number"] == DIALLED
    assert card.value["contact"]["verified"] is True
    assert card.value["name"].endswith("(th)")  # the text was translated
    response = client.get(thai_guide.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="tel:{DIALLED}"' in html
    # Whole numbers only: block ids are random UUIDs that may hold "999".
    assert not re.search(r"(?<![0-9a-f-])999(?![0-9a-f-])", html)
