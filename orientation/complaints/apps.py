from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "orientation.complaints"
    label = "complaints"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
