"""Facts that a translation never changes (issue 17): phone numbers, licence and instrument
numbers, slugs, links, dates and verification flags are copied from the Khmer source on every
wagtail-localize sync, and are neither offered as strings to translate nor as values to
override. A translator who could turn a verified 191 into 999 would publish a wrong number
under the source's "verified" tick.

Two tools: `facts(...)` for model fields (in a model's `override_translatable_fields`), and
`FactChildrenMixin` for StructBlocks whose children mix translatable text and facts.
"""

from wagtail import blocks
from wagtail_localize.fields import SynchronizedField
from wagtail_localize.segments.extract import StreamFieldSegmentExtractor
from wagtail_localize.segments.ingest import StreamFieldSegmentsWriter


def facts(*field_names):
    """Model fields copied from the source, with no override offered to translators."""
    return [SynchronizedField(name, overridable=False) for name in field_names]


class FactChildrenMixin:
    """A StructBlock whose `fact_children` are kept from the source; its other children are
    extracted and restored exactly as wagtail-localize would (text, rich text, nested blocks).

    wagtail-localize calls `get_translatable_segments` / `restore_translated_segments` on a
    block that has them instead of walking it itself (segments/extract.py, ingest.py)."""

    fact_children = ()

    def get_translatable_segments(self, value):
        # No overridables: a link or chosen object of a fact child must not be overridden,
        # and the other children are text.
        extractor = StreamFieldSegmentExtractor(None, include_overridables=False)
        raw = self.get_prep_value(value)
        segments = []
        for name, child in self.child_blocks.items():
            if name in self.fact_children:
                continue
            # wagtail-localize reads a struct's raw value under "value", a list's as is.
            child_raw = raw.get(name)
            if isinstance(child, blocks.StructBlock):
                child_raw = {"value": child_raw}
            segments.extend(
                segment.wrap(name)
                for segment in extractor.handle_block(child, value.get(name), raw_value=child_raw)
            )
        return segments

    def restore_translated_segments(self, value, segments):
        # Fact children get no segments, so they keep the source's value.
        segments = [s for s in segments if s.path.split(".", 1)[0] not in self.fact_children]
        writer = StreamFieldSegmentsWriter(None, None, None)
        return writer.handle_struct_block(value, segments)
