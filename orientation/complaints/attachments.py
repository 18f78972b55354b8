"""Attachment intake: only JPEG, PNG and PDF, recognised by their content (never by name),
size-limited; images are re-encoded so that EXIF (GPS, camera, owner) is dropped; PDFs that
carry JavaScript or auto-run actions are refused. Files are stored encrypted under
PRIVATE_MEDIA_ROOT with random names, outside anything the web server serves."""

import io
import re
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError

from .crypto import decrypt_bytes, encrypt_bytes

MAX_ATTACHMENTS = 3
Image.MAX_IMAGE_PIXELS = 40_000_000  # a decompression bomb is refused, not decoded


def max_attachment_bytes():
    return getattr(settings, "COMPLAINT_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)


@dataclass
class CleanAttachment:
    content: bytes
    content_type: str


# PDF names may hide letters as #xx escapes (/J#61vaScript is /JavaScript).
_PDF_NAME_ESCAPE = re.compile(rb"#([0-9A-Fa-f]{2})")
_PDF_ACTIVE_CONTENT = re.compile(rb"/(JavaScript|JS|Launch|EmbeddedFile|RichMedia|XFA)\b")


def _pdf_has_active_content(data: bytes) -> bool:
    unescaped = _PDF_NAME_ESCAPE.sub(lambda m: bytes([int(m.group(1), 16)]), data)
    return bool(_PDF_ACTIVE_CONTENT.search(unescaped))


def _reencode_image(data: bytes, kind: str) -> bytes:
    try:
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            if kind == "JPEG":
                image = image.convert("RGB")
            else:
                image = image.convert("RGBA" if "A" in image.getbands() else "RGB")
            # A fresh image holds pixels only: no EXIF, GPS, XMP or ICC comments come along.
            clean = Image.new(image.mode, image.size)
            clean.paste(image)
            output = io.BytesIO()
            clean.save(output, format=kind, **({"quality": 88} if kind == "JPEG" else {}))
            return output.getvalue()
    except (UnidentifiedImageError, OSError, Image.DecompressionBombError, ValueError) as error:
        raise ValidationError(
            _("This picture could not be read. Please send a JPEG or PNG photo."),
            code="unreadable",
        ) from error


def clean_upload(upload) -> CleanAttachment:
    """Validate an UploadedFile and return what may be stored, or raise ValidationError."""
    if upload.size > max_attachment_bytes():
        raise ValidationError(
            _("This file is too large. Each file can be at most %(size)s MB."),
            params={"size": max_attachment_bytes() // (1024 * 1024)},
            code="too_large",
        )
    data = upload.read()
    if len(data) > max_attachment_bytes():
        raise ValidationError(_("This file is too large."), code="too_large")
    if data.startswith(b"\xff\xd8\xff"):
        return CleanAttachment(_reencode_image(data, "JPEG"), "image/jpeg")
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return CleanAttachment(_reencode_image(data, "PNG"), "image/png")
    if data.startswith(b"%PDF-"):
        if _pdf_has_active_content(data):
            raise ValidationError(
                _("This PDF contains scripts or embedded programs and cannot be accepted."),
                code="pdf_active_content",
            )
        return CleanAttachment(data, "application/pdf")
    raise ValidationError(
        _("Only photos (JPEG, PNG) and PDF documents can be attached."), code="file_type"
    )


def private_folder() -> Path:
    folder = Path(settings.PRIVATE_MEDIA_ROOT) / "complaints"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    return folder


def store_encrypted(content: bytes) -> str:
    name = secrets.token_hex(20) + ".bin"
    path = private_folder() / name
    with open(path, "xb") as handle:
        handle.write(encrypt_bytes(content))
    return name


def read_decrypted(stored_name: str) -> bytes:
    return decrypt_bytes((private_folder() / stored_name).read_bytes())


def stored_path(stored_name: str) -> Path:
    return private_folder() / stored_name


def delete_stored(stored_name: str) -> None:
    (private_folder() / stored_name).unlink(missing_ok=True)
