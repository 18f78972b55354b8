"""The complaint path and staff access under ordinary deployment faults, measured on the real
production stack (gunicorn, 2 workers, portal.settings.production), on SQLite and then on
PostgreSQL when one answers on 127.0.0.1:5432. Prints one line per figure:

- complaints stored with Redis down (of N);
- complaints from client B after client A hit the limit, behind a forwarding proxy;
- time and worker memory growth for three image bombs;
- notices sent for an in-danger complaint and for a destination without officers;
- the admin's answers to 30 wrong passwords (and the right one after them);
- complaints stored while a 100,000-row register import dry-runs.

    .venv/bin/python bench/faults.py [--complaints 30] [--rows 100000] [--sqlite-only]
"""

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.complaints_concurrency import add_bench_officer
from bench.stack import (
    ClientFrom,
    ForwardingProxy,
    Gunicorn,
    file_complaint,
    free_port,
    hidden_fields,
    manage,
    postgres_database,
    prepare_site,
    production_environment,
    receipt_of,
    service_answers,
)

REDIS = "redis://127.0.0.1:6379/8"


def say(database, label, value):
    print(f"{database:<10} {label:<62} {value}", flush=True)


def worker_pids(server):
    children = Path(f"/proc/{server.process.pid}/task/{server.process.pid}/children")
    return [int(pid) for pid in children.read_text().split()]


def rss_kib(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return 0


def with_redis_down(env, database, complaints):
    env = {**env, "REDIS_URL": f"redis://127.0.0.1:{free_port()}/0"}
    stored = 0
    with Gunicorn(env, workers=2) as server:
        client = ClientFrom()
        for _number in range(complaints):
            status, body = file_complaint(client, server.url)
            stored += status == 200 and bool(receipt_of(body)[1])
        pages = [client.request(server.url + path)[0] for path in ("/km/", "/en/", "/healthz")]
        health = client.request(server.url + "/healthz")[2].strip()
    say(database, "complaints stored with Redis down", f"{stored} of {complaints}")
    say(database, "public pages with Redis down (/km/, /en/, /healthz)", f"{pages} {health}")


def behind_the_proxy(env, database):
    import redis

    redis.Redis.from_url(REDIS).flushdb()
    env = {**env, "REDIS_URL": REDIS, "COMPLAINT_RATE_LIMIT": "10/h"}
    with Gunicorn(env, workers=2) as server, ForwardingProxy(server.url) as proxy:
        a, b = ClientFrom("127.0.0.2"), ClientFrom("127.0.0.3")
        a_statuses = [file_complaint(a, proxy.url)[0] for _ in range(11)]
        b_statuses = [file_complaint(b, proxy.url)[0] for _ in range(5)]
    redis.Redis.from_url(REDIS).flushdb()
    say(
        database,
        "client A (limit 10/h): stored, refused",
        f"{a_statuses.count(200)}, {a_statuses.count(429)}",
    )
    say(database, "client B after A hit the limit: stored", f"{b_statuses.count(200)} of 5")


def image_bombs(env, database):
    try:
        from bench.image_bombs import make_png_bomb
    except ImportError:
        say(database, "image bombs", "skipped (bench/image_bombs.py missing)")
        return
    bomb = make_png_bomb()
    with Gunicorn(env, workers=1) as server:
        client = ClientFrom()
        _status, _headers, html = client.request(server.url + "/km/complaints/")
        [pid] = worker_pids(server)
        before = rss_kib(pid)
        data = {
            **hidden_fields(html),
            "filer_kind": "worker",
            "destination": "thailand",
            "description": "Photos attached.",
            "contact_method": "none",
            "consent": "on",
        }
        files = [(f"attachment_{n}", f"bomb{n}.png", "image/png", bomb) for n in (1, 2, 3)]
        started = time.perf_counter()
        status, _headers, _body = client.request(
            server.url + "/km/complaints/", data=list(data.items()), files=files
        )
        seconds = time.perf_counter() - started
        growth = rss_kib(pid) - before
    say(
        database,
        f"three {len(bomb) // 1024} KB PNG bombs: status, time, worker memory growth",
        f"{status}, {seconds:.2f} s, {growth / 1024:.1f} MB",
    )


def notices(env, database):
    officer_env = {**env, "OFFICER_PASSWORD": "a-Long-passphrase-for-bench-9"}
    add_bench_officer(officer_env, "thai", "thai@example.org")
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth.models import Group, User;"
        "u = User.objects.create_user('boss', 'boss@example.org', first_name='B', last_name='S');"
        "u.groups.add(Group.objects.get(name='Complaint supervisors'))",
    )
    with Gunicorn(env, workers=2) as server:
        client = ClientFrom()
        danger = receipt_of(file_complaint(client, server.url, in_danger="on")[1])[0]
        uncovered = receipt_of(file_complaint(client, server.url, destination="kuwait")[1])[0]
    manage(env, "db_worker", "--batch")
    counts = (
        manage(
            env,
            "shell",
            "-c",
            "from orientation.complaints.models import Notification as N;"
            f"print(N.objects.filter(complaint__reference='{danger}', state='sent').count(),"
            f"N.objects.filter(complaint__reference='{uncovered}', state='sent').count())",
        )
        .stdout.strip()
        .splitlines()[-1]
        .split()
    )
    say(database, "notices sent for an in-danger complaint (officer + supervisor)", counts[0])
    say(database, "notices sent for a destination without officers", counts[1])


