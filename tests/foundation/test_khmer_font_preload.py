"""The Khmer font's preload probe (orientation/core/khmer_font.py): on Khmer pages only,
allowed by the public Content-Security-Policy by its exact hash, and naming the same local
fonts and file as the stylesheet's own @font-face."""

import base64
import hashlib
import re
from pathlib import Path

import pytest
from django.conf import settings

from orientation.core.khmer_font import LOCAL_REGULAR_NAMES, REGULAR_FONT_FILE

PROBE = re.compile(r'<script data-font="([^"]+)" data-local="[^"]+">(.*?)</script>', re.S)


def csp_hash(script):
    digest = base64.b64encode(hashlib.sha256(script.encode()).digest()).decode()
    return f"'sha256-{digest}'"


@pytest.mark.django_db
def test_a_khmer_page_carries_the_probe_and_the_policy_allows_exactly_it(client, home_km):
    response = client.get("/km/")
    html = response.content.decode()
    found = PROBE.findall(html)
    assert len(found) == 1
    font_url, script = found[0]
    assert font_url.endswith(".woff2") and "noto-sans-khmer-regular" in font_url
    script_src = next(
        part
        for part in response["Content-Security-Policy"].split("; ")
        if part.startswith("script-src")
    )
    assert script_src.split() == ["script-src", "'self'", csp_hash(script)]
    # Before the stylesheet, so the preload starts before the stylesheet is read.
    assert html.index("<script data-font") < html.index('rel="stylesheet"')


@pytest.mark.django_db
def test_pages_in_other_languages_have_no_probe(client, home_km):
    from home.demo import build

    build()
    response = client.get("/en/")
    assert response.status_code == 200
    assert "data-font=" not in response.content.decode()


def test_the_probe_names_the_fonts_and_file_of_the_stylesheets_regular_weight():
    css = (Path(settings.BASE_DIR) / "static/css/portal.css").read_text()
    regular = next(
        rule
        for rule in re.findall(r"@font-face\s*{(.*?)}", css, re.S)
        if '"Noto Sans Khmer"' in rule and "font-weight: 400" in rule
    )
    assert tuple(re.findall(r'local\("([^"]+)"\)', regular)) == LOCAL_REGULAR_NAMES
    assert re.search(r'url\("\.\./([^"]+)"\)', regular).group(1) == REGULAR_FONT_FILE
