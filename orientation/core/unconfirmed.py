"""The one definition of "to be confirmed by editors" (issue 17 item 7): what the public
pages mark as such and what the editors' report lists are both read from here.

- A block value is unconfirmed when it says so: its StructValue has `is_unconfirmed` true
  (a number nobody vouched for, a contact card marked to be confirmed, a "show this" card
  whose local sentences nobody checked, a to-be-confirmed note in any language).
- A model instance's own facts are those its `own_unconfirmed_facts()` names (a legal
  instrument without year or official link, an agency without licence dates...).
- `unconfirmed_facts(instance)` is both: the names of every fact of that page, snippet or
  setting that readers see as "to be confirmed by editors". Templates test a name in it
  (`{% if "year" in instrument.unconfirmed_facts %}`) and mark the place with
  `{% unconfirmed_marker instance %}`, which gives `data-unconfirmed="<app.model>:<pk>"`.
"""

from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.fields import StreamField


def marker(instance):
    """The value of a place's data-unconfirmed attribute: which record it belongs to."""
    return f"{instance._meta.label_lower}:{instance.pk}"


def _walk(value, path):
    if getattr(value, "is_unconfirmed", False):
        yield " > ".join(path)
        return
    if isinstance(value, blocks.StreamValue):
        for child in value:
            yield from _walk(child.value, [*path, child.block_type])
    elif isinstance(value, blocks.StructValue):
        for name, child in value.items():
            yield from _walk(child, [*path, name])
    elif isinstance(value, blocks.list_block.ListValue | list | tuple):
        for child in value:
            yield from _walk(child, path)


def unconfirmed_in_stream(stream_value, name):
    """Paths ("body > contact_card") of the unconfirmed blocks of one StreamField value."""
    return list(_walk(stream_value, [name]))


def unconfirmed_facts(instance):
    """Every fact of this instance that readers see as "to be confirmed by editors"."""
    own = getattr(instance, "own_unconfirmed_facts", None)
    names = list(own()) if own else []
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            names.extend(unconfirmed_in_stream(getattr(instance, field.name), field.name))
    return names


class UnconfirmedFactsMixin:
    """Gives a model `unconfirmed_facts` for its templates; it implements
    `own_unconfirmed_facts()` for the facts held in its own fields."""

    def own_unconfirmed_facts(self):
        return []

    @cached_property
    def unconfirmed_facts(self):
        return unconfirmed_facts(self)
