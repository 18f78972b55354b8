"""With Redis unreachable, the production stack keeps every public page and the whole
complaint path working (real gunicorn, two workers, portal.settings.production): Redis that
refuses connections, and Redis that accepts them and never answers."""

import json

import pytest

from bench.stack import (
    ClientFrom,
    Gunicorn,
    SilentServer,
    file_complaint,
    free_port,
    hidden_fields,
    receipt_of,
)

# One worker runs every real-stack test (tests/conftest.py): this module builds its stack once.
pytestmark = pytest.mark.slow
PUBLIC_PAGES = [
    "/km/",
    "/en/",
    "/km/destinations/thailand/",
    "/ar/rights/",
    "/km/agencies/?q=demo",
    "/km/complaints/urgent/?destination=kuwait",
    "/km/statistics/",
    "/api/v2/statistics/",
    "/leave/",
]


@pytest.fixture(scope="module")
def site(tmp_path_factory, stack_sites, stack_database):
    return stack_sites.new_site(tmp_path_factory.mktemp("redis-down"), stack_database)


def environment(site, **overrides):
    return {**site, **{key: str(value) for key, value in overrides.items()}}


def track(client, url, reference, code, **extra):
    _status, _headers, html = client.request(url + "/km/complaints/track/")
    data = {**hidden_fields(html), "reference": reference, "code": code, **extra}
    return client.request(url + "/km/complaints/track/", data=list(data.items()))


@pytest.mark.parametrize("redis", ["refusing", "silent"])
def test_pages_and_complaints_work_and_healthz_says_degraded(site, redis):
    with SilentServer() as silent:
        port = silent.port if redis == "silent" else free_port()
        env = environment(site, REDIS_URL=f"redis://127.0.0.1:{port}/0")
        with Gunicorn(env, workers=2) as server:
            client = ClientFrom()
            for path in PUBLIC_PAGES * 3:
                status, _headers, _body = client.request(server.url + path)
                assert status == 200, path

            # File a complaint, then post the same form again (a double tap): the second
            # answer shows the same receipt with its code, from whichever worker it reaches.
            _status, _headers, html = client.request(server.url + "/km/complaints/")
            fields = {
                **hidden_fields(html),
                "filer_kind": "worker",
                "destination": "kuwait",
                "description": "Passport taken by the employer.",
                "contact_method": "none",
                "consent": "on",
            }
            status, _headers, body = client.request(
                server.url + "/km/complaints/", data=list(fields.items())
            )
            assert status == 200
            reference, code = receipt_of(body)
            assert reference and code
            for _repeat in range(3):
                status, _headers, again = client.request(
                    server.url + "/km/complaints/", data=list(fields.items())
                )
                assert status == 200
                assert receipt_of(again) == (reference, code)

            status, _headers, page = track(client, server.url, reference, code)
            assert status == 200 and reference in page
            # The statistics forget their figures on every complaint, Redis or not.
            status, _headers, body = client.request(server.url + "/api/v2/statistics/")
            assert status == 200 and json.loads(body)["meta"]["small_count"] == 5
            status, _headers, page = track(
                client, server.url, reference, code, text="They moved me to another house."
            )
            assert status == 200
            assert "They moved me to another house." in page

            status, _headers, body = client.request(server.url + "/healthz")
            assert status == 200
            health = json.loads(body)
            assert (health["database"], health["cache"], health["status"]) == (
                "ok",
                "degraded",
                "degraded",
            )
            log = server.output()
    # Logged once a minute per process, not once per request.
    assert 1 <= log.count("shared cache (Redis) unreachable") <= 2, log


def test_second_complaint_from_the_same_page_is_new_with_redis_down(site):
    """Each form token is one complaint: two different forms are two complaints."""
    env = environment(site, REDIS_URL=f"redis://127.0.0.1:{free_port()}/0")
    with Gunicorn(env, workers=2) as server:
        client = ClientFrom()
        first = receipt_of(file_complaint(client, server.url)[1])
        second = receipt_of(file_complaint(client, server.url)[1])
        assert first[0] and second[0] and first[0] != second[0]
