"""The admin's answer to 30 wrong passwords, through real gunicorn (production settings)
with the client address forwarded as the reverse proxy would (gunicorn is reached from
127.0.0.1, a trusted proxy by default, so X-Forwarded-For is believed).

    .venv/bin/python -m bench.staff_login            # SQLite
    .venv/bin/python -m bench.staff_login --postgres  # PostgreSQL on 127.0.0.1:5432

Prints the status of each wrong try, whether the right password is then refused from the
same address (429, Wagtail's sign-in page with the message), and whether it still works from
another address. `wrong_passwords()` is reusable (bench/faults.py).
"""

import argparse
import contextlib
import http.cookiejar
import re
import statistics
import sys
import tempfile
import time
import urllib.error
import urllib.parse
import urllib.request

from bench.stack import Gunicorn, manage, postgres_database, prepare_site, production_environment

CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')
LOCK_MESSAGE = "Too many failed sign-in attempts"


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def sign_in_once(base_url, username, password, forwarded_for):
    """One browser's visit: GET the form (CSRF cookie + hidden token), POST it."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()), NoRedirect()
    )
    headers = {"X-Forwarded-For": forwarded_for, "Accept-Language": "en"}
    with opener.open(urllib.request.Request(base_url + "/admin/login/", headers=headers)) as page:
        token = CSRF_INPUT.search(page.read().decode()).group(1)
    body = urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": token,
            "username": username,
            "password": password,
            "next": "/admin/",
        }
    ).encode()
    request = urllib.request.Request(base_url + "/admin/login/", data=body, headers=headers)
    started = time.perf_counter()
    try:
        with opener.open(request) as response:
            status, html, retry = response.status, response.read().decode(), None
    except urllib.error.HTTPError as error:
        status, html = error.code, error.read().decode()
        retry = error.headers.get("Retry-After")
    return status, html, retry, time.perf_counter() - started


def wrong_passwords(base_url, username, password, attempts=30, address="203.0.113.7"):
    statuses, seconds = [], []
    for number in range(attempts):
        status, _html, _retry, elapsed = sign_in_once(
            base_url, username, f"wrong-{number}", address
        )
        statuses.append(status)
        seconds.append(elapsed)
    right_status, right_html, retry, _ = sign_in_once(base_url, username, password, address)
    other_status, *_ = sign_in_once(base_url, username, password, "198.51.100.23")
    return {
        "wrong_statuses": statuses,
        "first_429_at_try": statuses.index(429) + 1 if 429 in statuses else None,
        "median_ms": round(statistics.median(seconds) * 1000, 1),
        "right_password_same_address_status": right_status,
        "right_password_refused": right_status == 429 and LOCK_MESSAGE in right_html,
        "retry_after_seconds": retry,
        "right_password_other_address_status": other_status,  # 302: signed in
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--postgres", action="store_true")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder, contextlib.ExitStack() as stack:
        overrides = {}
        if options.postgres:
            overrides["DATABASE_URL"] = stack.enter_context(postgres_database("portal_staff"))
        env = production_environment(folder, **overrides)
        prepare_site(env, demo=False)
        password = "bench staff password 2026"
        manage(
            {**env, "DJANGO_SUPERUSER_PASSWORD": password},
            *("createsuperuser", "--noinput", "--username", "chief", "--email", "c@example.org"),
        )
        with Gunicorn(env, workers=2) as server:
            result = wrong_passwords(server.url, "chief", password)
    for key, value in result.items():
        print(f"{key}: {value}")
    return 0 if result["right_password_refused"] else 1


if __name__ == "__main__":
    sys.exit(main())
