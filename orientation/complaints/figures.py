"""Anonymised complaint figures for a period, as CSV: counts per week, destination, category
and status. Only those four columns are ever read from the database, so no name, contact,
description or reference can reach the file."""

import csv
import io
from collections import Counter
from datetime import timedelta

from django.utils import timezone

from orientation.core.spreadsheets import spreadsheet_safe

from .models import Category, Status, split_codes

HEADER = ["week_starting", "destination", "category", "status", "complaints"]
NO_CATEGORY = "none"
# A year and a bit: longer periods are several exports (keeps the request short).
MAX_PERIOD_DAYS = 400


def week_start(moment):
    day = timezone.localtime(moment).date()
    return day - timedelta(days=day.weekday())


def figure_rows(complaints, first_day, last_day):
    """(week_starting, destination, category, status, count) for complaints received from
    first_day to last_day inclusive (local dates). A complaint with several categories is
    counted once in each of them; one with none under "none"."""
    received = complaints.filter(
        created_at__date__gte=first_day, created_at__date__lte=last_day
    ).values_list("created_at", "destination__slug", "categories", "status")
    counts = Counter()
    for created_at, destination, categories, status in received.order_by().iterator():
        codes = split_codes(categories) or [NO_CATEGORY]
        for code in codes:
            counts[(week_start(created_at), destination, code, status)] += 1
    category_order = {code: i for i, code in enumerate([*Category.values, NO_CATEGORY])}
    status_order = {code: i for i, code in enumerate(Status.values)}
    return [
        (*key, count)
        for key, count in sorted(
            counts.items(),
            key=lambda item: (
                item[0][0],
                item[0][1],
                category_order.get(item[0][2], len(category_order)),
                status_order.get(item[0][3], len(status_order)),
            ),
        )
    ]


def figures_csv(rows):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(HEADER)
    for week, destination, category, status, count in rows:
        writer.writerow(
            [
                spreadsheet_safe(str(cell))
                for cell in (week.isoformat(), destination, category, status)
            ]
            + [count]
        )
    return output.getvalue()
