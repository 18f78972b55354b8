"""Helpers every area's demo.py uses to build pages once, in Khmer and English.

Idempotent by design: a page that already exists (found by its slug under its parent) is
left as it is, so running the loader twice gives the same site and never overwrites what
editors changed.
"""

from django.db import transaction
from wagtail.models import Locale, Page
from wagtail_localize.synctree import PageIndex, synchronize_tree


def locale_for(code):
    return Locale.objects.get(language_code=code)


def child_page(parent, slug):
    return parent.get_children().filter(slug=slug).specific().first()


def ensure_child_page(parent, page_class, slug, **fields):
    """The Khmer (source) page under parent, created and published if it does not exist."""
    existing = child_page(parent, slug)
    if existing is not None:
        return existing, False
    page = page_class(slug=slug, locale_id=parent.locale_id, **fields)
    parent.add_child(instance=page)
    page.save_revision().publish()
    return page, True


def ensure_translation(source, code, **fields):
    """The translation of source into the locale code, with its own fields, published.

    A page that is only an alias in that locale (the synchronised tree's placeholder) is
    turned into a real translation.
    """
    locale = locale_for(code)
    translation = source.get_translation_or_none(locale)
    if translation is not None and not translation.alias_of_id:
        return translation.specific, False
    if translation is not None:
        from wagtail.actions.convert_alias import ConvertAliasPageAction

        ConvertAliasPageAction(translation).execute(skip_permission_checks=True)
        translation = translation.specific_class.objects.get(pk=translation.pk)
    else:
        translation = source.copy_for_translation(locale, copy_parents=True).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.save_revision().publish()
    return translation, True


def ensure_page_in_km_and_en(parent_km, page_class, slug, km, en):
    """Create (once) a Khmer page and its English translation. km and en are field dicts."""
    with transaction.atomic():
        page, _created = ensure_child_page(parent_km, page_class, slug, **km)
        ensure_translation(page, "en", **en)
    return page


def ensure_index_page(parent_km, page_class, slug, entry):
    """An area's index page, built from the 'index' entry of its demo YAML (title, intro)."""
    return ensure_page_in_km_and_en(
        parent_km,
        page_class,
        slug,
        km=entry.fields("km", "title", "intro"),
        en=entry.fields("en", "title", "intro"),
    )


def synchronise_all_locales():
    """Fill every locale tree with aliases of the Khmer pages not yet translated there, so no
    language ever answers 404 for a page that exists in Khmer."""
    source = Locale.get_default()
    # Read once (0.4 s a read): the aliases made in one locale change no entry another
    # locale's pass looks at (its own translations and aliases).
    index = PageIndex.from_database().sort_by_tree_position()
    for locale in Locale.objects.exclude(pk=source.pk):
        synchronize_tree(source, locale, page_index=index)


def root_page():
    """Wagtail's tree root (made by Wagtail's migrations; rebuilt if a test flushed it)."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=Locale.get_default()))
    return root
