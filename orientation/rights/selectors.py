"""Reads of the rights area for other areas' pages. Each function uses a fixed number of
queries, whatever the number of explainers (docs/design.md budget: no N+1). The pages' own
reads are methods of the models (orientation/rights/models.py)."""

from orientation.core.public_version import as_readers_see

from .models import RightsPage


def explainers_for_destination(destination, locale):
    """The live explainers in this locale whose page (in any language) names the
    destination: one query."""
    related_keys = RightsPage.objects.filter(related_destinations=destination).values(
        "translation_key"
    )
    return as_readers_see(
        RightsPage.objects.live()
        .filter(locale=locale, translation_key__in=related_keys)
        .defer_streamfields()
        .order_by("path")
    )
