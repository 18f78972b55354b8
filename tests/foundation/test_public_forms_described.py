"""Every public form's aria-describedby names elements that exist (issue 18): a screen
reader reads a field's help text and its error only through them."""

import pytest
from django.core.cache import cache

from tests.complaints.factories import KNOWN_CODE, ComplaintFactory
from tests.complaints.helpers import valid_post
from tests.html_checks import dangling_describedby, described_by

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.mark.parametrize("language", ["km", "en"])
@pytest.mark.parametrize(
    "url",
    [
        "/{lang}/complaints/",
        "/{lang}/complaints/track/",
        "/{lang}/search/?q=passport",
        "/{lang}/agencies/?q=demo",
        "/{lang}/resources/?destination=atlantis",
    ],
)
def test_each_public_form_describes_with_ids_that_exist(client, home_km, url, language):
    response = client.get(url.format(lang=language))
    assert response.status_code in (200, 400)
    assert dangling_describedby(response.content.decode()) == []


def test_a_refused_complaint_ties_each_control_to_its_help_and_its_error(client):
    data = valid_post(description="", consent=None, contact_method="nonsense")
    html = client.post("/en/complaints/", data).content.decode()
    assert dangling_describedby(html) == []
    assert described_by(html, "id_description") == [
        "id_description_helptext",
        "id_description_error",
    ]
    assert described_by(html, "id_consent") == ["id_consent_error"]
    # Radio buttons are described through their fieldset (Django's own rule).
    assert 'aria-describedby="id_contact_method_error"' in html


def test_a_refused_tracking_and_addition_describe_with_ids_that_exist(client):
    html = client.post("/en/complaints/track/", {"reference": "", "code": ""}).content.decode()
    assert described_by(html, "id_reference") == ["id_reference_error"]
    assert dangling_describedby(html) == []

    complaint = ComplaintFactory()
    data = {"reference": complaint.reference, "code": KNOWN_CODE, "text": "x" * 5001}
    html = client.post("/en/complaints/track/", data).content.decode()
    assert described_by(html, "id_text") == ["id_text_helptext", "id_text_error"]
    assert dangling_describedby(html) == []
