"""Issue 15, items 3 and 7: image bombs are refused from their header, CSRF and the rate limit
come before any file is read, PDFs keep only an allow-list, and an over-large post shows the
form again in the visitor's language with what was typed."""

import io
import tracemalloc

import pytest
from django.core.cache import cache
from django.test import Client
from PIL import Image, ImageFile
from pypdf import PdfReader, PdfWriter

from bench.image_bombs import make_png_bomb
from orientation.complaints import attachments, throttling
from orientation.complaints.attachments import IMAGE_OUTPUT_MAX_PIXELS, read_decrypted
from orientation.complaints.models import CaseEvent, Complaint, ComplaintAttachment

from .factories import KNOWN_CODE, ComplaintFactory
from .helpers import hostile_pdf_bytes, jpeg_bytes, upload, valid_post

pytestmark = pytest.mark.django_db

FORM_URL = "/en/complaints/"
KM_FORM_URL = "/km/complaints/"
TRACK_URL = "/en/complaints/track/"
MB = 1024 * 1024


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def decoding(monkeypatch):
    """Records every image opened by the attachment filter and every pixel decode."""
    calls = {"open": [], "load": []}
    real_open, real_load = Image.open, ImageFile.ImageFile.load

    def spy_open(*args, **kwargs):
        calls["open"].append(args)
        return real_open(*args, **kwargs)

    def spy_load(image):
        calls["load"].append(image.size)
        return real_load(image)

    monkeypatch.setattr(attachments.Image, "open", spy_open)
    monkeypatch.setattr(ImageFile.ImageFile, "load", spy_load)
    return calls


def bombs():
    return {
        f"attachment_{number}": upload(f"bomb{number}.png", make_png_bomb(), "image/png")
        for number in (1, 2, 3)
    }


def khmer(msgid):
    from django.utils import translation

    with translation.override("km"):
        translated = translation.gettext(msgid)
    assert translated != msgid, f"no Khmer translation for {msgid!r}"
    return translated


class TestImageBombs:
    def test_three_png_bombs_are_refused_from_the_header_without_decoding(self, client, decoding):
        tracemalloc.start()
        try:
            response = client.post(FORM_URL, valid_post(location="Rayong", **bombs()))
            _current, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
        html = response.content.decode()
        assert response.status_code == 400
        # Each file's own error (the summary at the top repeats them, as links).
        assert html.count('class="errorlist" id="id_attachment_') == 3
        assert html.count("too large to be accepted") == 3 * 2
        assert "Rayong" in html
        assert len(decoding["open"]) == 3  # the headers were read...
        assert decoding["load"] == []  # ...and not one pixel decoded
        assert peak < 40 * MB  # decoding and converting one bomb alone is ~80 MB
        assert not Complaint.objects.exists()

    def test_refusal_is_in_khmer(self, client):
        response = client.post(KM_FORM_URL, valid_post(attachment_1=bombs()["attachment_1"]))
        html = response.content.decode()
        assert response.status_code == 400
        refusal = khmer(
            "This picture is too large to be accepted (at most %(megapixels)s megapixels, "
            "%(side)s pixels wide or high). Please send a smaller photo or a screenshot."
        )
        assert refusal.split("%(")[0] in html

    def test_a_picture_wider_than_the_side_cap_is_refused(self, client, decoding):
        output = io.BytesIO()
        Image.new("1", (40_000, 2)).save(output, format="PNG")
        response = client.post(
            FORM_URL, valid_post(attachment_1=upload("strip.png", output.getvalue(), "image/png"))
        )
        assert response.status_code == 400
        assert "too large to be accepted" in response.content.decode()
        assert decoding["load"] == []

    def test_a_large_phone_photo_is_kept_and_stored_at_a_sane_size(self, client, decoding):
        output = io.BytesIO()
        Image.linear_gradient("L").resize((6000, 4000)).convert("RGB").save(
            output, format="JPEG", quality=60
        )
        response = client.post(
            FORM_URL, valid_post(attachment_1=upload("photo.jpg", output.getvalue()))
        )
        assert response.status_code == 200
        stored = Image.open(
            io.BytesIO(read_decrypted(ComplaintAttachment.objects.get().stored_name))
        )
        assert stored.format == "JPEG"
        assert stored.width * stored.height <= IMAGE_OUTPUT_MAX_PIXELS
        assert stored.size == (3000, 2000)  # decoded at half scale (draft), not 24 MP
        assert set(decoding["load"]) == {(3000, 2000)}


