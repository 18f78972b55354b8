from django.apps import AppConfig, apps
from django.db.models.signals import post_delete, post_migrate, post_save


class SearchConfig(AppConfig):
    name = "orientation.search"
    label = "search"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from orientation.core.content_generation import content_changed

        post_migrate.connect(build_index_if_incomplete, dispatch_uid="search-index-on-migrate")
        # Search outcomes are cached per content generation: a changed group of equivalent
        # words must be read at once.
        equivalent_words = self.get_model("EquivalentWords")
        for signal in (post_save, post_delete):
            signal.connect(
                content_changed, sender=equivalent_words, dispatch_uid=f"equivalents-{signal}"
            )


def build_index_if_incomplete(sender, verbosity=1, using="default", **kwargs):
    """Deploying runs `migrate`: a deployment whose published pages are missing from the
    search index (a restored database, a worker that never ran) gets it built there and then,
    so searches are answered before the background worker has drained its queue. A database
    without pages, such as a new one or the test suite's, costs two queries."""
    with_models = [config for config in apps.get_app_configs() if config.models_module]
    if sender is not with_models[-1] or using != "default":
        return
    from django.core.management import call_command

    call_command("rebuild_search_index", if_incomplete=True, verbosity=verbosity)
