"""Editors' sound files and photos: audio mp3/ogg/m4a only and size-limited, with a play button only
when there is one; photos as phone-sized WebP renditions with their text alternative."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils import translation
from wagtail.documents import get_document_model

from orientation.core.demo import ensure_translation
from orientation.lessons.blocks import LessonAudioBlock, validate_lesson_audio

from .factories import LessonIndexPageFactory, LessonPageFactory, sample_steps

pytestmark = pytest.mark.django_db


def document(name, size=1000):
    Document = get_document_model()
    doc = Document(title=name)
    doc.file.save(name, ContentFile(b"\0" * size), save=False)
    doc.file_size = size
    doc.save()
    return doc


@pytest.mark.parametrize("name", ["ka.mp3", "ka.ogg", "ka.m4a", "KA.MP3"])
def test_accepted_formats(name):
    validate_lesson_audio(document(name))


@pytest.mark.parametrize("name", ["ka.wav", "ka.pdf", "ka.csv"])
def test_other_formats_are_refused(name):
    with translation.override("en"), pytest.raises(ValidationError, match="mp3, ogg, m4a"):
        validate_lesson_audio(document(name))


def test_a_big_file_is_refused(settings):
    settings.LESSON_AUDIO_MAX_BYTES = 10_000
    with translation.override("en"), pytest.raises(ValidationError, match="too big"):
        validate_lesson_audio(document("ka.mp3", size=10_001))
    validate_lesson_audio(document("ok.mp3", size=10_000))


def test_the_block_validates_what_editors_choose():
    with pytest.raises(ValidationError):
        LessonAudioBlock(required=False).clean(document("ka.wav"))
    assert LessonAudioBlock(required=False).clean(None) is None


def test_a_card_with_sound_has_a_play_button_and_plain_controls(client, home_km):
    sound = document("cha.mp3")
    steps = sample_steps()
    steps[0]["value"]["audio"] = sound.pk
    index = LessonIndexPageFactory(parent=home_km)
    lesson = LessonPageFactory(parent=index, slug="with-sound", body=steps)
    ensure_translation(lesson, "en", title="With sound", body=steps)
    document_html = BeautifulSoup(client.get("/en/lessons/with-sound/").content, "html.parser")
    card = document_html.find("li", id="step-1")
    assert card.find("audio")["src"] == sound.url
    assert card.find("audio").has_attr("controls"), "without JavaScript: the browser's controls"
    assert card.find("button", attrs={"data-play": True}).has_attr("hidden")
    # The cards without a sound have none.
    assert not document_html.find("li", id="step-2").find("audio")


def test_a_photo_is_served_as_phone_sized_webp_with_its_meaning_as_alt(client, home_km):
    import wagtail_factories

    photo = wagtail_factories.ImageFactory(title="cat photo", width=1200, height=900)
    steps = sample_steps()
    steps[1]["value"]["image"] = photo.pk
    index = LessonIndexPageFactory(parent=home_km)
    lesson = LessonPageFactory(parent=index, slug="with-photo", body=steps)
    ensure_translation(lesson, "en", title="With photo", body=steps)
    page = BeautifulSoup(client.get("/en/lessons/with-photo/").content, "html.parser")
    img = page.find("li", id="step-2").find("img")
    assert img["alt"] == "Thank you"
    candidates = [entry.split()[0] for entry in img["srcset"].split(",")]
    assert all(url.endswith(".webp") for url in candidates)
    widths = sorted(int(entry.split()[1].rstrip("w")) for entry in img["srcset"].split(","))
    assert max(widths) <= 480