class TestNothingDecodedBeforeCsrfAndRateLimit:
    def test_csrf_failure_with_files_shows_the_text_and_decodes_nothing(self, db, decoding):
        client = Client(enforce_csrf_checks=True)
        data = valid_post(location="Chonburi farm", attachment_1=upload("a.jpg", jpeg_bytes()))
        data.update(bombs())
        response = client.post(FORM_URL, data)
        html = response.content.decode()
        assert response.status_code == 403
        assert "Chonburi farm" in html
        assert "files must be chosen again" in html
        assert decoding["open"] == [] and decoding["load"] == []
        assert not Complaint.objects.exists()

    def test_a_throttled_clients_files_are_not_decoded(self, client, decoding, monkeypatch):
        monkeypatch.setattr(throttling, "submission_blocked", lambda request: True)
        response = client.post(
            FORM_URL,
            valid_post(location="Kept place", attachment_1=upload("a.jpg", jpeg_bytes())),
        )
        html = response.content.decode()
        assert response.status_code == 429
        assert "Kept place" in html
        assert "Too many complaints" in html
        assert decoding["open"] == []
        assert not Complaint.objects.exists()

    def test_blocked_is_checked_before_counting(self, client, settings):
        settings.COMPLAINT_RATE_LIMIT = "1/h"
        assert client.post(FORM_URL, valid_post(form_token="first")).status_code == 200
        assert throttling.submission_blocked(client.get(FORM_URL).wsgi_request)
        refused = client.post(FORM_URL, valid_post(form_token="second", location="Kept"))
        assert refused.status_code == 429
        assert "Kept" in refused.content.decode()


class TestAddInformation:
    def post(self, client, complaint, **data):
        return client.post(
            TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE, **data}
        )

    def test_a_bomb_is_refused_from_its_header(self, client, decoding):
        complaint = ComplaintFactory()
        response = self.post(client, complaint, text="My passport too.", **bombs())
        html = response.content.decode()
        assert response.status_code == 400
        assert "too large to be accepted" in html
        assert "My passport too." in html
        assert decoding["load"] == []
        assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.WORKER_UPDATE).exists()

    def test_csrf_failure_keeps_the_text_and_decodes_nothing(self, db, decoding):
        complaint = ComplaintFactory()
        client = Client(enforce_csrf_checks=True)
        response = self.post(
            client,
            complaint,
            text="They kept my phone.",
            attachment_1=upload("a.jpg", jpeg_bytes()),
        )
        html = response.content.decode()
        assert response.status_code == 403
        assert "They kept my phone." in html
        assert "files must be chosen again" in html
        assert decoding["open"] == []
        assert not CaseEvent.objects.filter(kind=CaseEvent.Kind.WORKER_UPDATE).exists()

    def test_csrf_failure_on_a_lookup_is_a_clear_page(self, db):
        complaint = ComplaintFactory()
        response = self.post(Client(enforce_csrf_checks=True), complaint)
        assert response.status_code == 403
        html = response.content.decode()
        assert "page had expired" in html
        assert complaint.reference in html

    def test_over_large_text_comes_back_cut_with_a_message(self, client):
        complaint = ComplaintFactory()
        body = (
            f"reference={complaint.reference}&code={KNOWN_CODE}&text=Start+of+story"
        ).encode() + b"x" * (6 * MB)
        response = client.post(TRACK_URL, body, content_type="application/x-www-form-urlencoded")
        html = response.content.decode()
        assert response.status_code == 413
        assert "Start of story" in html
        assert "has been cut there" in html
        assert len(html) < 200_000


