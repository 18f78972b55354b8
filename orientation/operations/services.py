"""Writes for the running of the site: the background worker's heartbeat."""

import datetime

from django.utils import timezone

from .models import WorkerHeartbeat

# Heartbeats of workers gone for this long are deleted when a worker starts.
FORGET_AFTER = datetime.timedelta(days=7)


def record_heartbeat(*, worker_id, hostname="", pid=None, queues="", now=None):
    """One short write (no explicit transaction): the worker with this id is alive now."""
    now = now or timezone.now()
    updated = WorkerHeartbeat.objects.filter(worker_id=worker_id).update(last_seen=now)
    if not updated:
        WorkerHeartbeat.objects.create(
            worker_id=worker_id,
            hostname=hostname[:255],
            pid=pid,
            queues=queues[:255],
            started_at=now,
            last_seen=now,
        )
        WorkerHeartbeat.objects.filter(last_seen__lt=now - FORGET_AFTER).delete()
