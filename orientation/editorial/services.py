"""Writes of the editorial side: sending content for translation with wagtail-localize's own
machinery (the same TranslationCreator its "Translate this page" button uses)."""

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.operations import TranslationCreator

from .content_types import models_related_to


def pages_of_destination(guide):
    """A destination guide, the pages under it and every page of the same language that
    names its destination (rights explainers, scam warnings...), found through their
    relation to the Destination model, whichever area they come from."""
    guide = guide.specific
    pages = [guide, *guide.get_descendants().filter(alias_of__isnull=True).specific()]
    destination = getattr(guide, "destination", None)
    if destination is not None:
        seen = {page.pk for page in pages}
        for model, field_name in models_related_to(type(destination)):
            related = model.objects.filter(
                **{field_name: destination}, locale_id=guide.locale_id, alias_of__isnull=True
            ).distinct()
            for page in related:
                if page.pk not in seen:
                    seen.add(page.pk)
                    pages.append(page)
    return pages


@transaction.atomic
def submit_for_translation(instances, locales, user=None):
    """Submit pages or snippets for translation into each locale. Untranslated strings fall
    back to the source until a translator fills them in wagtail-localize's editor. Each
    translation is saved as a draft (WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE): readers
    keep seeing the source with the "not yet translated" notice until a reviewer publishes."""
    creator = TranslationCreator(user, list(locales))
    for instance in instances:
        if isinstance(instance, Page):
            instance = instance.specific
        creator.create_translations(instance)
    return creator.mappings
