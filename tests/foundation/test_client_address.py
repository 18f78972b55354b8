"""The one rule for a request's client address: REMOTE_ADDR, unless the request came from a
trusted proxy, in which case X-Forwarded-For read from the right."""

import pytest
from django.test import RequestFactory

from orientation.core.client_address import client_address, client_fingerprint, client_network


def request_from(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


@pytest.fixture
def proxies(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "127.0.0.1"]
    return settings


def test_the_forwarded_address_is_believed_from_a_trusted_proxy(proxies):
    assert client_address(request_from("10.1.2.3", "203.0.113.7")) == "203.0.113.7"


def test_a_client_cannot_write_its_own_forwarded_header(proxies):
    # Not from a proxy: the header is the client's own words.
    assert client_address(request_from("198.51.100.9", "203.0.113.7")) == "198.51.100.9"


def test_addresses_left_of_the_client_are_ignored(proxies):
    # The client wrote "1.1.1.1" itself; the trusted proxy appended the address it saw.
    request = request_from("127.0.0.1", "1.1.1.1, 203.0.113.7, 10.9.9.9")
    assert client_address(request) == "203.0.113.7"


def test_nothing_is_trusted_when_no_proxy_is_named(settings):
    settings.TRUSTED_PROXIES = []
    assert client_address(request_from("127.0.0.1", "203.0.113.7")) == "127.0.0.1"


def test_a_malformed_hop_falls_back_to_what_the_proxy_saw(proxies):
    assert client_address(request_from("10.0.0.1", "not-an-address")) == "10.0.0.1"


def test_an_ipv6_phone_counts_as_its_whole_64(proxies):
    one = request_from("10.0.0.1", "2001:db8:1:2::a")
    other = request_from("10.0.0.1", "2001:db8:1:2:ffff::b")
    elsewhere = request_from("10.0.0.1", "2001:db8:1:3::a")
    assert client_network(one) == "2001:db8:1:2::/64"
    assert client_fingerprint(one) == client_fingerprint(other)
    assert client_fingerprint(one) != client_fingerprint(elsewhere)


def test_the_fingerprint_does_not_contain_the_address(proxies):
    fingerprint = client_fingerprint(request_from("10.0.0.1", "203.0.113.7"))
    assert "203.0.113.7" not in fingerprint and len(fingerprint) == 32
