from django.apps import AppConfig


class ComplaintsConfig(AppConfig):
    name = "orientation.complaints"
    label = "complaints"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_delete, post_save

        from . import checks  # noqa: F401 - registers the system checks
        from .models import Complaint
        from .statistics import forget_statistics

        # The public statistics are kept until a complaint changes (statistics.py).
        post_save.connect(forget_statistics, sender=Complaint, dispatch_uid="statistics-save")
        post_delete.connect(forget_statistics, sender=Complaint, dispatch_uid="statistics-del")
