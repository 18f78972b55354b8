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
    """A one-page PDF written by hand; `extra` goes into the document catalogue."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R " + extra + b" >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
    ]
    output = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(output))
        output += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(output)
    output += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    output += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    output += b"trailer << /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return output


def hostile_pdf_bytes(pages=1):
    """A PDF carrying everything the filter must drop, each marked with "canary": document
    info, XMP metadata, an auto-run script, a document-level script, page actions, a link
    and an embedded file."""
    from pypdf import PdfWriter
    from pypdf.annotations import Link
    from pypdf.generic import (
        ArrayObject,
        DictionaryObject,
        NameObject,
        StreamObject,
        TextStringObject,
    )

    def script(text):
        return DictionaryObject(
            {
                NameObject("/S"): NameObject("/JavaScript"),
                NameObject("/JS"): TextStringObject(text),
            }
        )

    writer = PdfWriter()
    for _ in range(pages):
        writer.add_blank_page(200, 200)
    writer.add_metadata({"/Author": "Canary Author", "/Title": "canary title"})
    writer.add_attachment("canary.exe", b"MZ canary embedded program")
    root = writer._root_object
    root[NameObject("/OpenAction")] = script("app.alert('canary open')")
    names = root["/Names"]
    names[NameObject("/JavaScript")] = DictionaryObject(
        {
            NameObject("/Names"): ArrayObject(
                [TextStringObject("x"), writer._add_object(script("canary names"))]
            )
        }
    )
    xmp = StreamObject()
    xmp.set_data(b"<x:xmpmeta>canary xmp</x:xmpmeta>")
    xmp[NameObject("/Type")] = NameObject("/Metadata")
    root[NameObject("/Metadata")] = writer._add_object(xmp)
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): script("canary page")})
    writer.add_annotation(0, Link(rect=(0, 0, 100, 100), url="https://canary.example/"))
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()
