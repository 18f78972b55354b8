"""The content generation: a number in the shared cache that any change of public content
moves on. Whatever is cached "until the content changes" (rendered pages, search outcomes)
puts it in its keys, so one bump forgets all of it on every host at once.

Kept here, below the areas and the project, so that an area can read or bump it without
depending on the page cache that the project installs (portal/page_cache.py)."""

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def current_generation():
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, 1, timeout=None)
        generation = cache.get(GENERATION_KEY, 1)
    return generation


def bump_generation(**kwargs):
    """Start a new generation (also a signal receiver, hence **kwargs)."""
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:
        cache.set(GENERATION_KEY, 2, timeout=None)
