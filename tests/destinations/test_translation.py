"""wagtail-localize must handle every guide block: submit a guide for translation and
publish the translation (a crash here would otherwise hit an editor)."""

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from .factories import (
    DestinationGuidePageFactory,
    GuideIndexPageFactory,
    audio,
    checklist,
    complaint_link,
    contact_card,
    section,
    show_this,
    sourced_fact,
    warning,
)

pytestmark = pytest.mark.django_db


def test_a_guide_with_every_block_is_translated_and_published(
    home_km, django_capture_on_commit_callbacks
):
    document = Document(title="Recording")
    document.file.save("recording.mp3", ContentFile(b"ID3"), save=False)
    document.save()
    index = GuideIndexPageFactory(parent=home_km)
    guide = DestinationGuidePageFactory(
        parent=index,
        body=[
            section(audio=document),
            checklist(),
            contact_card(),
            contact_card(name="Embassy", number="", verified=False, source=""),
            sourced_fact(),
            warning(),
            show_this(),
            audio(document),
            complaint_link(),
        ],
    )
    source, _created = TranslationSource.get_or_create_from_instance(guide)
    thai = Locale.objects.get(language_code="th")
    # wagtail-localize publishes on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translated, _created = source.create_or_update_translation(
            thai, publish=True, copy_parent_pages=True, fallback=True
        )
    translated = type(guide).objects.get(pk=translated.pk)
    assert translated.live, "the translation was not published"
    assert translated.destination == guide.destination
    assert [block.block_type for block in translated.body] == [
        block.block_type for block in guide.body
    ]
    assert translated.body[7].value["recording"] == document
