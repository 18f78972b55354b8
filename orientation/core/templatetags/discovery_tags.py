"""Open Graph and Twitter card tags, so a guide shared in a chat app shows its title, its
summary and the portal's icon instead of a bare link."""

from django import template
from django.templatetags.static import static
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from orientation.core.links import public_url

register = template.Library()

# og:locale wants language_TERRITORY; the territory is where most readers of that language are.
OPEN_GRAPH_LOCALES = {
    "km": "km_KH",
    "en": "en_GB",
    "th": "th_TH",
    "ko": "ko_KR",
    "ms": "ms_MY",
    "ja": "ja_JP",
    "zh-hant": "zh_HK",
    "ar": "ar_SA",
}
SHARE_IMAGE = "icons/app-512.png"
# Page fields that make a good one-line preview, in order of preference.
SUMMARY_FIELDS = ("search_description", "summary", "intro")


def page_summary(page):
    for name in SUMMARY_FIELDS:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


@register.inclusion_tag("core/open_graph_meta.html", takes_context=True)
def open_graph_meta(context):
    request = context.get("request")
    page = context.get("page")
    site_name = _("Safe work abroad")
    is_page = isinstance(page, Page)
    title = (page.seo_title or page.title) if is_page else context.get("og_title", "")
    description = page_summary(page) if is_page else context.get("og_description", "")
    language = get_language() or "km"
    return {
        "site_name": site_name,
        "title": title or site_name,
        "description": description
        or _(
            "Pre-departure information for Cambodian migrant workers: guides, rights, scams, "
            "complaints."
        ),
        "url": public_url(request.path) if request else "",
        "image": public_url(static(SHARE_IMAGE)),
        "locale": OPEN_GRAPH_LOCALES.get(language, "km_KH"),
        "type": "article" if is_page and page.depth > 2 else "website",
    }
