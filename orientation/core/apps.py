from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "orientation.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import spreadsheets

        spreadsheets.install()
