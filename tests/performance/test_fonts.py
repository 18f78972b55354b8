"""Fonts on a phone (issue 23): a phone that already has a Khmer font downloads none, and
only Khmer (and Thai) pages ask for their font before the stylesheet does."""

import re
from pathlib import Path

import pytest
from django.conf import settings

CSS = Path(settings.BASE_DIR) / "static" / "css"
FONT_FACE = re.compile(r"@font-face\s*{(.*?)}", re.DOTALL)


@pytest.mark.parametrize("stylesheet", ["portal.css", "admin.css"])
def test_every_font_is_looked_for_on_the_phone_before_it_is_downloaded(stylesheet):
    faces = FONT_FACE.findall((CSS / stylesheet).read_text())
    assert faces
    for face in faces:
        src = re.search(r"src:(.*?);", face, re.DOTALL).group(1)
        sources = re.findall(r"(local|url)\(", src)
        assert sources[0] == "local", face
        assert sources[-1] == "url", face  # the site's own file when the phone has none
        assert sources.count("url") == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "font"),
    [("km", "noto-sans-khmer-regular"), ("th", "noto-sans-thai-regular"), ("en", None)],
)
def test_only_the_pages_in_a_script_preload_its_regular_font(client, home_km, language, font):
    html = client.get(f"/{language}/").content.decode()
    preloads = re.findall(r'<link rel="preload" href="([^"]+)" as="font"', html)
    if font is None:
        assert preloads == []
    else:
        assert len(preloads) == 1 and font in preloads[0]
        assert "bold" not in preloads[0]
