from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "orientation.core"
    label = "core"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.conf.locale import LANG_INFO
        from django.db.models.signals import post_save
        from wagtail_localize.models import TranslationLog

        from . import checks, spreadsheets  # noqa: F401 - checks registers the system checks
        from .languages import native_name
        from .public_version import keep_published_snippet_after_translation_log

        spreadsheets.install()
        post_save.connect(
            keep_published_snippet_after_translation_log,
            sender=TranslationLog,
            dispatch_uid="keep-published-snippet-translations",
        )
        # Django's table gives Khmer's own name as "Khmer"; the admin's language picker
        # (Account → Preferences) shows each language by that name.
        LANG_INFO["km"]["name_local"] = native_name("km")
