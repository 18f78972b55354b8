"""The regular Khmer weight, fetched early only by a phone that lacks a Khmer font (issue 23).

A `<link rel="preload">` would be fetched by every phone, 34 KB more for the many whose own
Khmer font already answers the stylesheet's `local()` sources. So a Khmer page carries a small
inline script instead: it asks the browser for the same local fonts and, only when none is
there, adds the preload, well before the stylesheet would have asked for the file. Without
JavaScript the stylesheet's own `@font-face` still fetches the font, just later.

The script's text never changes (the font's address travels in a data attribute), so the
public Content-Security-Policy allows it by its hash, and still allows no other inline script.
"""

import base64
import hashlib

from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe

# The names portal.css's regular @font-face lists in local(), in the same order
# (tests/foundation/test_khmer_font_preload.py keeps the two in step).
LOCAL_REGULAR_NAMES = (
    "Noto Sans Khmer",
    "NotoSansKhmer-Regular",
    "Noto Sans Khmer UI",
    "NotoSansKhmerUI-Regular",
    "Khmer OS",
    "Khmer UI",
    "Khmer Sangam MN",
    "KhmerSangamMN",
)
REGULAR_FONT_FILE = "fonts/noto-sans-khmer-regular.woff2"

# A FontFace made of local() sources only loads when one of them is on the phone.
PROBE_SCRIPT = (
    "(function(s){if(!window.FontFace)return;"
    'new FontFace("khmer-probe",s.dataset.local).load().catch(function(){'
    'var l=document.createElement("link");l.rel="preload";l.as="font";'
    'l.type="font/woff2";l.crossOrigin="anonymous";l.href=s.dataset.font;'
    "document.head.appendChild(l)})})(document.currentScript);"
)
_PROBE_DIGEST = base64.b64encode(hashlib.sha256(PROBE_SCRIPT.encode()).digest()).decode()
PROBE_SCRIPT_CSP_SOURCE = f"'sha256-{_PROBE_DIGEST}'"


def local_sources():
    return ", ".join(f'local("{name}")' for name in LOCAL_REGULAR_NAMES)


def preload_probe():
    """The `<script>` for a Khmer page's head."""
    return format_html(
        '<script data-font="{}" data-local="{}">{}</script>',
        static(REGULAR_FONT_FILE),
        local_sources(),
        mark_safe(PROBE_SCRIPT),  # noqa: S308 (a constant, allowed by its hash)
    )
