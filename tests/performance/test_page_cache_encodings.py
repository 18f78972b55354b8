"""The page cache keeps each page's compressed forms and ETag, made once when it is stored
(issue 23): a hit serves the form the request accepts without compressing again."""

import gzip

import brotli
import pytest

from tests.alerts.factories import AlertFactory


@pytest.fixture
def stored_home(client, home_km, page_cache_on):
    first = client.get("/km/")
    assert first["X-Page-Cache"] == "miss"
    return first


def test_each_hit_gets_the_form_it_accepts_from_one_stored_page(client, stored_home):
    page = stored_home.content
    forms = {
        "gzip, deflate, br": ("br", brotli.decompress),
        "gzip, deflate": ("gzip", gzip.decompress),
        "br;q=0, gzip": ("gzip", gzip.decompress),
        "identity": (None, bytes),
        "": (None, bytes),
    }
    etags = set()
    for accepted, (encoding, decode) in forms.items():
        hit = client.get("/km/", HTTP_ACCEPT_ENCODING=accepted)
        assert hit["X-Page-Cache"] == "hit"
        assert hit.get("Content-Encoding") == encoding, accepted
        assert decode(hit.content) == page
        assert int(hit["Content-Length"]) == len(hit.content)
        assert "Accept-Encoding" in hit["Vary"]
        assert "Cookie" not in hit["Vary"]
        etags.add(hit["ETag"])
    assert len(etags) == 1 and etags.pop().startswith('W/"')


def test_a_hit_compresses_nothing(client, stored_home, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("compressed on a hit")

    monkeypatch.setattr(gzip, "compress", refuse)
    monkeypatch.setattr(brotli, "compress", refuse)
    monkeypatch.setattr("django.middleware.gzip.compress_string", refuse)
    hit = client.get("/km/", HTTP_ACCEPT_ENCODING="gzip, br")
    assert hit["X-Page-Cache"] == "hit" and hit["Content-Encoding"] == "br"


def test_a_known_etag_gets_a_304_in_any_encoding(client, stored_home):
    etag = client.get("/km/", HTTP_ACCEPT_ENCODING="gzip")["ETag"]
    for accepted in ("gzip", "br", ""):
        answer = client.get("/km/", HTTP_IF_NONE_MATCH=etag, HTTP_ACCEPT_ENCODING=accepted)
        assert answer.status_code == 304
        assert answer["ETag"] == etag
        assert "public" in answer["Cache-Control"]
        assert answer.content == b""


def test_the_first_answer_is_compressed_too(client, home_km, page_cache_on):
    first = client.get("/en/", HTTP_ACCEPT_ENCODING="gzip")
    assert first["X-Page-Cache"] == "miss"
    assert first["Content-Encoding"] == "gzip"
    assert gzip.decompress(first.content).startswith(b"<!doctype html>")


def test_an_uncacheable_page_is_still_compressed_by_django(client, home_km, page_cache_on):
    response = client.get("/km/complaints/", HTTP_ACCEPT_ENCODING="gzip")
    assert "X-Page-Cache" not in response
    assert response["Content-Encoding"] == "gzip"


def test_a_cached_feed_answers_every_origin(client, home_km, page_cache_on):
    AlertFactory()
    assert client.get("/en/feeds/alerts.xml")["X-Page-Cache"] == "miss"
    hit = client.get("/en/feeds/alerts.xml", HTTP_ORIGIN="https://ngo.example")
    assert hit["X-Page-Cache"] == "hit"
    assert hit["Access-Control-Allow-Origin"] == "*"
