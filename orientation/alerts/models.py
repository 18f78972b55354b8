from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin

from orientation.core.translation import facts


class AlertQuerySet(models.QuerySet):
    def current(self, at=None):
        at = at or timezone.now()
        return self.filter(live=True, starts_at__lte=at).filter(
            models.Q(expires_at__isnull=True) | models.Q(expires_at__gt=at)
        )

    def for_destination(self, destination):
        """Alerts for every destination, plus those naming this one."""
        if destination is None:
            return self
        return self.filter(
            models.Q(destinations__isnull=True) | models.Q(destinations=destination)
        ).distinct()


class Alert(WorkflowMixin, TranslatableMixin, DraftStateMixin, RevisionMixin, ClusterableModel):
    """An emergency notice shown as a banner on the pages of its destinations until it expires."""

    class Level(models.TextChoices):
        INFO = "info", _("Information")
        WARNING = "warning", _("Warning")
        EMERGENCY = "emergency", _("Emergency")

    title = models.CharField(_("title"), max_length=160)
    message = models.TextField(_("message"), max_length=600)
    level = models.CharField(_("level"), max_length=12, choices=Level, default=Level.WARNING)
    destinations = ParentalManyToManyField(
        "destinations.Destination",
        blank=True,
        related_name="alerts",
        verbose_name=_("destinations"),
        help_text=_("Leave empty to show the alert for every destination."),
    )
    link = models.URLField(_("link"), blank=True)
    starts_at = models.DateTimeField(_("shown from"), default=timezone.now)
    expires_at = models.DateTimeField(_("expires at"), null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = AlertQuerySet.as_manager()

    panels = [
        FieldPanel("title"),
        FieldPanel("message"),
        FieldPanel("level"),
        FieldPanel("destinations"),
        FieldPanel("link"),
        FieldPanel("starts_at"),
        FieldPanel("expires_at"),
    ]
    # What a translator translates is the wording; the link and the dates are the source's.
    override_translatable_fields = facts("level", "link", "starts_at", "expires_at")

    class Meta(TranslatableMixin.Meta):
        ordering = ["-starts_at"]
        verbose_name = _("alert")
        verbose_name_plural = _("alerts")

    def __str__(self):
        return self.title
