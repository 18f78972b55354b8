"""Image bombs for the fault benchmark (bench/faults.py) and the tests: small files that
declare huge images. `make_png_bomb()` is a 1-bit 8900 x 8900 PNG (79 megapixels, ~21 KB):
below Pillow's own refusal (2 x MAX_IMAGE_PIXELS), so only a warning, and ~80 MB a copy
once decoded and converted.

    .venv/bin/python bench/image_bombs.py   # sizes, and the time to refuse one in-process
"""

import struct
import zlib


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data))
        + kind
        + data
        + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def make_png_bomb(side: int = 8900) -> bytes:
    """A valid, all-white 1-bit greyscale PNG of side x side pixels, built with zlib only
    (Pillow would have to hold the whole image in memory to write it)."""
    row = b"\x00" + b"\xff" * ((side + 7) // 8)  # filter byte "none", then the bits
    compressor = zlib.compressobj(9)
    body = b"".join(compressor.compress(row) for _ in range(side)) + compressor.flush()
    header = struct.pack(">IIBBBBB", side, side, 1, 0, 0, 0, 0)  # 1 bit, greyscale
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", header)
        + _chunk(b"IDAT", body)
        + _chunk(b"IEND", b"")
    )


if __name__ == "__main__":
    import os
    import sys
    import time
    from pathlib import Path

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    from orientation.complaints.attachments import clean_upload

    bomb = make_png_bomb()
    print(f"PNG bomb: {len(bomb):,} bytes, 8900 x 8900 pixels")
    started = time.perf_counter()
    try:
        clean_upload(SimpleUploadedFile("bomb.png", bomb, "image/png"))
        print("accepted (unexpected)")
    except ValidationError as error:
        print(f"refused in {time.perf_counter() - started:.4f} s: {error.messages[0]}")
