import datetime
import xml.etree.ElementTree as ET

import pytest

from .factories import AlertFactory, translate_alert

ATOM = "{http://www.w3.org/2005/Atom}"


def parse_atom(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)  # noqa: S314 (our own response)
    assert root.tag == f"{ATOM}feed"
    # RFC 4287: a feed has id, title, updated and an author (here at feed level).
    for element in ("id", "title", "updated", "author"):
        assert root.find(f"{ATOM}{element}") is not None, element
    assert root.find(f"{ATOM}author/{ATOM}name").text
    entries = root.findall(f"{ATOM}entry")
    for entry in entries:
        for element in ("id", "title", "updated", "link"):
            assert entry.find(f"{ATOM}{element}") is not None, element
    return root, entries


@pytest.mark.django_db
def test_alerts_feed_is_valid_atom_with_khmer_and_ampersands(client, home_km):
    AlertFactory(title="ការបិទព្រំដែន & ការបោកប្រាស់ <ថ្មី>", message='ព័ត៌មាន & ជំនួយ "ឥឡូវ"')
    root, entries = parse_atom(client.get("/km/feeds/alerts.xml"))
    assert len(entries) == 1
    assert entries[0].find(f"{ATOM}title").text == "ការបិទព្រំដែន & ការបោកប្រាស់ <ថ្មី>"
    assert entries[0].find(f"{ATOM}summary").text == 'ព័ត៌មាន & ជំនួយ "ឥឡូវ"'
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "km"


@pytest.mark.django_db
def test_empty_feed_is_still_valid_atom(client, home_km):
    _root, entries = parse_atom(client.get("/en/feeds/alerts.xml"))
    assert entries == []


@pytest.mark.django_db
def test_feed_follows_language_destination_and_expiry(client, home_km):
    alert = AlertFactory(title="ការជូនដំណឹងថៃ", destinations=["thailand"])
    translate_alert(alert, "en", title="Thailand & border")
    AlertFactory(
        title="ផុតកំណត់",
        starts_at=datetime.datetime(2020, 1, 1, tzinfo=datetime.UTC),
        expires_at=datetime.datetime(2020, 1, 2, tzinfo=datetime.UTC),
    )
    _root, entries = parse_atom(client.get("/en/feeds/alerts.xml"))
    assert [entry.find(f"{ATOM}title").text for entry in entries] == ["Thailand & border"]
    _root, entries = parse_atom(client.get("/en/feeds/alerts.xml?destination=japan"))
    assert entries == []
    _root, entries = parse_atom(client.get("/en/feeds/alerts.xml?destination=thailand"))
    assert len(entries) == 1
    # An unknown destination is not an error page for a feed reader.
    _root, entries = parse_atom(client.get("/en/feeds/alerts.xml?destination=%3Cscript%3E"))
    assert len(entries) == 1
    link = entries[0].find(f"{ATOM}link").get("href")
    assert link.startswith("http://testserver/en/#alert-")
