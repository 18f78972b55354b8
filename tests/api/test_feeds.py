"""The feeds as partners' readers and the W3C feed validator see them: every feed of every
language passes the strict Atom check (tests/feed_checks.py), says which language each entry
is written in, names itself by its own address, and can be read across origins."""

import datetime
import xml.etree.ElementTree as ET

import pytest
import time_machine
from django.conf import settings

from tests.alerts.factories import AlertFactory, translate_alert
from tests.conftest import DEMO_READERS_GROUP
from tests.feed_checks import ATOM, XML_LANG, atom_problems

FEEDS = ["/{lang}/feeds/alerts.xml", "/{lang}/feeds/scams.xml"]
LANGUAGES = [code for code, _name in settings.LANGUAGES]
PUBLIC = "http://testserver"


def fetch(client, path, **headers):
    response = client.get(path, **headers)
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/atom+xml")
    return response


def entries_of(response):
    return ET.fromstring(response.content).findall(f"{ATOM}entry")  # noqa: S314


def the_feed(response):
    return ET.fromstring(response.content)  # noqa: S314


@pytest.mark.django_db
@pytest.mark.usefixtures("home_km")
def test_the_check_finds_what_the_validator_would():
    """The checker can fail: a feed with a relative self link, a missing id, a bad date,
    a duplicated entry id and a script in its HTML gets each named."""
    broken = f"""<?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="{ATOM[1:-1]}" xml:lang="english language">
      <title>t</title><updated>yesterday</updated>
      <link rel="self" href="/km/feeds/alerts.xml"/>
      <entry><id>urn:uuid:1</id><title>a</title><updated>2026-01-01T00:00:00Z</updated>
        <summary type="html">&lt;script&gt;x&lt;/script&gt;</summary></entry>
      <entry><id>urn:uuid:1</id><title>b</title><updated>2026-01-01T00:00:00Z</updated></entry>
    </feed>"""
    problems = " | ".join(atom_problems(broken.encode(), PUBLIC + "/km/feeds/alerts.xml"))
    for expected in (
        "invalid xml:lang",
        "feed has no id",
        "not an RFC 3339 date",
        "is not the feed's address",
        "relative or odd link",
        "unsafe HTML: script",
        "is used 2 times",
        "neither content nor an alternate link",
        "no author",
    ):
        assert expected in problems, expected


@pytest.mark.django_db
@pytest.mark.usefixtures("home_km")
def test_each_entry_says_the_language_its_text_is_in(client):
    translated = AlertFactory(title="ព្រំដែនបិទ")
    translate_alert(translated, "en", title="Border closed")
    AlertFactory(title="ការបោកប្រាស់ថ្មី")  # not translated: English readers get the Khmer
    feed = fetch(client, "/en/feeds/alerts.xml")
    assert the_feed(feed).get(XML_LANG) == "en"
    languages = {entry.find(f"{ATOM}title").text: entry.get(XML_LANG) for entry in entries_of(feed)}
    assert languages == {"Border closed": None, "ការបោកប្រាស់ថ្មី": "km"}
    chinese = fetch(client, "/zh-hant/feeds/alerts.xml")
    assert the_feed(chinese).get(XML_LANG) == "zh-Hant"
    assert {entry.get(XML_LANG) for entry in entries_of(chinese)} == {"km"}


@pytest.mark.django_db
@pytest.mark.usefixtures("home_km")
def test_a_destination_feed_has_its_own_id_and_self_link(client):
    AlertFactory(destinations=["thailand"])
    everywhere = the_feed(fetch(client, "/km/feeds/alerts.xml"))
    thailand_response = fetch(client, "/km/feeds/alerts.xml?destination=thailand")
    thailand = the_feed(thailand_response)
    assert everywhere.find(f"{ATOM}id").text != thailand.find(f"{ATOM}id").text
    self_link = [link for link in thailand.findall(f"{ATOM}link") if link.get("rel") == "self"]
    assert self_link[0].get("href") == PUBLIC + "/km/feeds/alerts.xml?destination=thailand"
    assert atom_problems(thailand_response.content, self_link[0].get("href")) == []
    # An unknown destination gives the feed of every destination, named as that one.
    unknown = the_feed(fetch(client, "/km/feeds/alerts.xml?destination=atlantis"))
    assert unknown.find(f"{ATOM}id").text == everywhere.find(f"{ATOM}id").text


@pytest.mark.django_db
@pytest.mark.usefixtures("home_km")
def test_a_corrected_alert_carries_the_time_of_its_correction(client):
    start = datetime.datetime(2026, 11, 2, 8, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        alert = AlertFactory(title="ព្រំដែនបិទ", starts_at=start)
        alert.save_revision().publish()
        (entry,) = entries_of(fetch(client, "/km/feeds/alerts.xml"))
        first = entry.find(f"{ATOM}updated").text
    with time_machine.travel(start + datetime.timedelta(hours=3), tick=False):
        alert.title = "ព្រំដែនបិទ (កែតម្រូវ)"
        alert.save_revision().publish()
        response = fetch(client, "/km/feeds/alerts.xml")
    (entry,) = entries_of(response)
    assert first.startswith("2026-11-02T08:00")
    assert entry.find(f"{ATOM}updated").text.startswith("2026-11-02T11:00")
    assert entry.find(f"{ATOM}published").text.startswith("2026-11-02T08:00")
    assert the_feed(response).find(f"{ATOM}updated").text.startswith("2026-11-02T11:00")


@pytest.mark.django_db
@pytest.mark.usefixtures("home_km")
@pytest.mark.parametrize("path", [feed.format(lang="en") for feed in FEEDS])
def test_feeds_are_readable_across_origins_and_their_ids_ignore_the_host(client, path, settings):
    settings.ALLOWED_HOSTS = ["testserver", "other.example"]
    AlertFactory()
    origin = {"HTTP_ORIGIN": "https://ngo.example"}
    here = fetch(client, path, **origin)
    assert here["Access-Control-Allow-Origin"] == "*"
    elsewhere = fetch(client, path, HTTP_HOST="other.example")
    assert ids_of(here) == ids_of(elsewhere)
    assert "other.example" not in elsewhere.content.decode()


def ids_of(response):
    root = the_feed(response)
    return [root.find(f"{ATOM}id").text] + [
        entry.find(f"{ATOM}id").text for entry in root.findall(f"{ATOM}entry")
    ]


@pytest.mark.django_db
@DEMO_READERS_GROUP
@pytest.mark.parametrize("language", LANGUAGES)
def test_every_feed_of_the_demo_passes_the_strict_atom_check(client, demo_content, language):
    for feed in FEEDS:
        path = feed.format(lang=language)
        for query in ("", "?destination=thailand"):
            response = fetch(client, path + query)
            assert entries_of(response), f"{path}{query} has no entries to check"
            assert atom_problems(response.content, PUBLIC + path + query) == [], path + query
