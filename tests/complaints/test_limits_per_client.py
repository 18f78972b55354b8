"""Limits on the complaint path count each client behind the trusted proxy, so that workers
sharing a proxy, a carrier address or an office are not locked out by one another."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from orientation.complaints.models import CaseEvent, Complaint

from .factories import KNOWN_CODE, ComplaintFactory, SupervisorFactory
from .helpers import valid_post

pytestmark = pytest.mark.django_db

FORM_URL = "/km/complaints/"
TRACK_URL = "/km/complaints/track/"


@pytest.fixture(autouse=True)
def _behind_the_proxy(settings):
    cache.clear()
    settings.TRUSTED_PROXIES = ["127.0.0.1"]


def person(address):
    """A browser whose requests reach Django through the proxy at 127.0.0.1."""
    return Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=address)


def test_one_client_over_the_limit_does_not_block_another(settings):
    settings.COMPLAINT_RATE_LIMIT = "3/h"
    settings.COMPLAINT_ALERT_RATE = "100/h"
    a, b = person("203.0.113.10"), person("203.0.113.20")
    for number in range(3):
        assert a.post(FORM_URL, valid_post(form_token=f"a{number}")).status_code == 200
    refused = a.post(FORM_URL, valid_post(form_token="a-over", location="Rayong"))
    assert refused.status_code == 429
    assert "Rayong" in refused.content.decode()
    assert b.post(FORM_URL, valid_post(form_token="b0")).status_code == 200
    assert Complaint.objects.count() == 4


def test_a_client_over_the_limit_has_no_file_parsed(settings, monkeypatch):
    settings.COMPLAINT_RATE_LIMIT = "1/h"
    a = person("203.0.113.10")
    a.post(FORM_URL, valid_post(form_token="first"))
    from orientation.complaints import attachments

    def must_not_run(upload):
        raise AssertionError("a throttled client's file was parsed")

    monkeypatch.setattr(attachments, "clean_upload", must_not_run)
    assert a.post(FORM_URL, valid_post(form_token="second")).status_code == 429


def test_an_unusual_rate_alerts_supervisors_once_and_refuses_nobody(settings):
    settings.COMPLAINT_RATE_LIMIT = "60/h"
    settings.COMPLAINT_ALERT_RATE = "3/h"
    SupervisorFactory(username="boss", email="boss@example.org", admin_language="en")
    office = person("198.51.100.5")
    for number in range(6):
        assert office.post(FORM_URL, valid_post(form_token=f"o{number}")).status_code == 200
    alerts = [m for m in mail.outbox if "Unusual number of complaints" in m.subject]
    assert len(alerts) == 1
    assert alerts[0].to == ["boss@example.org"]
    assert "198.51.100.5" not in alerts[0].body


def test_an_attackers_wrong_codes_do_not_lock_the_worker_out():
    complaint = ComplaintFactory()
    attacker, worker = person("203.0.113.66"), person("203.0.113.77")
    wrong = {"reference": complaint.reference, "code": "WRONG-CODE"}
    statuses = [attacker.post(TRACK_URL, wrong).status_code for _ in range(12)]
    assert statuses[:3] == [404, 404, 404]
    assert 429 in statuses
    right = worker.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE})
    assert right.status_code == 200


def test_a_right_pair_does_not_reset_the_attackers_failures_elsewhere():
    own = ComplaintFactory()
    target = ComplaintFactory()
    attacker = person("203.0.113.66")
    for _ in range(4):
        attacker.post(TRACK_URL, {"reference": target.reference, "code": "WRONG-CODE"})
    # The attacker tracks their own complaint with its right code ...
    assert (
        attacker.post(TRACK_URL, {"reference": own.reference, "code": KNOWN_CODE}).status_code
        == 200
    )
    # ... and is still slowed on the other one.
    again = attacker.post(TRACK_URL, {"reference": target.reference, "code": "WRONG-CODE"})
    assert again.status_code == 429


def test_scanning_many_references_stops_the_scanner():
    from orientation.complaints.throttling import TRACKING_NETWORK_MAX_FAILURES

    scanner = person("203.0.113.99")
    for number in range(TRACKING_NETWORK_MAX_FAILURES):
        scanner.post(TRACK_URL, {"reference": f"KH-SCAN{number:04d}", "code": "X"})
    complaint = ComplaintFactory()
    blocked = scanner.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE})
    assert blocked.status_code == 429
    # Somebody else on another address is not affected.
    other = person("203.0.113.100")
    assert (
        other.post(TRACK_URL, {"reference": complaint.reference, "code": KNOWN_CODE}).status_code
        == 200
    )


def test_adding_information_is_rate_limited_per_complaint():
    from orientation.complaints.throttling import UPDATES_PER_COMPLAINT, parse_rate

    limit, _seconds = parse_rate(UPDATES_PER_COMPLAINT)
    complaint = ComplaintFactory()
    worker = person("203.0.113.5")
    pair = {"reference": complaint.reference, "code": KNOWN_CODE}
    for number in range(limit):
        response = worker.post(TRACK_URL, {**pair, "text": f"update {number}"})
        assert response.status_code == 200
    refused = worker.post(TRACK_URL, {**pair, "text": "one too many"})
    assert refused.status_code == 429
    assert "one too many" in refused.content.decode()
    updates = CaseEvent.objects.filter(complaint=complaint, kind=CaseEvent.Kind.WORKER_UPDATE)
    assert updates.count() == limit
