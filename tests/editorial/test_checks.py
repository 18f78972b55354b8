"""Checks before publishing: machine translation off, the content checker's extra rules,
the plain-language hint, and synchronised slugs for wagtail-localize."""

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.admin.userbar import ContentCheckerItem
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, TranslationSource

from orientation.editorial.plain_language import long_sentences
from orientation.editorial.wagtail_hooks import PortalContentChecker, use_portal_content_checker


def test_machine_translation_is_off_by_default():
    from portal.settings import base

    assert base.WAGTAILLOCALIZE_MACHINE_TRANSLATOR is None


def test_no_machine_translation_button_in_the_translation_editor(settings):
    from wagtail_localize.machine_translators import get_machine_translator

    assert get_machine_translator() is None


def test_content_checker_has_our_rules():
    rules = PortalContentChecker.axe_run_only
    for rule in ["heading-order", "image-alt", "link-name", "valid-lang"]:
        assert rule in rules
    configuration = PortalContentChecker().get_axe_configuration(None)
    assert "image-alt" in configuration["messages"]


def test_userbar_hook_swaps_in_our_checker():
    items = [ContentCheckerItem(in_editor=True)]
    use_portal_content_checker(None, items)
    assert isinstance(items[0], PortalContentChecker)
    assert items[0].in_editor


def test_long_sentences_in_english_and_khmer():
    short = "Keep your passport. Do not give it to anyone."
    long_english = " ".join(["word"] * 30) + "."
    long_khmer = "ក" * 160 + "។"
    assert long_sentences(short) == []
    assert long_sentences(f"<p>{short} {long_english}</p>") == [long_english]
    assert long_sentences(f"{long_khmer} ខ្លី។") == [long_khmer]


def test_editor_is_warned_about_long_sentences(client, editor):
    page = Page.objects.get(depth=2, locale__language_code="km").specific
    client.force_login(editor)
    from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

    data = nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "intro": " ".join(["word"] * 40) + ".",
            "body": streamfield([]),
            "comments": inline_formset([]),
        }
    )
    response = client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data)
    assert response.status_code == 302, response.content[:2000]
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any("word word word" in m for m in warnings), warnings


def test_slugs_are_synchronised_not_translated(home_km, django_capture_on_commit_callbacks):
    from orientation.editorial.content_types import reviewed_page_models
    from orientation.editorial.services import submit_for_translation

    from .discovery import create_page, factories_by_model

    factories = factories_by_model()
    model = next((m for m in reviewed_page_models() if m in factories), None)
    if model is None:
        pytest.skip("no content page type has a factory yet")
    page = create_page(model, home_km, factories)
    thai = Locale.objects.get(language_code="th")
    with django_capture_on_commit_callbacks(execute=True):
        submit_for_translation([page], [thai])
    source = TranslationSource.objects.get_for_instance(page)
    paths = set(StringSegment.objects.filter(source=source).values_list("context__path", flat=True))
    assert "title" in paths
    assert "slug" not in paths
    assert page.get_translation(thai).slug == page.slug


def test_every_translatable_slug_is_declared_synchronised():
    """A model added later with a slug must declare it too (core.models.SYNCHRONISED_SLUG)."""
    from django.apps import apps
    from django.db import models
    from wagtail.models import TranslatableMixin
    from wagtail_localize.fields import SynchronizedField, get_translatable_fields

    checked = []
    for model in apps.get_models():
        if not issubclass(model, TranslatableMixin) or model._meta.label == "wagtailcore.Page":
            continue
        if not any(isinstance(f, models.SlugField) for f in model._meta.concrete_fields):
            continue
        kinds = {field.field_name: type(field) for field in get_translatable_fields(model)}
        assert kinds["slug"] is SynchronizedField, model._meta.label
        checked.append(model._meta.label)
    assert {"home.HomePage", "rights.LegalInstrument", "lessons.LessonPage"} <= set(checked)


def test_userbar_on_a_public_page_runs_our_rules(client, editor):
    page = Page.objects.get(depth=2, locale__language_code="km").specific
    client.force_login(editor)
    html = client.get(page.url).content.decode()
    assert "wagtail-userbar" in html
    assert "page-has-heading-one" in html
    assert "valid-lang" in html
