"""Attachment intake: only JPEG, PNG and PDF, recognised by their content (never by name),
size-limited. Images are measured from their header before any pixel is decoded (a 29 KB
PNG can declare 80 megapixels), then re-encoded so that EXIF (GPS, camera, owner) is
dropped. PDFs are rebuilt from an allow-list (page content and its resources only): scripts,
actions, forms, annotations, attachments and metadata do not survive. Files are stored
encrypted under PRIVATE_MEDIA_ROOT with random names, outside anything the web server
serves."""

import io
import logging
import secrets
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageOps, UnidentifiedImageError
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DictionaryObject, NameObject

from .crypto import decrypt_bytes, encrypt_bytes

logger = logging.getLogger(__name__)

MAX_ATTACHMENTS = 3

# Images: refused from the header when either cap is passed, before decoding.
# A JPEG is decoded at a reduced scale (libjpeg's DCT scaling, Pillow's draft()), so that
# what is decoded stays under IMAGE_OUTPUT_MAX_PIXELS whatever its size. A progressive JPEG
# keeps all its coefficients in memory while decoding, and a PNG is always decoded whole
# (4 bytes a pixel) and resizing one costs several copies, so both get a lower cap.
IMAGE_MAX_SIDE = 32_768
JPEG_MAX_PIXELS = 64_000_000
PROGRESSIVE_JPEG_MAX_PIXELS = 24_000_000
PNG_MAX_PIXELS = 16_000_000
# Stored images have at most this many pixels (a 12 MP phone photo is kept whole).
IMAGE_OUTPUT_MAX_PIXELS = 16_000_000

# PDFs: at most this many pages; what may stay of each page (everything else is dropped).
PDF_MAX_PAGES = 50
PDF_PAGE_KEYS = ("/MediaBox", "/CropBox", "/BleedBox", "/TrimBox", "/ArtBox", "/Rotate", "/Group")
PDF_RESOURCE_KEYS = (
    "/Font",
    "/XObject",
    "/ExtGState",
    "/ColorSpace",
    "/Pattern",
    "/Shading",
    "/ProcSet",
    "/Properties",
)
# Dropped wherever they appear below a page (in a form XObject, a font, an image...):
# actions, scripts, annotations, metadata streams, application data.
PDF_DROPPED_KEYS = (
    "/A",
    "/AA",
    "/JS",
    "/JavaScript",
    "/OpenAction",
    "/Annots",
    "/Metadata",
    "/PieceInfo",
    "/EmbeddedFiles",
    "/RichMedia",
    "/URI",
    "/Launch",
    "/StructParent",
    "/StructParents",
)


def max_attachment_bytes():
    return getattr(settings, "COMPLAINT_ATTACHMENT_MAX_BYTES", 5 * 1024 * 1024)


@dataclass
class CleanAttachment:
    content: bytes
    content_type: str


def _unreadable_image():
    return ValidationError(
        _("This picture could not be read. Please send a JPEG or PNG photo."),
        code="unreadable",
    )


