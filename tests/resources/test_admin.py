import pytest
from wagtail.blocks import StructBlockValidationError

from orientation.resources.models import ContactNumberBlock
from tests.factories import UserFactory

from .factories import OrganisationFactory


@pytest.fixture
def editor_client(client, home_km):
    user = UserFactory(username="admin9", is_superuser=True, is_staff=True)
    client.force_login(user)
    return client


@pytest.mark.django_db
def test_editors_list_filter_and_open_organisations_in_the_admin(editor_client):
    organisation = OrganisationFactory(name="Demo listed", services=["shelter"])
    listing = editor_client.get("/admin/snippets/resources/organisation/")
    assert listing.status_code == 200
    assert "Demo listed" in listing.content.decode()
    filtered = editor_client.get("/admin/snippets/resources/organisation/?kind=hotline")
    assert filtered.status_code == 200
    assert "Demo listed" not in filtered.content.decode()
    assert editor_client.get("/admin/snippets/resources/organisation/add/").status_code == 200
    edit = editor_client.get(f"/admin/snippets/resources/organisation/edit/{organisation.pk}/")
    assert edit.status_code == 200


def test_a_verified_number_needs_its_source():
    block = ContactNumberBlock()
    value = block.to_python(
        {"label": "Office", "phone": {"number": "012 345 678", "verified": True, "source": ""}}
    )
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(value)
    assert "phone" in error.value.block_errors
    unverified = block.to_python(
        {"label": "", "phone": {"number": "", "verified": False, "source": ""}}
    )
    assert block.clean(unverified)["phone"]["verified"] is False


@pytest.mark.django_db
def test_organisation_form_shows_when_its_review_is_due(editor_client):
    import datetime

    organisation = OrganisationFactory(
        name="Demo reviewed", last_reviewed=datetime.date(2026, 1, 1), review_interval_days=90
    )
    html = editor_client.get(
        f"/admin/snippets/resources/organisation/edit/{organisation.pk}/"
    ).content.decode()
    assert 'data-review-due="2026-04-01"' in html
    assert "help-warning" in html  # overdue: shown as a warning
