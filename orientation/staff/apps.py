from django.apps import AppConfig


class StaffConfig(AppConfig):
    """Staff accounts: login throttle, second factor (TOTP), idle timeout."""

    name = "orientation.staff"
    label = "staff"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401
