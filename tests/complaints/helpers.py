import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image


def valid_post(**overrides):
    data = {
        "form_token": overrides.pop("form_token", "token-" + str(id(overrides))),
        "website": "",
        "filer_kind": "worker",
        "destination": "thailand",
        "categories": ["unpaid-wages"],
        "description": "My wages were not paid for two months.",
        "contact_method": "none",
        "contact_detail": "",
        "consent": "on",
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def jpeg_bytes(with_gps=False, size=(40, 30)):
    image = Image.new("RGB", size, (200, 30, 30))
    output = io.BytesIO()
    if with_gps:
        exif = Image.Exif()
        exif[0x010F] = "CanaryCam"  # Make
        gps = {1: "N", 2: (11.0, 33.0, 0.0), 3: "E", 4: (104.0, 55.0, 0.0)}
        exif[0x8825] = gps
        image.save(output, format="JPEG", exif=exif)
    else:
        image.save(output, format="JPEG")
    return output.getvalue()


def png_bytes():
    output = io.BytesIO()
    Image.new("RGB", (10, 10), (0, 0, 255)).save(output, format="PNG")
    return output.getvalue()


def upload(name, content, content_type="image/jpeg"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def pdf_bytes(extra=b""):
    return (
        b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R " + extra + b" >> endobj\n"
        b"2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    )
