from django.apps import AppConfig


class DestinationsConfig(AppConfig):
    name = "orientation.destinations"
    label = "destinations"
    default_auto_field = "django.db.models.BigAutoField"
