from django.db import models
from django.utils.translation import gettext_lazy as _


class WorkerHeartbeat(models.Model):
    """The last time each `db_worker` process said it was alive.

    Kept in the database, not the cache: the dashboard must tell a stopped worker even while
    Redis is down, and the worker needs the database anyway.
    """

    worker_id = models.CharField(max_length=64, unique=True)
    hostname = models.CharField(max_length=255, blank=True)
    pid = models.PositiveIntegerField(null=True)
    queues = models.CharField(max_length=255, blank=True)
    started_at = models.DateTimeField()
    last_seen = models.DateTimeField(db_index=True)

    class Meta:
        verbose_name = _("background worker heartbeat")
        verbose_name_plural = _("background worker heartbeats")

    def __str__(self):
        return f"{self.hostname}:{self.pid} ({self.worker_id})"
