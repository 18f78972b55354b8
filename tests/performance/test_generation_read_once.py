"""The content generation is read from the shared cache once per request
(orientation/core/content_generation.py): on Redis each read is a round trip, and every
kept fragment of a page reads it. With CONTENT_GENERATION_COPY_SECONDS (production on Redis)
each worker reads it at most that often, and sees its own publishes at once."""

import datetime

import pytest
import time_machine
from django.core.cache import caches

from orientation.core.content_generation import (
    GENERATION_KEY,
    OneReadPerRequestMiddleware,
    bump_generation,
    current_generation,
)
from tests.destinations.factories import DestinationGuidePageFactory, GuideIndexPageFactory, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def generation_reads(monkeypatch):
    shared = caches["default"]
    original = shared.get
    reads = []

    def get(key, *args, **kwargs):
        if key == GENERATION_KEY:
            reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(shared, "get", get)
    return reads


def test_an_uncached_guide_reads_the_generation_once(client, home_km, generation_reads):
    guide = DestinationGuidePageFactory(
        parent=GuideIndexPageFactory(parent=home_km), body=[section()]
    )
    client.get(guide.url)
    client.get(guide.url)  # the first page served creates the settings rows
    generation_reads.clear()
    assert client.get(guide.url).status_code == 200
    assert len(generation_reads) == 1


def test_a_change_during_the_request_is_read_after_it(generation_reads):
    seen = []

    def view(request):
        seen.append(current_generation())
        seen.append(current_generation())
        bump_generation()
        seen.append(current_generation())
        return None

    OneReadPerRequestMiddleware(view)(object())
    assert seen[0] == seen[1]
    assert seen[2] == seen[1] + 1
    assert len(generation_reads) == 2


def test_outside_a_request_each_call_reads_the_shared_value(generation_reads):
    first = current_generation()
    caches["default"].incr(GENERATION_KEY)  # another host's publish
    assert current_generation() == first + 1


@pytest.fixture
def worker_copy_for_a_second(settings):
    settings.CONTENT_GENERATION_COPY_SECONDS = 1
    start = datetime.datetime(2026, 12, 2, 9, 0, tzinfo=datetime.UTC)
    with time_machine.travel(start, tick=False) as clock:
        bump_generation()  # the copy starts from a known moment
        yield clock


def test_a_worker_reads_the_generation_at_most_once_a_second(
    generation_reads, worker_copy_for_a_second
):
    first = current_generation()
    caches["default"].incr(GENERATION_KEY)  # another host's publish
    worker_copy_for_a_second.shift(0.9)
    assert current_generation() == first  # still this worker's copy
    assert generation_reads == []
    worker_copy_for_a_second.shift(0.2)
    assert current_generation() == first + 1  # a second on: read again
    assert len(generation_reads) == 1


def test_a_publish_through_this_worker_is_seen_at_once(worker_copy_for_a_second):
    first = current_generation()
    bump_generation()
    assert current_generation() == first + 1


def test_a_cached_page_is_served_without_reading_the_generation(
    client, home_km, page_cache_on, generation_reads, worker_copy_for_a_second
):
    assert client.get("/km/")["X-Page-Cache"] == "miss"
    generation_reads.clear()
    assert client.get("/km/")["X-Page-Cache"] == "hit"
    assert generation_reads == []