def wrong_passwords(env, database):
    manage(
        env,
        "shell",
        "-c",
        "from django.contrib.auth.models import User;"
        "User.objects.create_superuser('chief', 'chief@example.org', 'Right-horse-battery-7',"
        " first_name='C', last_name='H')",
    )
    with Gunicorn(env, workers=2) as server:

        def sign_in(client, password):
            _status, _headers, html = client.request(server.url + "/admin/login/")
            data = {**hidden_fields(html), "username": "chief", "password": password}
            return client.request(server.url + "/admin/login/", data=list(data.items()))[0]

        client = ClientFrom("127.0.0.2")
        started = time.perf_counter()
        wrong = [sign_in(client, f"wrong-{attempt}") for attempt in range(30)]
        seconds = time.perf_counter() - started
        right_same = sign_in(client, "Right-horse-battery-7")
        right_elsewhere = sign_in(ClientFrom("127.0.0.3"), "Right-horse-battery-7")
    answers = ", ".join(f"{wrong.count(code)} x {code}" for code in sorted(set(wrong)))
    say(database, "admin login: answers to 30 wrong passwords", f"{answers} ({seconds:.1f} s)")
    say(database, "admin login: right password after them, same address", right_same)
    say(database, "admin login: right password from another address", right_elsewhere)


def during_import(env, database, rows):
    try:
        from bench.register_csv import write_register_csv
    except ImportError:
        say(
            database,
            "complaints during an import dry run",
            "skipped (bench/register_csv.py missing)",
        )
        return
    csv_path = Path(env["PORTAL_VAR_DIR"]) / "register.csv"
    csv_path.parent.mkdir(parents=True, exist_ok=True)
    write_register_csv(csv_path, rows=rows)
    results = []
    with Gunicorn(env, workers=2) as server:
        importer = threading.Thread(
            target=lambda: results.append(
                manage(env, "import_agencies", str(csv_path), "--dry-run", check=False)
            )
        )
        started = time.perf_counter()
        importer.start()
        client = ClientFrom()
        statuses, slowest = [], 0.0
        while importer.is_alive():
            begun = time.perf_counter()
            statuses.append(file_complaint(client, server.url)[0])
            slowest = max(slowest, time.perf_counter() - begun)
        importer.join()
        seconds = time.perf_counter() - started
    say(
        database,
        f"complaints stored during a {rows:,}-row import dry run ({seconds:.0f} s)",
        f"{statuses.count(200)} of {len(statuses)}, slowest {slowest:.2f} s, "
        f"import exit {results[0].returncode if results else '?'}",
    )


def run(database, env, args):
    prepare_site(env, demo=False)
    with_redis_down(env, database, args.complaints)
    if service_answers("127.0.0.1", 6379):
        behind_the_proxy(env, database)
    else:
        say(database, "behind the proxy", "skipped: no Redis on 127.0.0.1:6379")
    image_bombs(env, database)
    notices(env, database)
    wrong_passwords(env, database)
    during_import(env, database, args.rows)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--complaints", type=int, default=30)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args()
    with open("/proc/loadavg") as handle:
        print("load average:", " ".join(handle.read().split()[:3]))
    with tempfile.TemporaryDirectory() as folder:
        run("sqlite", production_environment(folder), args)
    if not args.sqlite_only and service_answers("127.0.0.1", 5432):
        with tempfile.TemporaryDirectory() as folder, postgres_database("portal_faults") as url:
            run("postgres", production_environment(folder, DATABASE_URL=url), args)
    elif not args.sqlite_only:
        print("postgres: skipped, nothing answers on 127.0.0.1:5432")


if __name__ == "__main__":
    main()
