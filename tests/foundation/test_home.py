import pytest

from orientation.core.pictograms import drawing_source
from orientation.destinations.catalogue import SLUGS
from tests.factories import set_hotline


@pytest.mark.django_db
def test_home_shows_destination_picker_quick_actions_and_hotlines(client, home_km):
    from home.demo import build

    build()
    html = client.get("/km/").content.decode()
    for slug in SLUGS:
        assert f'href="/km/destinations/{slug}/"' in html
    for path in ["destinations/", "agencies/", "rights/", "complaints/", "lessons/", "resources/"]:
        assert f'href="/km/{path}"' in html
    assert "ប្រទេសថៃ" in html
    assert 'href="tel:117"' in html


@pytest.mark.django_db
def test_unverified_hotline_shows_to_be_confirmed_not_a_number(client, home_km):
    set_hotline("ខ្សែទូរស័ព្ទសាកល្បង", "Test line", number="012 345 678")
    html = client.get("/en/").content.decode()
    assert "Test line" in html
    assert "012 345 678" not in html
    assert "to be confirmed by editors" in html
    km_html = client.get("/km/").content.decode()
    assert "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល" in km_html


@pytest.mark.django_db
def test_verified_number_needs_a_source():
    from wagtail.blocks import StructBlockValidationError

    from orientation.core.blocks import VerifiedNumberBlock

    block = VerifiedNumberBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"number": "117", "verified": True, "source": ""}))
    assert "source" in error.value.block_errors
    cleaned = block.clean(block.to_python({"number": "", "verified": False, "source": ""}))
    assert cleaned["verified"] is False


@pytest.mark.django_db
def test_home_page_query_count_is_bounded(client, home_km, django_assert_max_num_queries):
    from home.demo import build

    build()
    client.get("/km/")
    with django_assert_max_num_queries(20):
        client.get("/km/")


@pytest.mark.django_db
def test_security_headers_on_public_pages(client, home_km):
    response = client.get("/km/")
    csp = response["Content-Security-Policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert response["Referrer-Policy"] == "same-origin"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"


@pytest.mark.django_db
def test_anonymous_home_sets_no_cookie(client, home_km):
    response = client.get("/km/")
    assert not response.cookies


@pytest.mark.django_db
def test_healthz_ok_and_503_when_database_fails(client, monkeypatch):
    assert client.get("/healthz").status_code == 200
    from django.db import connection
    from django.db.utils import OperationalError

    def broken_cursor(*args, **kwargs):
        raise OperationalError("database is down")

    monkeypatch.setattr(connection, "cursor", broken_cursor)
    response = client.get("/healthz")
    assert response.status_code == 503


@pytest.mark.django_db
def test_home_for_a_reader_who_reads_little(client, home_km):
    """Issue 18: a link to the job-scam warnings, a pictogram named in the reader's language on
    each quick action, a distinct mark per destination, the help lines once."""
    from home.demo import build
    from orientation.destinations.models import Destination

    build()
    html = client.get("/km/").content.decode()
    assert 'href="/km/scams/"' in html
    picker = html.split('class="destination-picker"')[1].split("</section>")[0]
    marks = {destination.icon_path for destination in Destination.objects.all()}
    assert len(marks) == len(SLUGS)  # nine different marks
    for mark in marks:
        assert drawing_source(mark) in picker  # each destination's own drawing, inline
    assert "<img" not in picker
    actions = html.split('class="quick-actions"')[1].split("</section>")[0]
    assert actions.count('<svg class="icon pictogram"') == 7
    assert 'aria-label="យន្តហោះ"' in actions  # the destination guides' plane, named in Khmer
    assert html.count('href="tel:117"') == 1  # in the footer only


@pytest.mark.django_db
def test_alerts_can_be_folded_away(client, home_km):
    from tests.alerts.factories import AlertFactory

    AlertFactory(title="ការជូនដំណឹងសាកល្បង")
    html = client.get("/km/").content.decode()
    fold = html.split('<details class="alert__fold" open')[1].split("</details>")[0]
    assert '<summary class="alert__title"><strong>ការជូនដំណឹងសាកល្បង</strong></summary>' in fold
