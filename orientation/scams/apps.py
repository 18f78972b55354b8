from django.apps import AppConfig


class ScamsConfig(AppConfig):
    name = "orientation.scams"
    label = "scams"
    default_auto_field = "django.db.models.BigAutoField"