class TestPdfAllowList:
    def stored_pdf(self, client, content):
        response = client.post(
            FORM_URL, valid_post(attachment_1=upload("doc.pdf", content, "application/pdf"))
        )
        assert response.status_code == 200, response.content.decode()
        return read_decrypted(ComplaintAttachment.objects.get().stored_name)

    def test_metadata_scripts_links_and_embedded_files_are_gone(self, client):
        original = hostile_pdf_bytes()
        assert original.count(b"canary") >= 6
        stored = self.stored_pdf(client, original)
        reader = PdfReader(io.BytesIO(stored))
        root = reader.trailer["/Root"]
        assert reader.metadata is None
        assert reader.xmp_metadata is None
        for key in ("/OpenAction", "/AA", "/Names", "/AcroForm", "/Outlines", "/Metadata"):
            assert key not in root
        assert len(reader.pages) == 1
        page = reader.pages[0]
        assert "/Annots" not in page and "/AA" not in page
        assert b"canary" not in stored
        assert b"JavaScript" not in stored

    def test_page_content_survives(self, client):
        writer = PdfWriter()
        writer.add_blank_page(300, 400)
        source = io.BytesIO()
        writer.write(source)
        stored = self.stored_pdf(client, source.getvalue())
        page = PdfReader(io.BytesIO(stored)).pages[0]
        assert (float(page.mediabox.width), float(page.mediabox.height)) == (300, 400)

    @pytest.mark.parametrize(
        ("content", "message"),
        [
            (b"%PDF-1.4\nnot a pdf at all", "could not be read"),
            (hostile_pdf_bytes(pages=51), "more than 50 pages"),
        ],
    )
    def test_unreadable_or_long_pdfs_are_refused(self, client, content, message):
        response = client.post(
            FORM_URL, valid_post(attachment_1=upload("doc.pdf", content, "application/pdf"))
        )
        assert response.status_code == 400
        assert message in response.content.decode()

    def test_encrypted_pdf_is_refused(self, client):
        writer = PdfWriter()
        writer.add_blank_page(200, 200)
        writer.encrypt("secret")
        content = io.BytesIO()
        writer.write(content)
        response = client.post(
            FORM_URL,
            valid_post(attachment_1=upload("doc.pdf", content.getvalue(), "application/pdf")),
        )
        assert response.status_code == 400
        assert "protected by a password" in response.content.decode()


class TestOverLargePosts:
    """Never Django's bare 400: the Khmer form again, with what could be recovered."""

    def assert_khmer_form(self, response):
        html = response.content.decode()
        assert response.status_code == 413
        assert 'name="description"' in html
        assert khmer("File a complaint") in html
        assert "Bad Request" not in html
        assert not Complaint.objects.exists()
        return html

    def test_text_above_the_body_limit_via_urlencoded(self, client):
        body = (
            b"form_token=t1&filer_kind=worker&destination=thailand&location=Phuket+pier"
            b"&description=I+was+not+paid" + b"y" * (6 * MB)
        )
        response = client.post(KM_FORM_URL, body, content_type="application/x-www-form-urlencoded")
        html = self.assert_khmer_form(response)
        assert "Phuket pier" in html
        assert "I was not paid" in html
        cut = khmer("This text was longer than %(limit)s characters and has been cut there.")
        assert cut.split("%(")[0] in html
        assert len(html) < 200_000

    def test_text_above_the_body_limit_via_multipart(self, client):
        data = {"location": "Phuket pier", "employer": "Sea Co", "description": "z" * (6 * MB)}
        response = client.post(KM_FORM_URL, data)
        html = self.assert_khmer_form(response)
        assert "Phuket pier" in html and "Sea Co" in html

    def test_too_many_fields(self, client):
        body = b"location=Phuket+pier&" + b"&".join(b"f%d=1" % n for n in range(1500))
        response = client.post(KM_FORM_URL, body, content_type="application/x-www-form-urlencoded")
        html = self.assert_khmer_form(response)
        assert "Phuket pier" in html

    def test_too_many_files(self, client):
        data = valid_post(location="Phuket pier")
        data["junk"] = [upload(f"{n}.jpg", b"x") for n in range(120)]
        response = client.post(KM_FORM_URL, data)
        html = self.assert_khmer_form(response)
        assert "Phuket pier" in html

    def test_each_file_above_the_limit_is_named(self, client):
        big = b"\xff\xd8\xff" + b"\0" * (6 * MB)
        data = valid_post(
            location="Phuket pier",
            attachment_1=upload("payslip.jpg", big),
            attachment_2=upload("contract.jpg", big),
        )
        response = client.post(KM_FORM_URL, data)
        html = self.assert_khmer_form(response)
        assert "Phuket pier" in html
        assert "payslip.jpg" in html and "contract.jpg" in html


def test_progressive_jpegs_get_the_lower_pixel_cap():
    from orientation.complaints.attachments import (
        JPEG_MAX_PIXELS,
        PNG_MAX_PIXELS,
        PROGRESSIVE_JPEG_MAX_PIXELS,
        image_pixel_cap,
    )

    def opened(**options):
        output = io.BytesIO()
        Image.new("RGB", (64, 64)).save(output, **options)
        return Image.open(io.BytesIO(output.getvalue()))

    assert image_pixel_cap(opened(format="JPEG")) == JPEG_MAX_PIXELS
    assert image_pixel_cap(opened(format="JPEG", progressive=True)) == PROGRESSIVE_JPEG_MAX_PIXELS
    assert image_pixel_cap(opened(format="PNG")) == PNG_MAX_PIXELS
    assert PROGRESSIVE_JPEG_MAX_PIXELS < JPEG_MAX_PIXELS
