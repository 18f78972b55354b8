"""Facts about the content languages that Django does not give us.

Django calls Khmer "Khmer" in its own table; a reader looking for their language needs
its native name, and Arabic pages need right-to-left layout.
"""

from django.utils.html import format_html

NATIVE_NAMES = {
    "km": "ខ្មែរ",
    "en": "English",
    "th": "ไทย",
    "ko": "한국어",
    "ms": "Bahasa Melayu",
    "ja": "日本語",
    "zh-hant": "繁體中文",
    "ar": "العربية",
}
RIGHT_TO_LEFT = frozenset({"ar"})
# Languages whose public catalogues translate every interface string (tests/foundation/
# test_interface_catalogues.py checks it); the rest show the interface in English, marked so.
# Drafted translations count: they are listed to editors for a native speaker's review
# (docs/editorial.md, "Interface translations").
INTERFACE_LANGUAGES = frozenset({"km", "en", "th", "ar", "ms", "ko", "ja", "zh-hant"})
INTERFACE_FALLBACK = "en"


def native_name(code):
    return NATIVE_NAMES.get(code, code)


def text_direction(code):
    return "rtl" if code in RIGHT_TO_LEFT else "ltr"


def html_lang(code):
    """BCP 47 tag for a Django language code (zh-hant -> zh-Hant)."""
    if code == "zh-hant":
        return "zh-Hant"
    return code


def staff_language(user):
    """The language a staff member reads the admin and its emails in: their choice in
    Account → Preferences when the admin offers it, else the site's default (Khmer). Every
    email to staff is rendered in it (Wagtail's own workflow emails follow the same choice)."""
    from django.conf import settings
    from django.core.exceptions import ObjectDoesNotExist
    from wagtail.admin.localization import get_available_admin_languages

    try:
        chosen = user.wagtail_userprofile.preferred_language if user else ""
    except ObjectDoesNotExist:  # never opened their preferences
        chosen = ""
    if chosen in dict(get_available_admin_languages()):
        return chosen
    return settings.LANGUAGE_CODE


def interface_language(code):
    """The language a page's interface text (menus, forms, messages) is written in: the
    page's own where its catalogue is complete, else English."""
    return code if code in INTERFACE_LANGUAGES else INTERFACE_FALLBACK


def interface_lang_attrs(code):
    """' lang="en" dir="ltr"' for interface text on a page whose language has no complete
    interface yet (a Thai page's menus are in English), so that screen readers and fonts
    treat it as English; nothing where the interface is in the page's language."""
    interface = interface_language(code)
    return "" if interface == code else lang_attrs(interface)


def lang_attrs(code):
    """' lang="…" dir="…"' for text in `code` inside a page of another language."""
    return format_html(' lang="{}" dir="{}"', html_lang(code), text_direction(code))
