"""Workaround: wagtail-localize offers every SlugField (a CharField) as text to translate.

Our URL contract keeps the same Latin slug in every locale (/km/destinations/thailand/ and
/en/destinations/thailand/), and a snippet's slug that a translator (or a tool) fills in
gets saved as "[en] thailand", which fails validation and blocks the whole translation
(found by tests/editorial/test_translate_everything.py with LegalInstrument).

So slugs are synchronised (copied from the source) instead, for every model that does not
declare its own `translatable_fields`. Delete this module when wagtail-localize treats
SlugField like URLField (synchronised by default).
"""

from django.core.exceptions import FieldDoesNotExist
from django.db import models

_installed = False


def synchronise_slugs(get_translatable_fields):
    from wagtail_localize.fields import SynchronizedField, TranslatableField

    def get_translatable_fields_with_synchronised_slugs(model):
        fields = get_translatable_fields(model)
        if hasattr(model, "translatable_fields"):
            return fields
        result = []
        for field in fields:
            if type(field) is TranslatableField and is_slug_field(model, field.field_name):
                field = SynchronizedField(field.field_name)
            result.append(field)
        return result

    get_translatable_fields_with_synchronised_slugs.original = get_translatable_fields
    return get_translatable_fields_with_synchronised_slugs


def is_slug_field(model, name):
    try:
        return isinstance(model._meta.get_field(name), models.SlugField)
    except FieldDoesNotExist:  # child relations are not model fields
        return False


def install():
    """Patch the two places wagtail-localize looks fields up (extraction and copying)."""
    global _installed
    if _installed:
        return
    from wagtail_localize import fields
    from wagtail_localize.segments import extract

    patched = synchronise_slugs(fields.get_translatable_fields)
    fields.get_translatable_fields = patched
    extract.get_translatable_fields = patched
    _installed = True
