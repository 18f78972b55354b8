from django.db import models
from django.utils.translation import gettext_lazy as _


class UnansweredQuery(models.Model):
    """How many times a day a query found nothing: what editors should write about next.

    Only the normalised query and a count: no address, no user, no time of day.
    """

    query = models.CharField(_("query"), max_length=200)
    day = models.DateField(_("day"))
    hits = models.PositiveIntegerField(_("searches"), default=0)

    class Meta:
        verbose_name = _("query with no results")
        verbose_name_plural = _("queries with no results")
        constraints = [
            models.UniqueConstraint(fields=["query", "day"], name="unanswered_query_once_a_day")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self):
        return f"{self.query} ({self.day}: {self.hits})"
