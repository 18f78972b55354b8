"""A form speaks the reader's language only: its labels and Django's own messages (issue 18)."""

import pytest
from django.core.cache import cache

from .helpers import valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.mark.parametrize(
    ("language", "first", "third"),
    [("en", "File 1", "File 3"), ("th", "ไฟล์ 1", "ไฟล์ 3"), ("ar", "الملف 1", "الملف 3")],
)
def test_file_fields_are_labelled_in_the_pages_interface_language(client, language, first, third):
    html = client.get(f"/{language}/complaints/").content.decode()
    assert f">{first}<" in html and f">{third}<" in html
    assert "ឯកសារទី" not in html


def test_file_fields_are_labelled_in_khmer_on_the_khmer_form(client):
    html = client.get("/km/complaints/").content.decode()
    assert "ឯកសារទី 1" in html


@pytest.mark.parametrize(
    ("overrides", "english", "khmer"),
    [
        ({"description": ""}, "This field is required.", "សូមបំពេញចំណុចនេះ។"),
        (
            {"description": "x" * 5001},
            "at most 5000 characters (it has 5001)",
            "អាចសរសេរបានច្រើនបំផុត 5000 តួអក្សរ (ឥឡូវមាន 5001)",
        ),
        (
            {"destination": "atlantis"},
            "Select a valid choice.",
            "សូមជ្រើសរើសមួយពីបញ្ជី។ ជម្រើសនេះមិនមាននៅក្នុងបញ្ជីទេ។",
        ),
        (
            {"categories": ["bogus"]},
            "bogus is not one of the available choices",
            "bogus មិនមាននៅក្នុងបញ្ជីទេ",
        ),
    ],
)
def test_djangos_own_messages_are_in_khmer_on_the_khmer_form(client, overrides, english, khmer):
    khmer_page = client.post("/km/complaints/", valid_post(**overrides)).content.decode()
    assert khmer in khmer_page
    assert english not in khmer_page
    english_page = client.post("/en/complaints/", valid_post(**overrides)).content.decode()
    assert english in english_page


def test_djangos_own_messages_are_in_the_readers_language(client):
    # The project's Thai catalogue words Django's messages too: one language on the screen.
    html = client.post("/th/complaints/", valid_post(description="")).content.decode()
    assert "ต้องกรอกช่องนี้" in html
    assert "This field is required." not in html and "សូមបំពេញចំណុចនេះ" not in html
    html = client.post("/ar/complaints/", valid_post(description="")).content.decode()
    assert "هذا الحقل مطلوب." in html and "This field is required." not in html
