from django.apps import AppConfig


class OperationsConfig(AppConfig):
    """The running of the site: the background worker's health on the admin dashboard."""

    name = "orientation.operations"
    label = "operations"
    default_auto_field = "django.db.models.BigAutoField"
