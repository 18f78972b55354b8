from django import template
from django.utils.translation import get_language

from orientation.alerts.selectors import alerts_for_reader
from orientation.core.languages import interface_language, lang_attrs

register = template.Library()


@register.inclusion_tag("alerts/alerts_banner.html")
def alerts_banner(destination=None):
    """An alert shown in Khmer to a reader of another language is marked as Khmer, and the
    interface text around it as the interface's language."""
    reader = get_language()
    interface = interface_language(reader)
    alerts = alerts_for_reader(destination or None)
    for alert in alerts:
        code = alert.locale.language_code
        alert.fallback_lang_attrs = lang_attrs(code) if code != reader else ""
        # "Read more" is interface text inside the alert's language.
        alert.interface_lang_attrs = lang_attrs(interface) if interface != code else ""
    return {"alerts": alerts}
