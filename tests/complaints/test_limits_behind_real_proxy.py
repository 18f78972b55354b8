"""The production stack as deployed: gunicorn (two workers, production settings, Redis)
behind a reverse proxy that forwards the client's address. Different people reach it from
different addresses (127.0.0.2, 127.0.0.3) through the same proxy."""

import pytest

from bench.stack import (
    ClientFrom,
    ForwardingProxy,
    Gunicorn,
    file_complaint,
    hidden_fields,
    receipt_of,
    service_answers,
)

# One worker runs every real-stack test (tests/conftest.py): one stack for the module, and no
# other test uses its Redis database at the same time.
pytestmark = [
    pytest.mark.slow,
    pytest.mark.redis,
    pytest.mark.skipif(
        not service_answers("127.0.0.1", 6379), reason="needs Redis on 127.0.0.1:6379"
    ),
]
REDIS_URL = "redis://127.0.0.1:6379/9"


@pytest.fixture(scope="module")
def stack(tmp_path_factory, stack_sites, stack_database):
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    folder = tmp_path_factory.mktemp("behind-proxy")
    env = stack_sites.new_site(
        folder,
        stack_database,
        demo=False,
        REDIS_URL=REDIS_URL,
        COMPLAINT_RATE_LIMIT="3/h",
        COMPLAINT_ALERT_RATE="100/h",
        FORWARDED_ALLOW_IPS="127.0.0.1",
        # Limits are shared through Redis here; on a CI machine busy with another stack a
        # reply can take longer than the production 0.5 s, and the per-process fallback
        # (tested in test_redis_down.py) would count per gunicorn worker instead.
        REDIS_TIMEOUT_SECONDS="5",
    )
    with Gunicorn(env, workers=2) as server, ForwardingProxy(server.url) as proxy:
        yield proxy.url
    redis.Redis.from_url(REDIS_URL).flushdb()


def test_one_person_over_the_limit_does_not_lock_out_the_next(stack):
    a, b = ClientFrom("127.0.0.2"), ClientFrom("127.0.0.3")
    statuses = [file_complaint(a, stack)[0] for _ in range(4)]
    assert statuses == [200, 200, 200, 429]
    status, body = file_complaint(b, stack)
    assert status == 200
    assert receipt_of(body)[0]


def test_wrong_codes_from_one_person_do_not_lock_out_the_worker(stack):
    worker, attacker = ClientFrom("127.0.0.4"), ClientFrom("127.0.0.5")
    reference, code = receipt_of(file_complaint(worker, stack)[1])

    def track(client, secret):
        _status, _headers, html = client.request(stack + "/en/complaints/track/")
        data = {**hidden_fields(html), "reference": reference, "code": secret}
        return client.request(stack + "/en/complaints/track/", data=list(data.items()))[0]

    attempts = [track(attacker, "WRONG-WRONG-0000") for _ in range(12)]
    assert 429 in attempts
    assert track(worker, code) == 200
