"""The description says its limit instead of cutting a paste silently, and files chosen for a
form that is sent back are named, to be chosen again (issue 18)."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache

from tests.html_checks import dangling_describedby

from .factories import KNOWN_CODE, ComplaintFactory
from .helpers import jpeg_bytes, upload, valid_post

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.mark.parametrize(
    ("language", "limit"), [("en", "At most 5000 characters."), ("km", "យ៉ាងច្រើន 5000 តួអក្សរ។")]
)
def test_the_description_says_its_limit_and_does_not_cut_a_paste(client, language, limit):
    page = BeautifulSoup(client.get(f"/{language}/complaints/").content.decode(), "html.parser")
    description = page.find(id="id_description")
    assert not description.has_attr("maxlength")
    assert description["data-char-limit"] == "5000"
    assert limit in page.find(id="id_description_helptext").get_text()


def test_an_over_long_description_comes_back_whole_with_its_length(client):
    text = "ក" * 5003
    html = client.post("/km/complaints/", valid_post(description=text)).content.decode()
    assert text in html
    assert "ឥឡូវមាន 5003" in html


def test_files_chosen_for_a_refused_complaint_are_named_to_choose_again(client):
    data = valid_post(consent=None)
    data["attachment_1"] = upload("payslip.jpg", jpeg_bytes(), "image/jpeg")
    data["attachment_2"] = upload("contract.jpg", jpeg_bytes(), "image/jpeg")
    response = client.post("/en/complaints/", data)
    page = BeautifulSoup(response.content.decode(), "html.parser")
    box = page.select_one("[data-error-summary] [data-files-not-kept]")
    assert "payslip.jpg, contract.jpg" in box.get_text()
    assert box.find("a")["href"] == "#id_attachment_1"
    assert dangling_describedby(str(page)) == []


def test_a_refused_complaint_without_files_says_nothing_of_files(client):
    html = client.post("/en/complaints/", valid_post(consent=None)).content.decode()
    assert "data-files-not-kept" not in html


def test_files_of_a_refused_addition_are_named_too(client):
    complaint = ComplaintFactory()
    data = {
        "reference": complaint.reference,
        "code": KNOWN_CODE,
        "text": "x" * 5001,
        "attachment_1": upload("photo.jpg", jpeg_bytes(), "image/jpeg"),
    }
    html = client.post("/en/complaints/track/", data).content.decode()
    assert "These files were not kept: photo.jpg." in html
    page = BeautifulSoup(html, "html.parser")
    assert not page.find(id="id_text").has_attr("maxlength")
