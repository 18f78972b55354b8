"""Hosts of their own for a benchmark, on one machine: Linux network namespaces.

Each `NetworkHost` is a network namespace joined to this machine by a veth pair, as a second
server is joined by a network: its gunicorn listens on the namespace's own address
(10.231.N.2) and reaches PostgreSQL and Redis through the link at 10.231.N.1. PostgreSQL and
Redis listen on 127.0.0.1 only (as they do here and on CI), so a `socat` relay on the link's
address carries their ports to them; we do not change their configuration.

Needs root, `ip` (iproute2) and `socat`; `unavailable()` says which is missing.
"""

import os
import shutil
import subprocess
import time

SERVICES = (5432, 6379)  # PostgreSQL, Redis


def unavailable():
    """Why namespaces cannot be made here, or None."""
    if os.geteuid() != 0:
        return "network namespaces need root"
    for tool in ("ip", "socat"):
        if shutil.which(tool) is None:
            return f"`{tool}` is not installed"
    return None


def _ip(*args, check=True):
    return subprocess.run(["ip", *args], check=check, capture_output=True, text=True)


class NetworkHost:
    def __init__(self, index):
        self.name = f"portal-bench-{index}"
        self.outside = f"pbench{index}o"  # the veth end on this machine
        self.inside = f"pbench{index}i"  # the veth end in the namespace
        self.gateway = f"10.231.{index}.1"
        self.address = f"10.231.{index}.2"
        self.relays = []

    def __enter__(self):
        self._remove()  # what a killed run may have left
        _ip("netns", "add", self.name)
        _ip("link", "add", self.outside, "type", "veth", "peer", "name", self.inside)
        _ip("link", "set", self.inside, "netns", self.name)
        _ip("addr", "add", f"{self.gateway}/24", "dev", self.outside)
        _ip("link", "set", self.outside, "up")
        for args in (
            ("addr", "add", f"{self.address}/24", "dev", self.inside),
            ("link", "set", self.inside, "up"),
            ("link", "set", "lo", "up"),
        ):
            _ip("-n", self.name, *args)
        for port in SERVICES:
            self.relays.append(
                subprocess.Popen(
                    [
                        "socat",
                        f"TCP-LISTEN:{port},bind={self.gateway},fork,reuseaddr",
                        f"TCP:127.0.0.1:{port}",
                    ],
                    stdout=subprocess.DEVNULL,
                    stderr=subprocess.DEVNULL,
                )
            )
        time.sleep(0.3)  # socat's listen
        return self

    def command(self, argv):
        """`argv` run inside this host."""
        return ["ip", "netns", "exec", self.name, *argv]

    def service_url(self, url):
        """A PostgreSQL or Redis URL on 127.0.0.1, as this host reaches it."""
        return url.replace("127.0.0.1", self.gateway)

    def __exit__(self, *exc):
        for relay in self.relays:
            relay.terminate()
            relay.wait(timeout=10)
        self._remove()
        return False

    def _remove(self):
        _ip("netns", "del", self.name, check=False)  # takes the veth pair with it
        _ip("link", "del", self.outside, check=False)
