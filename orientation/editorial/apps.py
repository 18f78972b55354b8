from django.apps import AppConfig, apps
from django.db.models.signals import post_migrate, post_save


class EditorialConfig(AppConfig):
    name = "orientation.editorial"
    label = "editorial"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        post_migrate.connect(grant_after_last_app_migrated, dispatch_uid="editorial-roles")
        post_save.connect(grant_on_new_home_page, dispatch_uid="editorial-home-permissions")


def grant_after_last_app_migrated(sender, using="default", **kwargs):
    # post_migrate is sent once per app that has models, in INSTALLED_APPS order;
    # permissions of the apps after this one (Wagtail's, wagtail-localize's) exist only once
    # the last of them is done.
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is not with_models[-1]:
        return
    from .roles import ensure_editorial_setup

    ensure_editorial_setup()


def grant_on_new_home_page(sender, instance, created, raw=False, **kwargs):
    """A new locale tree (a home page made by wagtail-localize's sync or the demo loader)
    gets its page permissions at once, so a translator can work in it the same day."""
    if not created or raw or getattr(instance, "depth", None) != 2:
        return
    from wagtail.models import Page

    if not isinstance(instance, Page):
        return
    from .roles import grant_page_permissions, groups_by_name

    grant_page_permissions(groups_by_name(), home_pages=[instance])
