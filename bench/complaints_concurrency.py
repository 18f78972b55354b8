"""Concurrent complaint intake on the production stack.

gunicorn (2 workers, portal.settings.production, HTTPS=off) on a temporary SQLite database,
then on a temporary PostgreSQL database when one answers on 127.0.0.1:5432. 20 client
threads post 200 complaints in all; each fetches the form (CSRF cookie + token, form token)
and posts it. Afterwards every complaint must be stored, once, with a unique reference.

    .venv/bin/python bench/complaints_concurrency.py [--complaints 200] [--clients 20]
"""

import argparse
import re
import sqlite3
import statistics
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stack import (
    Gunicorn,
    manage,
    postgres_database,
    production_environment,
    service_answers,
)

CSRF_FIELD = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
FORM_TOKEN_FIELD = re.compile(r'name="form_token" value="([^"]+)"')
REFERENCE = re.compile(r"data-complaint-reference>([^<]+)<")


def file_one(base_url, number, local):
    session = getattr(local, "session", None)
    if session is None:
        session = local.session = requests.Session()
    started = time.perf_counter()
    form = session.get(f"{base_url}/en/complaints/?destination=thailand", timeout=60)
    form.raise_for_status()
    data = {
        "csrfmiddlewaretoken": CSRF_FIELD.search(form.text).group(1),
        "form_token": FORM_TOKEN_FIELD.search(form.text).group(1),
        "website": "",
        "filer_kind": "worker",
        "destination": "thailand",
        "categories": ["unpaid-wages", "documents-taken"],
        "description": f"Bench complaint {number}: ប្រាក់ឈ្នួលមិនបានបង់ 😢",
        "contact_method": "phone",
        "contact_detail": f"+855 12 {number:06d}",
        "consent": "on",
    }
    response = session.post(
        f"{base_url}/en/complaints/",
        data=data,
        headers={"Referer": f"{base_url}/en/complaints/"},
        timeout=60,
    )
    elapsed = time.perf_counter() - started
    match = REFERENCE.search(response.text)
    if response.status_code != 200 or not match:
        return elapsed, None, f"HTTP {response.status_code}"
    return elapsed, match.group(1), None


def stored_references(env):
    url = env["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as connection:
            return [
                row[0] for row in connection.execute("SELECT reference FROM complaints_complaint")
            ]
    import psycopg

    with psycopg.connect(url) as connection:
        return [row[0] for row in connection.execute("SELECT reference FROM complaints_complaint")]


def post_complaints(base_url, total, concurrency):
    """Post `total` complaints from `concurrency` clients; figures and each one's outcome."""
    local = threading.local()
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        results = list(pool.map(lambda n: file_one(base_url, n, local), range(total)))
    wall = time.perf_counter() - started
    latencies = sorted(r[0] for r in results)
    p99_index = max(0, round(0.99 * len(latencies)) - 1)
    return {
        "rps": total / wall,
        "wall": wall,
        "p50_ms": statistics.median(latencies) * 1000,
        "p99_ms": latencies[p99_index] * 1000,
        "errors": [r[2] for r in results if r[2]],
        "references": [r[1] for r in results if r[1]],
    }


def add_bench_officer(env, username="bench-officer", email="bench@example.org"):
    """An officer for Thailand, where the bench files its complaints, as a deployment has."""
    manage(
        env,
        "add_officer",
        username,
        email,
        "--destination",
        "thailand",
        "--first-name",
        "Bench",
        "--last-name",
        "Officer",
    )


def run(label, env, complaints, clients):
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    add_bench_officer(env)
    with Gunicorn(env, workers=2) as server:
        figures = post_complaints(server.url, complaints, clients)
    errors, returned = figures["errors"], figures["references"]
    stored = stored_references(env)
    print(
        f"\n== {label}: {complaints} complaints, {clients} concurrent clients, gunicorn 2 workers"
    )
    print(f"throughput      {figures['rps']:.1f} complaints/s (wall {figures['wall']:.1f} s)")
    print(f"latency p50     {figures['p50_ms']:.0f} ms (form GET + POST)")
    print(f"latency p99     {figures['p99_ms']:.0f} ms")
    print(f"errors          {len(errors)} {sorted(set(errors))}")
    print(f"stored          {len(stored)}, unique references {len(set(stored))}")
    print(f"receipts match  {sorted(returned) == sorted(stored)}")
    ok = not errors and len(stored) == complaints and len(set(stored)) == complaints
    print("RESULT          " + ("OK" if ok else "FAILED"))
    return ok


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--complaints", type=int, default=200)
    parser.add_argument("--clients", type=int, default=20)
    parser.add_argument("--databases", default="sqlite,postgres", help="comma-separated")
    args = parser.parse_args()
    databases = set(args.databases.split(","))
    overrides = {"COMPLAINT_RATE_LIMIT": "100000/h"}
    results = []
    if "sqlite" in databases:
        with tempfile.TemporaryDirectory() as folder:
            env = production_environment(folder, **overrides)
            results.append(run("SQLite", env, args.complaints, args.clients))
    if "postgres" not in databases:
        pass
    elif service_answers("127.0.0.1", 5432):
        with tempfile.TemporaryDirectory() as folder, postgres_database("complaints_bench") as url:
            env = production_environment(folder, DATABASE_URL=url, **overrides)
            results.append(run("PostgreSQL", env, args.complaints, args.clients))
    else:
        print("\nPostgreSQL does not answer on 127.0.0.1:5432: skipped.")
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()