def _too_many_pixels(max_pixels):
    return ValidationError(
        _(
            "This picture is too large to be accepted (at most %(megapixels)s megapixels, "
            "%(side)s pixels wide or high). Please send a smaller photo or a screenshot."
        ),
        params={"megapixels": max_pixels // 1_000_000, "side": IMAGE_MAX_SIDE},
        code="too_many_pixels",
    )


def image_pixel_cap(image) -> int:
    """The pixel cap for an opened (not yet decoded) image."""
    if image.format == "JPEG":
        progressive = image.info.get("progressive") or image.info.get("progression")
        return PROGRESSIVE_JPEG_MAX_PIXELS if progressive else JPEG_MAX_PIXELS
    return PNG_MAX_PIXELS


def check_image_header(image) -> None:
    """Refuse an image whose header declares too many pixels. Image.open() has read only the
    header at this point: nothing has been decoded yet."""
    width, height = image.size
    cap = image_pixel_cap(image)
    if width > IMAGE_MAX_SIDE or height > IMAGE_MAX_SIDE or width * height > cap:
        raise _too_many_pixels(cap)


def _reencode_image(data: bytes, kind: str) -> bytes:
    try:
        # Pillow's own bomb check would only warn up to 2 x MAX_IMAGE_PIXELS; ours comes first.
        with Image.open(io.BytesIO(data), formats=[kind]) as image:
            check_image_header(image)
            width, height = image.size
            if kind == "JPEG" and width * height > IMAGE_OUTPUT_MAX_PIXELS:
                # Decode at 1/2, 1/4 or 1/8 scale while at least a quarter of the output's
                # pixels remain: a 50 MP photo is decoded as 12.5 MP, never more than 16 MP.
                half = (IMAGE_OUTPUT_MAX_PIXELS / (width * height)) ** 0.5 / 2
                image.draft("RGB", (max(1, int(width * half)), max(1, int(height * half))))
            image.load()
            ImageOps.exif_transpose(image, in_place=True)  # a sideways payslip stays readable
            mode = "RGBA" if kind == "PNG" and "A" in image.getbands() else "RGB"
            if image.mode != mode:
                image = image.convert(mode)
            if image.width * image.height > IMAGE_OUTPUT_MAX_PIXELS:  # only if the caps change
                scale = (IMAGE_OUTPUT_MAX_PIXELS / (image.width * image.height)) ** 0.5
                image.thumbnail((int(image.width * scale), int(image.height * scale)))
            # Pixels only: no EXIF, GPS, XMP, ICC or text chunks come along.
            image.info.clear()
            output = io.BytesIO()
            options = {"quality": 88} if kind == "JPEG" else {"optimize": False}
            image.save(output, format=kind, exif=b"", **options)
            return output.getvalue()
    except Image.DecompressionBombError as error:
        raise _too_many_pixels(JPEG_MAX_PIXELS if kind == "JPEG" else PNG_MAX_PIXELS) from error
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as error:
        raise _unreadable_image() from error


def _unreadable_pdf():
    return ValidationError(
        _("This PDF could not be read. Please send another copy, or a photo of each page."),
        code="pdf_unreadable",
    )


def clean_pdf(data: bytes) -> bytes:
    """Rebuild the PDF from an allow-list: each page's size, content and resources (fonts,
    images, colours). Document metadata (info dictionary, XMP), auto-run and page actions,
    JavaScript, embedded files, forms, outlines and every annotation (links included) are
    not carried over; they are dropped, not refused, so that the worker's evidence arrives.
    Streams are copied as they are, never decompressed, so a deflate bomb costs nothing."""
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _("This PDF is protected by a password. Please send a copy without a password."),
                code="pdf_encrypted",
            )
        page_count = len(reader.pages)
        if page_count > PDF_MAX_PAGES:
            raise ValidationError(
                _(
                    "This PDF has more than %(pages)s pages. "
                    "Please send only the pages that matter."
                ),
                params={"pages": PDF_MAX_PAGES},
                code="pdf_too_many_pages",
            )
        if page_count == 0:
            raise _unreadable_pdf()
        writer = PdfWriter()
        writer.metadata = None  # no /Info: not even a /Producer
        for page in reader.pages:
            box = page.mediabox
            kept = writer.add_blank_page(width=box.width, height=box.height)
            for key in PDF_PAGE_KEYS:
                if key in page:
                    kept[NameObject(key)] = page.raw_get(key).clone(
                        writer, ignore_fields=PDF_DROPPED_KEYS
                    )
            resources = page.get("/Resources")
            resources = resources.get_object() if resources is not None else DictionaryObject()
            kept[NameObject("/Resources")] = DictionaryObject(
                {
                    NameObject(key): resources.raw_get(key).clone(
                        writer, ignore_fields=PDF_DROPPED_KEYS
                    )
                    for key in PDF_RESOURCE_KEYS
                    if key in resources
                }
            )
            if "/Contents" in page:
                kept[NameObject("/Contents")] = page.raw_get("/Contents").clone(
                    writer, ignore_fields=PDF_DROPPED_KEYS
                )
        output = io.BytesIO()
        writer.write(output)
        return output.getvalue()
    except ValidationError:
        raise
    except MemoryError:
        raise
    except Exception as error:  # pypdf raises many kinds of errors on hostile input
        logger.info("PDF attachment refused: %s", type(error).__name__)
        raise _unreadable_pdf() from error


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
        return CleanAttachment(clean_pdf(data), "application/pdf")
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
