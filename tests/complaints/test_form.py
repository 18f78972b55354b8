import pytest
from django.core.cache import cache
from django.urls import reverse

from orientation.complaints.models import Complaint, ComplaintAttachment

from .helpers import jpeg_bytes, pdf_bytes, png_bytes, upload, valid_post

pytestmark = pytest.mark.django_db

FORM_URL = "/en/complaints/"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


def test_form_renders_with_trap_token_and_preselected_destination(client):
    response = client.get(FORM_URL + "?destination=malaysia")
    html = response.content.decode()
    assert response.status_code == 200
    assert 'name="website"' in html
    assert 'name="form_token"' in html
    assert '<option value="malaysia" selected>' in html
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_khmer_form_is_reversed_under_km(client):
    assert reverse("complaints:form") in ("/km/complaints/", "/en/complaints/")
    assert client.get("/km/complaints/").status_code == 200


def test_minimal_anonymous_complaint_is_stored_and_receipt_shown(client):
    response = client.post(FORM_URL, valid_post())
    html = response.content.decode()
    assert response.status_code == 200
    complaint = Complaint.objects.get()
    assert f"data-complaint-reference>{complaint.reference}<" in html
    assert "data-complaint-code" in html
    assert complaint.contact_method == "none" and complaint.contact_detail == ""
    assert complaint.status == "received"
    assert (complaint.due_at - complaint.created_at).total_seconds() == 48 * 3600
    assert complaint.category_codes == ["unpaid-wages"]
    assert "48" in html


@pytest.mark.parametrize(
    ("overrides", "field", "message"),
    [
        ({"description": ""}, "description", "This field is required"),
        ({"description": "x" * 5001}, "description", "at most 5000"),
        ({"destination": ""}, "destination", "This field is required"),
        ({"destination": "atlantis"}, "destination", "Select a valid choice"),
        ({"consent": None}, "consent", "Please tick this box"),
        ({"filer_kind": "organisation"}, "organisation_name", "name of your organisation"),
        ({"contact_method": "phone"}, "contact_detail", "where to contact you"),
        (
            {"contact_method": "email", "contact_detail": "not-an-email"},
            "contact_detail",
            "does not look right",
        ),
        ({"contact_method": "phone", "contact_detail": "12"}, "contact_detail", "too short"),
        ({"categories": ["bogus"]}, "categories", "Select a valid choice"),
        ({"employer": "e" * 201}, "employer", "at most 200"),
    ],
)
def test_each_field_is_validated_and_typed_values_are_kept(client, overrides, field, message):
    data = valid_post(location="Bangkok market", **overrides)
    response = client.post(FORM_URL, data)
    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert f'id="id_{field}_error"' in html
    assert "Bangkok market" in html  # kept
    assert not Complaint.objects.exists()


