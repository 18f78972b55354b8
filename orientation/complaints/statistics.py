"""Public complaint statistics (/<lang>/statistics/, its CSV and /api/v2/statistics/):
selectors over the complaint rows themselves, no second copy of the data.

Only anonymous columns are read (destination, categories, status, urgency, the registered
agency and the times of filing, first answer and closing), so no name, contact, text or
reference can reach the figures. Every count under SMALL_COUNT is published as "fewer than
5", and a share or median worked out from fewer than SMALL_COUNT cases is not published, so
that no single case can be recognised. Figures are kept in the cache until a complaint
changes (a signal moves STATISTICS_VERSION_KEY on) or STATISTICS_SECONDS pass (a case's
clock running out changes a share without any save)."""

import logging
import statistics as pystats
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime

from django.core.cache import cache
from django.utils import timezone

from orientation.core.content_generation import kept_for_version
from orientation.destinations.models import Destination
from orientation.scams.models import Agency

from .models import Category, Complaint, Status, response_hours, split_codes

logger = logging.getLogger(__name__)

SMALL_COUNT = 5
MONTHS = 12
STATISTICS_SECONDS = 600
STATISTICS_VERSION_KEY = "complaint-statistics:version"


@dataclass(frozen=True)
class Count:
    """A published count: `value` is None when the real count is under SMALL_COUNT."""

    value: int | None

    @classmethod
    def of(cls, number):
        return cls(number if number >= SMALL_COUNT else None)

    @property
    def suppressed(self):
        return self.value is None


@dataclass
class Group:
    """The figures of one destination in one month (or of a whole period)."""

    received: int = 0
    urgent: int = 0
    closed: int = 0
    # Cases whose clock has run out or that were answered, and those answered in time.
    due: int = 0
    in_time: int = 0
    urgent_due: int = 0
    urgent_in_time: int = 0
    answer_hours: list = field(default_factory=list)
    categories: Counter = field(default_factory=Counter)

    def add(self, row, now):
        created, _destination, categories, status, urgent, first_response, _agency = row
        self.received += 1
        self.urgent += bool(urgent)
        self.closed += status == Status.CLOSED
        for code in split_codes(categories):
            self.categories[code] += 1
        limit = response_hours(urgent=urgent) * 3600
        if first_response is not None:
            waited = (first_response - created).total_seconds()
            self.answer_hours.append(waited / 3600)
            answered_in_time = waited <= limit
        else:
            answered_in_time = False
            if (now - created).total_seconds() <= limit:
                return  # its clock is still running: neither in time nor late yet
        if urgent:
            self.urgent_due += 1
            self.urgent_in_time += answered_in_time
        else:
            self.due += 1
            self.in_time += answered_in_time

    def published(self):
        return PublishedGroup(
            received=Count.of(self.received),
            urgent=Count.of(self.urgent),
            closed=Count.of(self.closed),
            share_in_time=share(self.in_time, self.due),
            share_urgent_in_time=share(self.urgent_in_time, self.urgent_due),
            median_hours=(
                round(pystats.median(self.answer_hours), 1)
                if len(self.answer_hours) >= SMALL_COUNT
                else None
            ),
            main_categories=[
                (code, count)
                for code, count in self.categories.most_common(3)
                if count >= SMALL_COUNT
            ],
        )


def share(part, whole):
    """A whole percentage, or None when worked out from fewer than SMALL_COUNT cases."""
    return round(100 * part / whole) if whole >= SMALL_COUNT else None


@dataclass(frozen=True)
class PublishedGroup:
    received: Count
    urgent: Count
    closed: Count
    share_in_time: int | None  # % of non-urgent cases first answered within 48 hours
    share_urgent_in_time: int | None  # % of urgent cases first answered within their hours
    median_hours: float | None  # median time to a first answer, in hours
    main_categories: list  # [(Category code, count)], the three largest of SMALL_COUNT or more


