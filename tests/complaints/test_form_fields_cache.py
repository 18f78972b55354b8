"""The empty complaint form's fields come from the cache (issue 23): rendered once per
language, destination and set of answers until the content changes; a form sent back with
what someone typed is never cached nor served from the cache."""

import re

import pytest
from django.test import Client

from home.models import ContactSettings, FooterSettings
from orientation.complaints import views
from orientation.destinations.models import Destination

from .helpers import valid_post

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("empty_cache")]
TOKENS = re.compile(rb'name="(csrfmiddlewaretoken|form_token)" value="[^"]+"')


def without_tokens(response):
    assert response.status_code == 200
    return TOKENS.sub(b"", response.content)


def test_the_second_empty_form_renders_no_field_and_matches_the_first(home_km, monkeypatch):
    from django.forms.boundfield import BoundField

    rendered = []
    as_widget = BoundField.as_widget

    def counted(field, *args, **kwargs):
        rendered.append(field.name)
        return as_widget(field, *args, **kwargs)

    monkeypatch.setattr(BoundField, "as_widget", counted)
    looked_up = []
    original_lookup = views._urgent_contacts
    monkeypatch.setattr(
        views, "_urgent_contacts", lambda d: looked_up.append(d) or original_lookup(d)
    )
    # The first page ever served also creates the settings rows: a content change.
    FooterSettings.load()
    ContactSettings.load()
    first = Client().get("/km/complaints/?destination=thailand")
    assert len(rendered) > 10
    assert len(looked_up) == 1
    rendered.clear()
    looked_up.clear()
    second = Client().get("/km/complaints/?destination=thailand")
    assert rendered == ["form_token"]  # the only field outside the cached ones
    assert looked_up == []  # the danger box, numbers included, came from the cache too
    assert without_tokens(second) == without_tokens(first)
    # Each reader still gets a token of their own.
    assert TOKENS.findall(first.content) and first.content != second.content


def test_each_destination_language_and_answer_has_its_own_fields(home_km):
    client = Client()
    thailand = client.get("/en/complaints/?destination=thailand").content.decode()
    japan = client.get("/en/complaints/?destination=japan").content.decode()
    khmer = client.get("/km/complaints/?destination=japan").content.decode()
    urgent = client.get("/en/complaints/?destination=japan&sign=locked_in").content.decode()
    assert re.search(r'<option value="thailand" selected', thailand)
    assert re.search(r'<option value="japan" selected', japan)
    assert "Send the complaint" in japan and "Send the complaint" not in khmer
    answered_yes = re.compile(r'value="yes"[^>]*checked')
    assert not answered_yes.search(japan) and answered_yes.search(urgent)


def test_a_content_change_is_seen_at_once(home_km):
    Client().get("/en/complaints/")
    Destination.objects.filter(slug="japan").update(name_en="Nippon")
    Destination.objects.get(slug="japan").save()  # a save: the content generation moves on
    assert "Nippon" in Client().get("/en/complaints/").content.decode()


def test_a_form_sent_back_shows_what_was_typed_not_the_cached_fields(home_km, client):
    client.get("/en/complaints/")
    response = client.post(
        "/en/complaints/", valid_post(description="", employer="Typed employer name")
    )
    assert response.status_code == 400
    assert "Typed employer name" in response.content.decode()
