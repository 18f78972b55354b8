"""Finds, at collection time, every page type and snippet of the project and the factory
that makes each one (tests/<area>/factories.py), so these tests cover areas added later."""

import importlib
import inspect
from pathlib import Path

import factory
import wagtail_factories
from wagtail.models import Locale, Page

from orientation.editorial.content_types import content_snippet_models, project_page_models

TESTS_DIR = Path(__file__).resolve().parent.parent


def factory_modules():
    names = ["tests.factories"]
    for path in sorted(TESTS_DIR.glob("*/factories.py")):
        names.append(f"tests.{path.parent.name}.factories")
    modules = []
    for name in names:
        try:
            modules.append(importlib.import_module(name))
        except ImportError:
            # An area whose models are not there yet; its factories come with them.
            continue
    return modules


def factories_by_model():
    """The most general factory of each model: the one declared first, which is usually the
    plain one (later ones are variants, e.g. ExpiredAlertFactory)."""
    found = {}
    for module in factory_modules():
        for _name, candidate in inspect.getmembers(module, inspect.isclass):
            meta = getattr(candidate, "_meta", None)
            if not isinstance(candidate, factory.base.FactoryMetaClass) or meta is None:
                continue
            model = getattr(meta, "model", None)
            if model is None or meta.abstract or candidate.__module__ != module.__name__:
                continue
            found.setdefault(model, candidate)
    return found


def ids(models):
    return [f"{model._meta.app_label}.{model.__name__}" for model in models]


PAGE_MODELS = project_page_models()
SNIPPET_MODELS = content_snippet_models()


def khmer():
    return Locale.objects.get(language_code="km")


def parent_for(model, home_km, factories):
    """A Khmer page that may hold a page of this type, made with its own factory if the
    tree has none yet (an index page, then the page under it)."""
    parent_models = model.allowed_parent_page_models()
    for parent_model in parent_models:
        if parent_model is Page:
            return Page.get_first_root_node()
        existing = parent_model.objects.filter(locale=home_km.locale, alias_of__isnull=True).first()
        if existing is not None:
            return existing
    for parent_model in parent_models:
        if parent_model in factories:
            return create_page(parent_model, home_km, factories)
    raise LookupError(f"No parent page type of {model.__name__} can be made")


def create_page(model, home_km, factories):
    page_factory = factories[model]
    parent = parent_for(model, home_km, factories)
    if issubclass(page_factory, wagtail_factories.PageFactory):
        page = page_factory(parent=parent, locale=parent.locale)
    else:
        page = page_factory.build(locale=parent.locale)
        parent.add_child(instance=page)
    page = Page.objects.get(pk=page.pk).specific
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def create_snippet(model, factories):
    snippet_factory = factories[model]
    if "locale" in {f.name for f in model._meta.fields}:
        return snippet_factory(locale=khmer())
    return snippet_factory()


# --- Every block, filled -------------------------------------------------------------------


def sample_raw(block, depth=0):
    """Raw (JSON) data for one of this block, with every child filled, so that a translation
    round trip meets every block type a page can hold."""
    import uuid

    from wagtail import blocks

    if depth > 6:
        return block.get_prep_value(block.get_default())
    if isinstance(block, blocks.StreamBlock):
        return [
            {"type": name, "value": sample_raw(child, depth + 1), "id": str(uuid.uuid4())}
            for name, child in block.child_blocks.items()
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {
                "type": "item",
                "value": sample_raw(block.child_block, depth + 1),
                "id": str(uuid.uuid4()),
            }
        ]
    if isinstance(block, blocks.StructBlock):
        return {name: sample_raw(child, depth + 1) for name, child in block.child_blocks.items()}
    if isinstance(block, blocks.RichTextBlock):
        return '<p>Sample <b>rich</b> text with a <a href="https://example.org/">link</a>.</p>'
    if isinstance(block, blocks.EmailBlock):
        return "someone@example.org"
    if isinstance(block, blocks.URLBlock):
        return "https://example.org/"
    if isinstance(block, blocks.BooleanBlock):
        return False
    if isinstance(block, blocks.MultipleChoiceBlock):
        return [first_choice(block)]
    if isinstance(block, blocks.ChoiceBlock):
        return first_choice(block)
    if isinstance(block, blocks.IntegerBlock | blocks.FloatBlock | blocks.DecimalBlock):
        return 1
    if isinstance(block, blocks.DateBlock):
        return "2026-01-15"
    if isinstance(block, blocks.TimeBlock):
        return "09:30:00"
    if isinstance(block, blocks.DateTimeBlock):
        return "2026-01-15T09:30:00+07:00"
    if isinstance(block, blocks.CharBlock | blocks.TextBlock | blocks.RegexBlock):
        return "Sample text"
    return block.get_prep_value(block.get_default())


def first_choice(block):
    for value, label in block.field.choices:
        if isinstance(label, list | tuple):  # a group of choices
            return label[0][0]
        if value not in ("", None):
            return value
    return ""


def fill_every_block(instance):
    """Put one of every block into each StreamField of the instance. Returns the names of
    the fields filled."""
    from wagtail.fields import StreamField

    filled = []
    for field in instance._meta.concrete_fields:
        if isinstance(field, StreamField):
            stream_block = field.stream_block
            setattr(instance, field.name, stream_block.to_python(sample_raw(stream_block)))
            filled.append(field.name)
    return filled
