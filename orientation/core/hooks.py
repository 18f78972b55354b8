"""A meeting point between areas, so a destination guide can show what other areas have
for its country (rights explainers, scam warnings, organisations) without importing them.

An area registers a function with Wagtail's hooks:

    @hooks.register(DESTINATION_RELATED_HOOK)
    def rights_for_destination(destination, locale):
        return RelatedSection(heading=_("Your rights"), links=[RelatedLink(title, url)], order=10)

Each function must use a fixed number of queries, whatever the amount of content.
"""

from dataclasses import dataclass, field

from wagtail import hooks

from .content_generation import until_content_changes

DESTINATION_RELATED_HOOK = "destination_related_sections"


@dataclass
class RelatedLink:
    title: str
    url: str
    note: str = ""


@dataclass
class RelatedSection:
    heading: str
    links: list = field(default_factory=list)
    order: int = 50


def related_sections_for_destination(destination, locale):
    """Every area's section for a destination's guide in one language, built once per
    content change (each hook's queries used to run for every reader of every guide)."""
    return until_content_changes(
        f"related-sections:{destination.pk}:{locale.language_code}",
        lambda: build_related_sections(destination, locale),
    )


def build_related_sections(destination, locale):
    sections = []
    for function in hooks.get_hooks(DESTINATION_RELATED_HOOK):
        section = function(destination, locale)
        if section and section.links:
            sections.append(section)
    return sorted(sections, key=lambda section: section.order)
