"""Who is asking: the one rule for a request's client address.

Behind the reverse proxy that docs/deployment.md describes, REMOTE_ADDR is the proxy's own
address, so every limit keyed on it would be national. The client's address is read from
X-Forwarded-For, but only when the request came from a proxy named in settings.TRUSTED_PROXIES
(FORWARDED_ALLOW_IPS in the environment): any other client could write that header itself.

Complaint limits, tracking limits and the staff login throttle all call these functions.
"""

import hashlib
import ipaddress
from functools import lru_cache

from django.conf import settings

FORWARDED_HEADER = "HTTP_X_FORWARDED_FOR"
UNKNOWN = "unknown"


@lru_cache(maxsize=8)
def _networks(proxies):
    networks = []
    for entry in proxies:
        entry = entry.strip()
        if not entry:
            continue
        if entry == "*":
            # gunicorn's "trust everyone" spelling; a deployment that means it may say so.
            return (ipaddress.ip_network("0.0.0.0/0"), ipaddress.ip_network("::/0"))
        networks.append(ipaddress.ip_network(entry, strict=False))
    return tuple(networks)


def trusted_proxy_networks():
    proxies = getattr(settings, "TRUSTED_PROXIES", ())
    if isinstance(proxies, str):
        proxies = proxies.split(",")
    return _networks(tuple(proxies))


def _parse(address):
    try:
        return ipaddress.ip_address(address.strip().strip("[]"))
    except ValueError:
        return None


def _is_trusted(address, networks):
    return any(address in network for network in networks)


def client_address(request) -> str:
    """The address of the person (or machine) at the other end, as text.

    X-Forwarded-For is read from the right: each trusted proxy appends the address it saw,
    so the first address from the right that is not a trusted proxy is the client. Anything
    left of it was written by the client and is ignored."""
    remote = _parse(request.META.get("REMOTE_ADDR", "") or "")
    if remote is None:
        return UNKNOWN
    networks = trusted_proxy_networks()
    if not networks or not _is_trusted(remote, networks):
        return str(remote)
    forwarded = request.META.get(FORWARDED_HEADER, "")
    hops = [hop for hop in forwarded.split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _parse(hop)
        if address is None:
            # A malformed hop: what the nearest trusted proxy saw is all that can be trusted.
            break
        if not _is_trusted(address, networks):
            return str(address)
        remote = address
    return str(remote)


def client_network(request) -> str:
    """The unit a limit counts: one IPv4 address, or one IPv6 /64 (a phone on a mobile
    network gets a whole /64, and can pick a new address in it at will)."""
    address = _parse(client_address(request))
    if address is None:
        return UNKNOWN
    if address.version == 6:
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def client_fingerprint(request) -> str:
    """The client's network, keyed with the secret key: an IP address is personal data and
    has no business sitting in a cache or a log in clear."""
    digest = hashlib.sha256(f"{settings.SECRET_KEY}:{client_network(request)}".encode())
    return digest.hexdigest()[:32]
