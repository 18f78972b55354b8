"""Fonts on a phone (issue 23): a phone that already has a Khmer font downloads none. No page
carries a plain font preload: it downloads the file even where the phone has the font, which
cost the Khmer pages 33 KB and their LCP on the 3G-like profile (2.4 s without the preload,
3.3 s with it: bench/lighthouse_scores.py). Khmer pages name the file only to the probe that
preloads it where the phone has no Khmer font (orientation/core/khmer_font.py)."""

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
@pytest.mark.parametrize("language", ["km", "th", "en", "ar"])
def test_no_page_downloads_a_font_the_phone_may_already_have(client, home_km, language):
    html = client.get(f"/{language}/").content.decode()
    assert not re.findall(r'<link rel="preload"[^>]+as="font"', html)
    probe_font = re.findall(r'<script data-font="([^"]+)"', html)
    assert probe_font == (
        ["/static/fonts/noto-sans-khmer-regular.woff2"] if language == "km" else []
    )
    # Otherwise fonts are named only in the stylesheet, after local().
    assert html.count(".woff2") == len(probe_font)
