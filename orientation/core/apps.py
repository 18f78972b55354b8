from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "orientation.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf.locale import LANG_INFO

        from . import checks, spreadsheets  # noqa: F401 - checks registers the system checks
        from .languages import native_name

        spreadsheets.install()
        # Django's table gives Khmer's own name as "Khmer"; the admin's language picker
        # (Account → Preferences) shows each language by that name.
        LANG_INFO["km"]["name_local"] = native_name("km")
