from django.apps import AppConfig


class PortalConfig(AppConfig):
    name = "portal"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from portal import interface_language_fallback, page_cache

        interface_language_fallback.install()
        page_cache.connect_invalidation()
