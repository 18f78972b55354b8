"""The Redis cache backend that falls back to a per-process cache while Redis is down."""

import logging

import pytest

from bench.stack import free_port
from portal import resilient_cache
from portal.resilient_cache import ResilientRedisCache, cache_status


@pytest.fixture
def dead_redis():
    cache = ResilientRedisCache(
        f"redis://127.0.0.1:{free_port()}/0", {"TIMEOUT": 60, "KEY_PREFIX": "t"}
    )
    yield cache
    resilient_cache._states.clear()


def test_reads_and_writes_work_from_the_fallback(dead_redis):
    assert dead_redis.get("missing", "default") == "default"
    dead_redis.set("key", "value")
    assert dead_redis.get("key") == "value"
    assert dead_redis.add("counter", 0)
    assert dead_redis.incr("counter") == 1
    assert dead_redis.get_many(["key", "counter"]) == {"key": "value", "counter": 1}
    with pytest.raises(ValueError):
        dead_redis.incr("never-set")


def test_the_outage_is_logged_once_not_per_call(dead_redis, caplog):
    with caplog.at_level(logging.ERROR, logger="portal.resilient_cache"):
        for number in range(50):
            dead_redis.get(f"key-{number}")
    assert len([r for r in caplog.records if "unreachable" in r.message]) == 1


def test_health_reports_degraded_then_ok_and_recovery_runs_callbacks(dead_redis, monkeypatch):
    assert cache_status(dead_redis) == "degraded"
    recovered = []
    monkeypatch.setattr(resilient_cache, "_recovery_callbacks", [lambda: recovered.append(1)])
    monkeypatch.setattr(
        type(dead_redis._cache),
        "get_client",
        lambda self, *a, **k: type("C", (), {"ping": lambda s: True})(),
    )
    assert cache_status(dead_redis) == "ok"
    assert recovered == [1]


def test_a_local_cache_is_reported_as_such():
    from django.core.cache import caches

    assert cache_status(caches["default"]) == "local"
