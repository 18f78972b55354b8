from django.apps import AppConfig


class TelegramConfig(AppConfig):
    name = "orientation.telegram"
    label = "telegram"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from orientation.telegram import signals

        signals.connect()
