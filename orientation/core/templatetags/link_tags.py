from django import template

from orientation.core.links import complaint_form_url as build_complaint_form_url

register = template.Library()


@register.simple_tag
def complaint_form_url(destination_slug=None):
    return build_complaint_form_url(destination_slug)
