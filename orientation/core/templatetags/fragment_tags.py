from django import template
from django.core.cache import cache
from django.utils.safestring import mark_safe

from orientation.core.content_generation import UNTIL_CHANGE_SECONDS, fragment_key

register = template.Library()


@register.simple_tag(takes_context=True)
def include_kept(context, template_name, key, seconds=UNTIL_CHANGE_SECONDS):
    """{% include %} of a fragment every reader sees alike, kept in the cache under `key`
    (the caller puts the language and the content generation in it). A key of None (a
    preview, a form sent back with what someone typed) renders the fragment afresh."""
    fragment = context.template.engine.get_template(template_name)
    if not key:
        return fragment.render(context)
    cache_key = f"fragment:{template_name}:{key}"
    html = cache.get(cache_key)
    if html is None:
        html = fragment.render(context)
        cache.set(cache_key, html, seconds)
    return mark_safe(html)  # noqa: S308 - rendered by the template engine, escaped there


@register.simple_tag(takes_context=True)
def kept_key(context, *parts):
    """A key for {% include_kept %} (content_generation.fragment_key) in a template."""
    return fragment_key(*parts, request=context.get("request"))
