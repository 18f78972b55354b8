from django import template

from orientation.alerts.selectors import alerts_for_reader

register = template.Library()


@register.inclusion_tag("alerts/alerts_banner.html")
def alerts_banner(destination=None):
    return {"alerts": alerts_for_reader(destination or None)}
