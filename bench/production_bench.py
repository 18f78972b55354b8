"""Requests per second and latency of the production stack (gunicorn, 2 workers, whitenoise),
in one run: the home page, a guide, the agency search, the cached guide against a static file
of the same bytes through the same gunicorn and whitenoise, asked plainly and as a browser asks
(gzip, br: the page/static ratio is the figure that matters), and complaint submissions.

    .venv/bin/python bench/production_bench.py   # SQLite, then PostgreSQL+Redis if present
    .venv/bin/python bench/production_bench.py --sqlite-only

Prints a table; asserts nothing about time (a benchmark, not a test).
"""

import argparse
import http.client
import os
import statistics
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stack import (
    Gunicorn,
    postgres_database,
    prepare_site,
    production_environment,
    service_answers,
)

PAGES = [
    ("home /km/", "/km/"),
    ("guide /km/destinations/thailand/", "/km/destinations/thailand/"),
    ("agency search /km/agencies/?q=demo", "/km/agencies/?q=demo"),
]
STATIC_NAME = "bench-same-size.html"
# Every bench client comes from 127.0.0.1: the per-address complaint limit would refuse most.
BENCH_SETTINGS = {"COMPLAINT_RATE_LIMIT": "100000/h"}


def load(base_url, path, total, concurrency, headers=None):
    host, port = base_url.removeprefix("http://").split(":")
    latencies, errors, sizes = [], [0], []
    lock = threading.Lock()
    per_thread = total // concurrency

    def worker():
        connection = http.client.HTTPConnection(host, int(port), timeout=30)
        for _ in range(per_thread):
            start = time.perf_counter()
            try:
                connection.request("GET", path, headers=headers or {})
                response = connection.getresponse()
                body = response.read()
                ok = response.status == 200
            except OSError:
                connection.close()
                connection = http.client.HTTPConnection(host, int(port), timeout=30)
                ok, body = False, b""
            elapsed = time.perf_counter() - start
            with lock:
                latencies.append(elapsed)
                sizes.append(len(body))
                if not ok:
                    errors[0] += 1
        connection.close()

    threads = [threading.Thread(target=worker) for _ in range(concurrency)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    duration = time.perf_counter() - started
    latencies.sort()
    return {
        "requests": len(latencies),
        "rps": len(latencies) / duration,
        "p50_ms": 1000 * statistics.median(latencies),
        "p99_ms": 1000 * latencies[int(len(latencies) * 0.99) - 1],
        "errors": errors[0],
        "bytes": int(statistics.median(sizes)) if sizes else 0,
    }


def complaint_figures(base_url, total, concurrency):
    try:
        from bench.complaints_concurrency import post_complaints
    except ImportError:
        return None
    return post_complaints(base_url, total=total, concurrency=concurrency)


GUIDE = "/km/destinations/thailand/"
AS_A_BROWSER = {"Accept-Encoding": "gzip, deflate, br"}


def same_bytes_as_static(static_root, body):
    """A static file with the guide's bytes, and its gzip and brotli forms beside it as
    whitenoise serves precompressed files: the same bytes through the same server."""
    import gzip

    import brotli

    (static_root / STATIC_NAME).write_bytes(body)
    (static_root / (STATIC_NAME + ".gz")).write_bytes(gzip.compress(body, 6, mtime=0))
    (static_root / (STATIC_NAME + ".br")).write_bytes(brotli.compress(body, quality=5))


def guide_body(base_url):
    host, port = base_url.removeprefix("http://").split(":")
    connection = http.client.HTTPConnection(host, int(port), timeout=30)
    connection.request("GET", GUIDE)
    return connection.getresponse().read()


def run(label, env, total, concurrency):
    prepare_site(env)
    static_root = Path(env["STATIC_ROOT"])
    rows = []
    with Gunicorn(env, workers=2) as server:
        body = guide_body(server.url)
    same_bytes_as_static(static_root, body)
    static_path = f"/static/{STATIC_NAME}"
    with Gunicorn(env, workers=2) as server:
        for name, path in PAGES:
            load(server.url, path, 10 * concurrency, concurrency)  # warm every worker's cache
            rows.append((name, load(server.url, path, total, concurrency)))
        # Interleaved, so both see the same load on the machine.
        pairs = [("plain request", {}), ("Accept-Encoding: gzip, deflate, br", AS_A_BROWSER)]
        for asked, headers in pairs:
            load(server.url, GUIDE, 10 * concurrency, concurrency, headers)
            guide = load(server.url, GUIDE, total, concurrency, headers)
            static = load(server.url, static_path, total, concurrency, headers)
            rows.append((f"cached guide, {asked}", guide))
            rows.append((f"same bytes as a static file, {asked}", static))
        complaints = complaint_figures(server.url, total=100, concurrency=10)
    print(
        f"\n## {label}: gunicorn 2 workers, {concurrency} concurrent clients, {total} requests each"
    )
    print(f"{'what':52} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7} {'bytes':>7}")
    for name, figures in rows:
        print(
            f"{name:52} {figures['rps']:8.1f} {figures['p50_ms']:8.1f} {figures['p99_ms']:8.1f}"
            f" {figures['errors']:7d} {figures['bytes']:7d}"
        )
    by_name = dict(rows)
    for asked, _headers in pairs:
        guide = by_name[f"cached guide, {asked}"]
        static = by_name[f"same bytes as a static file, {asked}"]
        print(f"cached guide / static file, {asked}: {guide['rps'] / static['rps']:.2f}")
    print(f"load average: {' '.join(f'{value:.2f}' for value in os.getloadavg())}")
    if complaints:
        print(
            f"complaint submissions: {complaints['rps']:.1f}/s, p50 {complaints['p50_ms']:.0f} ms,"
            f" p99 {complaints['p99_ms']:.0f} ms, errors {len(complaints['errors'])}"
        )
    else:
        print("complaint submissions: bench/complaints_concurrency.py not available")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--requests", type=int, default=1000)
    parser.add_argument("--concurrency", type=int, default=8)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        run(
            "SQLite",
            production_environment(folder, **BENCH_SETTINGS),
            args.requests,
            args.concurrency,
        )
    if args.sqlite_only:
        return
    if service_answers("127.0.0.1", 5432) and service_answers("127.0.0.1", 6379):
        with tempfile.TemporaryDirectory() as folder, postgres_database() as database_url:
            env = production_environment(
                folder,
                DATABASE_URL=database_url,
                REDIS_URL="redis://127.0.0.1:6379/14",
                **BENCH_SETTINGS,
            )
            run("PostgreSQL + Redis", env, args.requests, args.concurrency)
    else:
        print("\nPostgreSQL or Redis not answering on 127.0.0.1: that run is skipped")


if __name__ == "__main__":
    main()
