"""Every page type and content snippet has a factory (torchbox's habit): the generic tests
of this folder, and every area's own, can then make one of anything."""

import pytest
from wagtail.models import TranslatableMixin

from .discovery import PAGE_MODELS, SNIPPET_MODELS, factories_by_model, ids


def test_the_project_has_page_types_to_check():
    names = {model.__name__ for model in PAGE_MODELS}
    assert "HomePage" in names


@pytest.mark.parametrize("model", PAGE_MODELS, ids=ids(PAGE_MODELS))
def test_every_page_type_has_a_factory(model):
    assert model in factories_by_model(), (
        f"{model._meta.label} has no factory in tests/<area>/factories.py"
    )


# Reference data made by a data migration (the nine destinations) needs no factory; the
# content snippets that editors write and translators translate do.
TRANSLATABLE_SNIPPETS = [m for m in SNIPPET_MODELS if issubclass(m, TranslatableMixin)]


@pytest.mark.parametrize("model", TRANSLATABLE_SNIPPETS, ids=ids(TRANSLATABLE_SNIPPETS))
def test_every_translatable_snippet_has_a_factory(model):
    assert model in factories_by_model(), (
        f"{model._meta.label} has no factory in tests/<area>/factories.py"
    )
