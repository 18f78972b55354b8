from django import template
from django.utils.translation import get_language

from orientation.alerts.selectors import alerts_for_reader

register = template.Library()


@register.inclusion_tag("alerts/alerts_banner.html")
def alerts_banner(destination=None):
    # The reader's language, so that an alert shown in Khmer is marked lang="km".
    return {"alerts": alerts_for_reader(destination or None), "current_language": get_language()}
