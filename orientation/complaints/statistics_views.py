"""The public statistics page, its CSV files and its JSON (portal/api.py registers the
endpoint): thin views over statistics.complaint_statistics()."""

import csv
import io

from django.http import HttpResponse
from django.shortcuts import render
from django.utils.dateformat import format as format_date
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from orientation.core.languages import text_direction
from orientation.core.spreadsheets import spreadsheet_safe
from orientation.destinations.models import Destination

from .statistics import SMALL_COUNT, category_label, complaint_statistics

# Browsers and proxies may keep a copy this long; the figures themselves are kept until a
# complaint changes (statistics.py).
PUBLIC_SECONDS = 60
MONTH_FORMATS = {"km": "ខែF ឆ្នាំ Y"}

# One horizontal bar chart in SVG user units: fits a 360-pixel phone at full width.
CHART_WIDTH = 340
LABEL_WIDTH = 130
VALUE_WIDTH = 80
ROW_HEIGHT = 30


def month_label(month):
    return format_date(month, MONTH_FORMATS.get(get_language(), "F Y"))


def count_text(count):
    return (
        _("fewer than %(number)s") % {"number": SMALL_COUNT}
        if count.suppressed
        else str(count.value)
    )


def bar_chart(rows, rtl=False):
    """Geometry of a horizontal bar chart drawn by the template as SVG: [(label, Count)] to
    bars scaled to the largest published count; a suppressed count gets no bar, only its
    words. Right to left (Arabic), the chart is mirrored: labels on the right, bars growing
    leftwards (each text starts at its x and runs in the page's direction)."""
    largest = max((count.value for _label, count in rows if not count.suppressed), default=0)
    room = CHART_WIDTH - LABEL_WIDTH - VALUE_WIDTH
    bars = []
    for index, (label, count) in enumerate(rows):
        length = (
            0 if count.suppressed or not largest else max(2, round(room * count.value / largest))
        )
        bar_x, value_x, label_x = LABEL_WIDTH, LABEL_WIDTH + length + 4, 0
        if rtl:
            label_x = CHART_WIDTH
            bar_x = CHART_WIDTH - LABEL_WIDTH - length
            value_x = bar_x - 4
        bars.append(
            {
                "label": label,
                "text": count_text(count),
                "y": index * ROW_HEIGHT,
                "text_y": index * ROW_HEIGHT + round(ROW_HEIGHT * 0.65),
                "label_x": label_x,
                "bar_x": bar_x,
                "width": length,
                "value_x": value_x,
                "height": ROW_HEIGHT - 8,
            }
        )
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": max(1, len(rows)) * ROW_HEIGHT,
        "direction": "rtl" if rtl else "ltr",
    }


@require_safe
@cache_control(public=True, max_age=PUBLIC_SECONDS)
def statistics_page(request):
    figures = complaint_statistics()
    rtl = text_direction(get_language()) == "rtl"
    names = {d.slug: d.name for d in Destination.objects.all()}
    destinations = [
        {"name": names.get(slug, slug), "figures": group, "received": count_text(group.received)}
        for slug, group in figures.by_destination
    ]
    rows = [
        {
            "month": month_label(row.month),
            "destination": names.get(row.destination_slug, row.destination_slug),
            "figures": row.figures,
            "received": count_text(row.figures.received),
            "urgent": count_text(row.figures.urgent),
            "closed": count_text(row.figures.closed),
            "categories": [category_label(code) for code, _count in row.figures.main_categories],
        }
        for row in reversed(figures.rows)
    ]
    context = {
        "figures": figures,
        "first_month": month_label(figures.first_month),
        "last_month": month_label(figures.last_month),
        "total_received": count_text(figures.total.received),
        "month_chart": bar_chart([(month_label(m), c) for m, c in figures.by_month], rtl),
        "destination_chart": bar_chart(
            [(d["name"], d["figures"].received) for d in destinations], rtl
        ),
        "months": [
            {"month": month_label(m), "received": count_text(c)} for m, c in figures.by_month
        ],
        "destinations": destinations,
        "rows": rows,
        "agencies": [
            {"agency": a, "complaints": count_text(a.complaints)} for a in figures.agencies
        ],
        "small_count": SMALL_COUNT,
    }
    return render(request, "complaints/statistics.html", context)


# A group's published figures, as the CSV columns and the API fields name them.
GROUP_FIELDS = (
    "received",
    "urgent",
    "closed",
    "percent_first_answered_within_48_hours",
    "percent_urgent_first_answered_in_time",
    "median_hours_to_first_answer",
    "main_categories",
)


def group_json(group):
    """The figures of GROUP_FIELDS by name (None: not published)."""
    values = (
        group.received.value,
        group.urgent.value,
        group.closed.value,
        group.share_in_time,
        group.share_urgent_in_time,
        group.median_hours,
        [code for code, _count in group.main_categories],
    )
    return dict(zip(GROUP_FIELDS, values, strict=True))


MONTH_HEADER = ["month", "destination", *GROUP_FIELDS]


def _csv_value(value):
    if isinstance(value, list):
        return " ".join(value)
    return "" if value is None else value


def _csv_response(header, rows, name):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(header)
    for row in rows:
        writer.writerow([spreadsheet_safe(value) for value in row])
    response = HttpResponse(output.getvalue(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@require_safe
@cache_control(public=True, max_age=PUBLIC_SECONDS)
def statistics_csv(request):
    """One line per destination and month with complaints. An empty count, share or median
    is one not published: fewer than 5 (the page says so in words)."""
    figures = complaint_statistics()
    rows = [
        [
            row.month.strftime("%Y-%m"),
            row.destination_slug,
            *(_csv_value(value) for value in group_json(row.figures).values()),
        ]
        for row in figures.rows
    ]
    return _csv_response(MONTH_HEADER, rows, "complaint-statistics.csv")


@require_safe
@cache_control(public=True, max_age=PUBLIC_SECONDS)
def agencies_csv(request):
    figures = complaint_statistics()
    rows = [
        [a.licence_number, a.name_latin, _csv_value(a.complaints.value)] for a in figures.agencies
    ]
    return _csv_response(
        ["licence_number", "agency", "complaints"], rows, "complaint-statistics-agencies.csv"
    )


def destination_items(figures):
    """One item per destination: its figures over the period and per month (the API)."""
    months = {}
    for row in figures.rows:
        months.setdefault(row.destination_slug, []).append(
            {"month": row.month.strftime("%Y-%m"), **group_json(row.figures)}
        )
    return [
        {"id": slug, "destination": slug, **group_json(group), "by_month": months.get(slug, [])}
        for slug, group in figures.by_destination
    ]


def statistics_meta(figures):
    return {
        "total_count": len(figures.by_destination),
        "period": {
            "first_month": figures.first_month.strftime("%Y-%m"),
            "last_month": figures.last_month.strftime("%Y-%m"),
        },
        "small_count": SMALL_COUNT,
        "note": (
            f"null: fewer than {SMALL_COUNT} complaints (a count), or worked out from fewer "
            f"than {SMALL_COUNT} (a percentage or median), so not published"
        ),
        "all_destinations": group_json(figures.total),
        "by_month": [
            {"month": month.strftime("%Y-%m"), "received": count.value}
            for month, count in figures.by_month
        ],
        "agencies": [
            {
                "licence_number": a.licence_number,
                "name_latin": a.name_latin,
                "name_km": a.name_km,
                "complaints": a.complaints.value,
            }
            for a in figures.agencies
        ],
    }
