"""Each worker's own copies of cached pages (portal/page_cache.py WorkerCopies): a hit reads
only the generation from the shared cache, and a copy never outlives a publish made on any
host nor its shared entry's expiry."""

import datetime
from unittest import mock

import pytest
import time_machine

import portal.page_cache
from orientation.core.content_generation import bump_generation

pytestmark = pytest.mark.django_db


def test_a_hit_from_the_workers_copy_does_not_fetch_the_page(client, home_km, page_cache_on):
    assert client.get("/km/")["X-Page-Cache"] == "miss"
    shared = portal.page_cache.cache
    with mock.patch.object(portal.page_cache, "cache", wraps=shared) as watched:
        response = client.get("/km/")
    assert response["X-Page-Cache"] == "hit"
    assert not watched.get.called  # the page came from the worker's copy


def test_a_publish_on_another_host_is_seen_at_once(client, home_km, page_cache_on):
    client.get("/km/")
    assert client.get("/km/")["X-Page-Cache"] == "hit"
    bump_generation()  # what a publish on any host writes to the shared cache
    assert client.get("/km/")["X-Page-Cache"] == "miss"


def test_a_copy_ends_when_its_shared_entry_expires(client, home_km, page_cache_on, settings):
    settings.PAGE_CACHE_SECONDS = 60
    start = datetime.datetime(2026, 11, 30, 12, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False):
        client.get("/km/")
        assert client.get("/km/")["X-Page-Cache"] == "hit"
    with time_machine.travel(start + datetime.timedelta(seconds=61), tick=False):
        assert client.get("/km/")["X-Page-Cache"] == "miss"
