"""A surge of complaints, and a publish seen through another host (issue 23).

1. Surge: 1,000 complaints in one minute from 50 clients (each fetches the form, then posts
   it) against gunicorn with 2 workers, production settings, on PostgreSQL with Redis.
   Prints complaints per second, p50/p99, errors, and whether every complaint was stored
   once.
2. Two hosts: two gunicorns, each in its own network namespace with its own address
   (bench/network_hosts.py), sharing one PostgreSQL and one Redis over the link. An alert
   published as Wagtail's admin publishes it, by a process on host A, and the time until a
   reader of host B sees it (five times).

The surge runs against host A, so its requests cross a network link as a phone's do. Without
root, `ip` or `socat` both parts run as plain processes on 127.0.0.1, and the output says so.

    sudo .venv/bin/python bench/surge_bench.py [--complaints 1000] [--clients 50] [--seconds 60]

Needs PostgreSQL and Redis on 127.0.0.1; says so and stops otherwise. A benchmark: it asserts
nothing about time.
"""

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.complaints_concurrency import file_one, stored_references
from bench.network_hosts import NetworkHost, unavailable
from bench.stack import (
    Gunicorn,
    manage,
    postgres_database,
    prepare_site,
    production_environment,
    service_answers,
)

REDIS_URL = "redis://127.0.0.1:6379/13"
# Every bench client comes from 127.0.0.1: the per-address complaint limit would refuse most.
BENCH_SETTINGS = {"COMPLAINT_RATE_LIMIT": "100000/h", "PAGE_CACHE_SECONDS": "300"}
PUBLISH = """
import time
from django.utils import timezone
from orientation.alerts.models import Alert
from wagtail.models import Locale
alert = Alert(title="Surge bench alert", message="{text}", level="warning",
              locale=Locale.objects.get(language_code="en"), live=False)
alert.save()
alert.save_revision().publish()
print(time.time())
"""


def surge(base_url, total, clients, seconds):
    """`total` complaints spread evenly over `seconds` by `clients` threads."""
    local = threading.local()
    started = time.perf_counter()
    interval = seconds / total

    def paced(number):
        due = started + number * interval
        pause = due - time.perf_counter()
        if pause > 0:
            time.sleep(pause)
        return file_one(base_url, number, local)

    with ThreadPoolExecutor(max_workers=clients) as pool:
        results = list(pool.map(paced, range(total)))
    wall = time.perf_counter() - started
    latencies = sorted(result[0] for result in results)
    return {
        "rps": total / wall,
        "wall": wall,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[max(0, round(0.99 * len(latencies)) - 1)],
        "errors": [result[2] for result in results if result[2]],
        "references": [result[1] for result in results if result[1]],
    }


def page_text(url):
    with urllib.request.urlopen(url, timeout=10) as response:
        return response.headers.get("X-Page-Cache"), response.read().decode()


def publish_to_purge(env, reader_url, publisher=None):
    """Seconds from an editor's publish (committed by another process on the same settings)
    to the first answer of host B that shows it; B is read every 10 ms from before the
    publish starts, so the publishing process's own start and exit are not counted."""
    text = f"surge-{time.time_ns()}"
    page_text(reader_url)
    state, _body = page_text(reader_url)
    assert state == "hit", "host B should serve the page from the cache before the publish"
    seen = []

    def watch():
        deadline = time.time() + 60
        while time.time() < deadline:
            if text in page_text(reader_url)[1]:
                seen.append(time.time())
                return
            time.sleep(0.01)

    watcher = threading.Thread(target=watch)
    watcher.start()
    output = manage(env, "shell", "-c", PUBLISH.format(text=text), host=publisher).stdout
    published_at = float(output.strip().splitlines()[-1])
    watcher.join()
    return seen[0] - published_at if seen else None


def host_environment(env, host):
    """`env` as seen from `host`: the shared services through its link, its own address."""
    if host is None:
        return env
    return {
        **env,
        "DATABASE_URL": host.service_url(env["DATABASE_URL"]),
        "REDIS_URL": host.service_url(env["REDIS_URL"]),
        "ALLOWED_HOSTS": f"{env['ALLOWED_HOSTS']},{host.address}",
    }


def print_surge(args, figures, stored, where):
    returned = figures["references"]
    print(
        f"\n== Surge: {args.complaints} complaints over {args.seconds:.0f} s from "
        f"{args.clients} clients; gunicorn 2 workers {where}, PostgreSQL, Redis"
    )
    print(f"throughput      {figures['rps']:.1f} complaints/s (wall {figures['wall']:.1f} s)")
    print(f"latency p50     {figures['p50_ms']:.0f} ms (form GET + POST)")
    print(f"latency p99     {figures['p99_ms']:.0f} ms")
    print(f"errors          {len(figures['errors'])} {sorted(set(figures['errors']))[:5]}")
    lost = len(set(returned) - set(stored)) + len(figures["errors"])
    print(f"stored          {len(stored)} ({len(set(stored))} unique), lost {lost}")
    print(f"receipts match  {sorted(returned) == sorted(stored)}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=1000)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    if not (service_answers("127.0.0.1", 5432) and service_answers("127.0.0.1", 6379)):
        print("PostgreSQL or Redis does not answer on 127.0.0.1: nothing to measure")
        return
    import redis

    no_namespaces = unavailable()
    if no_namespaces:
        print(f"{no_namespaces}: the two hosts are two processes on 127.0.0.1 instead")
    redis.Redis.from_url(REDIS_URL).flushdb()
    with contextlib.ExitStack() as stack:
        folder = stack.enter_context(tempfile.TemporaryDirectory())
        database_url = stack.enter_context(postgres_database())
        env = production_environment(
            folder, DATABASE_URL=database_url, REDIS_URL=REDIS_URL, **BENCH_SETTINGS
        )
        prepare_site(env)
        before = set(stored_references(env))  # the demo's own complaints
        host_a = host_b = None
        if not no_namespaces:
            host_a = stack.enter_context(NetworkHost(1))
            host_b = stack.enter_context(NetworkHost(2))
        where = f"on host A ({host_a.address})" if host_a else "on 127.0.0.1"
        with Gunicorn(host_environment(env, host_a), workers=2, host=host_a) as server:
            figures = surge(server.url, args.complaints, args.clients, args.seconds)
        stored = [reference for reference in stored_references(env) if reference not in before]
        print_surge(args, figures, stored, where)

        # The publish is a process on host A, as an editor's publish through A's admin; the
        # reader asks host B, which shares only the database and Redis with A.
        env_a = host_environment(env, host_a)
        with (
            Gunicorn(env_a, workers=1, host=host_a),
            Gunicorn(host_environment(env, host_b), workers=1, host=host_b) as reader,
        ):
            delays = [
                publish_to_purge(env_a, reader.url + "/en/", publisher=host_a) for _ in range(5)
            ]
        shown = [f"{1000 * delay:.0f} ms" if delay is not None else "never" for delay in delays]
        kind = (
            f"network namespaces {host_a.address} and {host_b.address}"
            if host_a
            else "two processes on 127.0.0.1"
        )
        print(f"\n== Two hosts ({kind}; one PostgreSQL, one Redis)")
        print(f"publish to purge, seen through the other host: {', '.join(shown)}")
        print(f"load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")


if __name__ == "__main__":
    main()
