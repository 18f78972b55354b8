"""Reads for the admin dashboard: is the background worker alive, is work piling up?"""

import datetime
from dataclasses import dataclass

from django.conf import settings
from django.db.models import Max, Min
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from .models import WorkerHeartbeat

FAILED_WINDOW = datetime.timedelta(hours=24)


def stale_after_seconds():
    """A worker beats every WORKER_HEARTBEAT_SECONDS: not seen for WORKER_STALE_SECONDS, it
    is stopped, stuck or cannot reach the database."""
    return int(settings.WORKER_STALE_SECONDS)


@dataclass
class WorkerHealth:
    last_seen_seconds: int | None  # None: no worker has ever been seen
    workers_alive: int
    waiting: int
    oldest_waiting_seconds: int | None
    failed_last_day: int
    stale_after: int
    last_seen_at: datetime.datetime | None = None
    oldest_waiting_at: datetime.datetime | None = None

    @property
    def worker_stale(self):
        return self.last_seen_seconds is None or self.last_seen_seconds > self.stale_after


def worker_health(now=None):
    now = now or timezone.now()
    stale_after = stale_after_seconds()
    beats = WorkerHeartbeat.objects.aggregate(last=Max("last_seen"))
    alive = WorkerHeartbeat.objects.filter(
        last_seen__gte=now - datetime.timedelta(seconds=stale_after)
    ).count()
    ready = DBTaskResult.objects.ready()
    waiting = ready.aggregate(oldest=Min("enqueued_at"))
    return WorkerHealth(
        last_seen_seconds=_seconds_since(beats["last"], now),
        workers_alive=alive,
        waiting=ready.count(),
        oldest_waiting_seconds=_seconds_since(waiting["oldest"], now),
        failed_last_day=DBTaskResult.objects.failed()
        .filter(finished_at__gte=now - FAILED_WINDOW)
        .count(),
        stale_after=stale_after,
        last_seen_at=beats["last"],
        oldest_waiting_at=waiting["oldest"],
    )


def _seconds_since(moment, now):
    if moment is None:
        return None
    return max(0, int((now - moment).total_seconds()))
