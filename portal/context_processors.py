from django.utils.translation import get_language

from orientation.core.languages import html_lang, interface_lang_attrs, text_direction


def portal(request):
    """Language facts every template needs; no database access (runs on every page)."""
    code = get_language() or "km"
    return {
        "current_language": code,
        "current_html_lang": html_lang(code),
        "current_direction": text_direction(code),
        "interface_lang_attrs": interface_lang_attrs(code),
    }
