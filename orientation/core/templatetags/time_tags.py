"""Dates and times as a reader of the page's language writes them, with their time zone: a
worker in Korea or the Gulf reads a due time that is not in their own clock's zone."""

from django import template
from django.utils import timezone
from django.utils.dateformat import format as format_date
from django.utils.html import format_html
from django.utils.translation import get_language, gettext

register = template.Library()

# Khmer writes day, month (by name), year, with the words for each: ថ្ងៃទី 29 ខែវិច្ឆិកា ឆ្នាំ 2026.
DATE_TIME_FORMATS = {"km": "ថ្ងៃទី j ខែF ឆ្នាំ Y, H:i"}
DEFAULT_DATE_TIME_FORMAT = "j F Y, H:i"


def zone_name(zone_key):
    names = {"Asia/Phnom_Penh": gettext("Cambodia time")}
    return names.get(zone_key, zone_key)


def utc_offset(moment):
    minutes = int(moment.utcoffset().total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours}" + (f":{rest:02d}" if rest else "")


@register.simple_tag
def local_datetime(value):
    """<time> with the date and time in the site's time zone, named, and its UTC offset."""
    if not value:
        return ""
    moment = timezone.localtime(value)
    pattern = DATE_TIME_FORMATS.get(get_language(), DEFAULT_DATE_TIME_FORMAT)
    text = gettext("%(time)s (%(zone)s, UTC%(offset)s)") % {
        "time": format_date(moment, pattern),
        "zone": zone_name(timezone.get_current_timezone_name()),
        "offset": utc_offset(moment),
    }
    return format_html('<time datetime="{}">{}</time>', moment.isoformat(), text)