def test_errors_are_in_khmer_on_the_khmer_form(client):
    response = client.post("/km/complaints/", valid_post(consent=None, description=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert "Please tick this box" not in html
    assert "សូមធីកប្រអប់នេះ" in html
    assert 'lang="km"' in html


def test_on_behalf_filing_by_an_organisation(client):
    client.post(
        FORM_URL,
        valid_post(
            filer_kind="organisation",
            organisation_name="Demo NGO",
            contact_method="email",
            contact_detail="caseworker@example.org",
        ),
    )
    complaint = Complaint.objects.get()
    assert complaint.filer_kind == "organisation"
    assert complaint.organisation_name == "Demo NGO"
    assert complaint.contact_detail == "caseworker@example.org"


def test_spam_trap_filled_stores_nothing(client):
    response = client.post(FORM_URL, valid_post(website="http://spam.example"))
    assert response.status_code == 400
    assert not Complaint.objects.exists()


def test_same_form_token_twice_stores_one_complaint_and_shows_the_same_receipt(client):
    first = client.post(FORM_URL, valid_post(form_token="double-tap"))
    second = client.post(FORM_URL, valid_post(form_token="double-tap"))
    assert Complaint.objects.count() == 1
    reference = Complaint.objects.get().reference
    code_marker = "data-complaint-code>"
    first_code = first.content.decode().split(code_marker)[1].split("<")[0]
    second_html = second.content.decode()
    assert reference in second_html
    assert first_code and first_code in second_html
    assert "already sent" in second_html


def test_rate_limit_per_address(client, settings):
    settings.COMPLAINT_RATE_LIMIT = "2/h"
    for number in range(2):
        assert client.post(FORM_URL, valid_post(form_token=f"t{number}")).status_code == 200
    refused = client.post(FORM_URL, valid_post(form_token="t3", location="Kept place"))
    assert refused.status_code == 429
    assert "Kept place" in refused.content.decode()
    assert Complaint.objects.count() == 2


def test_missing_csrf_gives_a_clear_page_with_everything_kept(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    response = client.post(FORM_URL, valid_post(location="Chonburi farm"))
    html = response.content.decode()
    assert response.status_code == 403
    assert "page had expired" in html
    assert "Chonburi farm" in html
    assert not Complaint.objects.exists()


def test_with_csrf_token_the_form_is_accepted(db):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.get(FORM_URL)
    token = client.cookies["csrftoken"].value
    response = client.post(FORM_URL, valid_post(csrfmiddlewaretoken=token))
    assert response.status_code == 200
    assert Complaint.objects.count() == 1


def test_emoji_and_khmer_everywhere_are_stored_as_typed(client):
    khmer = "ខ្ញុំមិនបានទទួលប្រាក់ឈ្នួល 😢🙏"
    client.post(
        FORM_URL,
        valid_post(
            description=khmer,
            employer=khmer,
            location=khmer,
            happened_when=khmer,
            agency_name=khmer,
        ),
    )
    complaint = Complaint.objects.get()
    assert complaint.description == khmer
    assert complaint.employer == khmer


def test_invalid_utf8_is_not_a_500(client):
    body = (
        b"form_token=bad-bytes&filer_kind=worker&destination=thailand&consent=on"
        b"&contact_method=none&description=\xff\xfe\xfa broken"
    )
    response = client.post(FORM_URL, body, content_type="application/x-www-form-urlencoded")
    assert response.status_code in (200, 400)


def test_null_character_is_refused_cleanly(client):
    response = client.post(FORM_URL, valid_post(description="bad \x00 byte"))
    assert response.status_code == 400


class TestAttachments:
    def post_with(self, client, *files, **overrides):
        data = valid_post(**overrides)
        for number, file in enumerate(files, start=1):
            data[f"attachment_{number}"] = file
        return client.post(FORM_URL, data)

    def test_jpeg_png_pdf_accepted_and_stored_encrypted_with_random_names(self, client, settings):
        response = self.post_with(
            client,
            upload("contract.jpg", jpeg_bytes()),
            upload("payslip.png", png_bytes(), "image/png"),
            upload("contract.pdf", pdf_bytes(), "application/pdf"),
        )
        assert response.status_code == 200
        stored = list(ComplaintAttachment.objects.order_by("pk"))
        assert [a.content_type for a in stored] == ["image/jpeg", "image/png", "application/pdf"]
        folder = settings.PRIVATE_MEDIA_ROOT / "complaints"
        for attachment in stored:
            raw = (folder / attachment.stored_name).read_bytes()
            assert "contract" not in attachment.stored_name
            assert not raw.startswith((b"\xff\xd8", b"\x89PNG", b"%PDF"))
            assert raw.startswith(b"gAAAA")  # a Fernet token

    def test_ten_megabyte_file_refused_by_name_with_the_text_kept(self, client):
        big = jpeg_bytes() + b"\0" * (10 * 1024 * 1024)
        response = self.post_with(client, upload("big.jpg", big), location="Kept")
        html = response.content.decode()
        assert response.status_code == 413
        assert "“big.jpg” is too large" in html
        assert "Kept" in html
        assert not Complaint.objects.exists()

    @pytest.mark.parametrize(
        "content",
        [
            b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
            b"<!doctype html><html><script>alert(1)</script></html>",
            b"MZ\x90\x00 executable",
        ],
    )
    def test_other_content_renamed_jpg_refused(self, client, content):
        response = self.post_with(client, upload("photo.jpg", content))
        assert response.status_code == 400
        assert "Only photos (JPEG, PNG) and PDF" in response.content.decode()

    @pytest.mark.parametrize(
        "extra",
        [
            b"/OpenAction << /S /JavaScript /JS (app.alert(1)) >>",
            b"/AA << /O << /S /J#61vaScript >> >>",
        ],
    )
    def test_pdf_scripts_are_stripped_not_stored(self, client, extra):
        import io

        from pypdf import PdfReader

        from orientation.complaints.attachments import read_decrypted

        response = self.post_with(
            client, upload("contract.pdf", pdf_bytes(extra), "application/pdf")
        )
        assert response.status_code == 200
        stored = read_decrypted(ComplaintAttachment.objects.get().stored_name)
        root = PdfReader(io.BytesIO(stored)).trailer["/Root"]
        assert "/OpenAction" not in root
        assert "/AA" not in root
        assert b"alert" not in stored

    def test_broken_jpeg_refused(self, client):
        response = self.post_with(client, upload("photo.jpg", b"\xff\xd8\xff\xe0 not really"))
        assert response.status_code == 400
        assert "could not be read" in response.content.decode()

    def test_exif_and_gps_are_stripped(self, client):
        import io

        from PIL import Image

        from orientation.complaints.attachments import read_decrypted

        original = jpeg_bytes(with_gps=True)
        assert Image.open(io.BytesIO(original)).getexif().get(0x8825)
        self.post_with(client, upload("gps.jpg", original))
        stored = read_decrypted(ComplaintAttachment.objects.get().stored_name)
        image = Image.open(io.BytesIO(stored))
        assert image.format == "JPEG"
        assert not image.getexif()
        assert b"CanaryCam" not in stored


def test_destination_guide_links_to_the_form_with_its_country(django_assert_num_queries):
    from wagtail.models import Locale

    from orientation.core.hooks import related_sections_for_destination
    from orientation.destinations.models import Destination

    thailand = Destination.objects.get(slug="thailand")
    locale = Locale.objects.get(language_code="en")
    sections = related_sections_for_destination(thailand, locale)
    urls = [link.url for section in sections for link in section.links]
    assert "/en/complaints/?destination=thailand" in urls


def test_reference_collision_is_retried(client, monkeypatch):
    from orientation.complaints import services

    from .factories import ComplaintFactory

    taken = ComplaintFactory(reference="KH-TAKEN234")
    draws = iter(["KH-TAKEN234", "KH-TAKEN234", "KH-FRESH234"])
    monkeypatch.setattr(services, "new_reference", lambda: next(draws))
    response = client.post(FORM_URL, valid_post(form_token="collide"))
    assert response.status_code == 200
    assert "data-complaint-reference>KH-FRESH234<" in response.content.decode()
    assert Complaint.objects.count() == 2 and Complaint.objects.filter(pk=taken.pk).exists()
    assert "no-store" in response["Cache-Control"]


def test_reference_and_code_shapes():
    import re

    from orientation.complaints.services import new_code, new_reference

    assert re.fullmatch(r"KH-[A-HJKMNP-Z2-9]{8}", new_reference())
    assert re.fullmatch(r"[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}-[A-HJKMNP-Z2-9]{4}", new_code())
