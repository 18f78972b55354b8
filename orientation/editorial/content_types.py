"""Which models the editorial side covers, found at run time so that every area's page
types and snippets are included as soon as they exist (areas are built in parallel)."""

from wagtail.models import DraftStateMixin, TranslatableMixin, WorkflowMixin
from wagtail.models import get_page_models as wagtail_page_models
from wagtail.snippets.models import get_snippet_models

# Apps whose models are content that editors write. Complaints are personal data: never
# editorial content, whatever is registered as a snippet there.
PROJECT_APP_PREFIXES = ("home", "orientation.")
NON_EDITORIAL_APP_LABELS = {"complaints"}


def is_project_model(model):
    module = model._meta.app_config.name
    return module == "home" or module.startswith(PROJECT_APP_PREFIXES[1])


def project_page_models():
    """Concrete page types of this project (Wagtail's own Page excluded)."""
    return [
        model
        for model in wagtail_page_models()
        if is_project_model(model) and not model._meta.abstract
    ]


def reviewed_page_models():
    """Page types that carry last_reviewed and review_interval_days (BasePage)."""
    from orientation.core.models import ReviewedContentMixin

    return [model for model in project_page_models() if issubclass(model, ReviewedContentMixin)]


def content_snippet_models():
    """Snippets that editors write: every registered snippet of this project except the
    complaint side."""
    return [
        model
        for model in get_snippet_models()
        if is_project_model(model) and model._meta.app_label not in NON_EDITORIAL_APP_LABELS
    ]


def project_setting_models():
    """Site settings of this project (wagtail.contrib.settings): hotlines, footer."""
    from wagtail.contrib.settings.registry import registry

    return [model for model in registry if is_project_model(model)]


def translatable_snippet_models():
    return [model for model in content_snippet_models() if issubclass(model, TranslatableMixin)]


def workflow_snippet_models():
    """Snippets Wagtail can send through a workflow (they need WorkflowMixin + drafts)."""
    return [
        model
        for model in content_snippet_models()
        if issubclass(model, WorkflowMixin) and issubclass(model, DraftStateMixin)
    ]


def models_related_to(target_model):
    """(page model, field name) pairs for every project page type with a foreign key or
    many-to-many to target_model: how a destination's related pages are found."""
    pairs = []
    for model in project_page_models():
        for field in model._meta.get_fields():
            if (
                getattr(field, "related_model", None) is target_model
                and (field.many_to_many or field.many_to_one)
                and field.concrete
            ):
                pairs.append((model, field.name))
    return pairs