@dataclass(frozen=True)
class MonthRow:
    month: date  # the first day of the month
    destination_slug: str
    figures: PublishedGroup


@dataclass(frozen=True)
class AgencyRow:
    licence_number: str
    name_latin: str
    name_km: str
    complaints: Count


@dataclass(frozen=True)
class ComplaintStatistics:
    first_month: date
    last_month: date
    months: list  # first days of the months covered, oldest first
    rows: list  # MonthRow for each destination and month with at least one complaint
    by_month: list  # (month, Count) for all destinations, each month of the period
    by_destination: list  # (destination slug, PublishedGroup) over the period, every one
    total: PublishedGroup
    agencies: list  # AgencyRow for each agency of the register named in a complaint
    computed_at: object


def month_start(moment):
    return timezone.localtime(moment).date().replace(day=1)


def months_back(first_day, count):
    months = [first_day]
    while len(months) < count:
        day = months[-1]
        months.append(
            day.replace(year=day.year - 1, month=12)
            if day.month == 1
            else day.replace(month=day.month - 1)
        )
    return list(reversed(months))


def compute_statistics(now=None, months=MONTHS):
    """The figures of the last `months` months (this one included), from the complaint rows."""
    now = now or timezone.now()
    covered = months_back(month_start(now), months)
    start = timezone.make_aware(datetime(covered[0].year, covered[0].month, 1))
    rows = Complaint.objects.filter(created_at__gte=start, created_at__lte=now).values_list(
        "created_at",
        "destination_id",
        "categories",
        "status",
        "in_danger",
        "first_response_at",
        "agency_id",
    )
    # In the destinations' own order (their Meta), which every table follows.
    destinations = list(Destination.objects.values_list("pk", "slug"))
    slugs = dict(destinations)
    order = {pk: index for index, (pk, _slug) in enumerate(destinations)}
    per_month = defaultdict(Group)
    per_destination = defaultdict(Group)
    all_months = defaultdict(int)
    total = Group()
    agencies = Counter()
    for row in rows.order_by().iterator():
        month = month_start(row[0])
        per_month[(row[1], month)].add(row, now)
        per_destination[row[1]].add(row, now)
        total.add(row, now)
        all_months[month] += 1
        if row[6] is not None:
            agencies[row[6]] += 1
    registered = Agency.objects.in_register().filter(pk__in=agencies).order_by("name_latin")
    return ComplaintStatistics(
        first_month=covered[0],
        last_month=covered[-1],
        months=covered,
        rows=[
            MonthRow(month, slugs[pk], group.published())
            for (pk, month), group in sorted(
                per_month.items(), key=lambda item: (item[0][1], order.get(item[0][0], 0))
            )
        ],
        by_month=[(month, Count.of(all_months.get(month, 0))) for month in covered],
        by_destination=[(slug, per_destination[pk].published()) for pk, slug in destinations],
        total=total.published(),
        agencies=[
            AgencyRow(a.licence_number, a.name_latin, a.name_km, Count.of(agencies[a.pk]))
            for a in registered
        ],
        computed_at=now,
    )


def complaint_statistics():
    """compute_statistics, kept in the shared cache until a complaint changes."""
    version = cache.get(STATISTICS_VERSION_KEY) or 0
    return kept_for_version(
        f"complaint-statistics:{version}", compute_statistics, STATISTICS_SECONDS
    )


def forget_statistics(**kwargs):
    """A complaint was saved or deleted (a signal receiver, hence **kwargs). Runs inside the
    complaint's own transaction: whatever the cache does, it must never lose a complaint."""
    try:
        try:
            cache.incr(STATISTICS_VERSION_KEY)
        except ValueError:
            cache.set(STATISTICS_VERSION_KEY, 1, timeout=None)
    except Exception:
        logger.exception("could not mark the complaint statistics as out of date")


def category_label(code):
    return dict(Category.choices).get(code, code)
