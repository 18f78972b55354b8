"""Accounts made by `add_officer` save on Wagtail's own forms: the user edit form (an
administrator's) and the officer's own account page, where they choose Khmer (issue 17)."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import RequestFactory
from django.urls import reverse
from wagtail.admin.views.account import AccountView
from wagtail.users.models import UserProfile

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
PASSWORD = "kettle orbit mango 1973"


@pytest.fixture
def made_by_command(monkeypatch):
    monkeypatch.setenv("OFFICER_PASSWORD", PASSWORD)
    call_command(
        "add_officer",
        "sophea",
        "sophea@example.org",
        "--destination",
        "thailand",
        "--first-name",
        "Sophea",
        "--last-name",
        "Chea",
    )
    return get_user_model().objects.get(username="sophea")


def form_as_post(form):
    """What the browser sends for an unchanged form: every field's current value."""
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value in (None, False) or hasattr(value, "field"):  # empty box, or a stored file
            continue
        key = form.add_prefix(name)
        if isinstance(value, (list, tuple)):
            data[key] = [getattr(v, "pk", v) for v in value]
        else:
            data[key] = getattr(value, "pk", value)
    return data


def account_page_post(user, **changes):
    request = RequestFactory().get("/admin/account/")
    request.user = user
    view = AccountView()
    view.setup(request)
    data = {}
    for panel in view.get_panels():
        data.update(form_as_post(panel.get_form()))
    data.update(changes)
    return data


def test_the_officer_chooses_khmer_on_their_account_page(client, made_by_command):
    client.force_login(made_by_command)
    response = client.post(
        reverse("wagtailadmin_account"),
        account_page_post(made_by_command, **{"locale-preferred_language": "km"}),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    assert UserProfile.get_for_user(made_by_command).preferred_language == "km"


def test_an_administrator_saves_the_officer_on_wagtails_user_form(client, made_by_command):
    admin = UserFactory(username="root", is_superuser=True)
    client.force_login(admin)
    url = reverse("wagtailusers_users:edit", args=[made_by_command.pk])
    form = client.get(url).context["form"]
    data = form_as_post(form)
    data["email"] = "sophea.chea@example.org"
    response = client.post(url, data)
    assert response.status_code == 302, response.context["form"].errors
    made_by_command.refresh_from_db()
    assert made_by_command.email == "sophea.chea@example.org"
    assert made_by_command.groups.filter(name="Complaint officers").exists()
