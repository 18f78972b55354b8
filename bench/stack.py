"""Start the real production stack (gunicorn + whitenoise, portal.settings.production) in
child processes: used by the benchmarks and by the tests that need real servers."""

import contextlib
import fcntl
import json
import os
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
POSTGRES_SERVER = "postgres://postgres@127.0.0.1:5432"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def service_answers(host, port):
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def production_environment(folder, **overrides):
    """An environment for portal.settings.production in a private folder (SQLite by default)."""
    folder = Path(folder)
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))
    }
    env.update(
        DJANGO_SETTINGS_MODULE="portal.settings.production",
        SECRET_KEY="production-stack-" + "k" * 50,
        DATA_ENCRYPTION_KEYS=Fernet.generate_key().decode(),
        ALLOWED_HOSTS="127.0.0.1,localhost",
        HTTPS="off",
        # The demo's Site (localhost, port 80) says the same address (orientation/core/checks.py).
        PUBLIC_BASE_URL="http://localhost",
        DATABASE_URL=f"sqlite:///{folder / 'portal.sqlite3'}",
        STATIC_ROOT=str(folder / "static"),
        MEDIA_ROOT=str(folder / "media"),
        PRIVATE_MEDIA_ROOT=str(folder / "private"),
        PORTAL_VAR_DIR=str(folder / "var"),
        GUNICORN_ACCESS_LOG="/dev/null",
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
        COMPLAINT_FALLBACK_EMAIL="complaints-fallback@example.org",
    )
    env.update({key: str(value) for key, value in overrides.items()})
    return env


def manage(env, *args, check=True, host=None):
    """manage.py in a child process; `host`: a bench.network_hosts.NetworkHost to run it in."""
    command = [PYTHON, "manage.py", *args]
    result = subprocess.run(
        host.command(command) if host else command,
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    if check and result.returncode != 0:
        raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def prepare_site(env, demo=True):
    manage(env, "migrate", "--noinput")
    manage(env, "collectstatic", "--noinput")
    if demo:
        manage(env, "load_demo_content")


@contextlib.contextmanager
def postgres_database(prefix="portal_bench"):
    """A throw-away PostgreSQL database, dropped afterwards."""
    import psycopg

    name = f"{prefix}_{uuid.uuid4().hex[:8]}"
    with psycopg.connect(POSTGRES_SERVER + "/postgres", autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield f"{POSTGRES_SERVER}/{name}"
    finally:
        with psycopg.connect(POSTGRES_SERVER + "/postgres", autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class SiteTemplates:
    """Prepared sites built once and copied for each run that needs a fresh one.

    Migrating, collecting static files and loading the demo take about 40 s in a child
    process; a test session or a benchmark that starts several stacks pays that once. A copy
    is a SQLite backup or a PostgreSQL `CREATE DATABASE ... TEMPLATE`, so each copy starts
    from the same rows and may write freely. Every copy shares the template's secrets (the
    demo's encrypted rows must stay readable) and its collected static files (read-only).

    Several processes (pytest-xdist workers) may share one folder: each template is built
    by the first process that needs it, under a file lock, and read back by the others."""

    def __init__(self, folder):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        with self._lock("secrets"):
            saved = self.folder / "secrets.json"
            if not saved.exists():
                secrets = {
                    "SECRET_KEY": "production-stack-" + "k" * 50,
                    "DATA_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
                }
                saved.write_text(json.dumps(secrets))
            self.secrets = json.loads(saved.read_text())
        self.static_root = self.folder / "static"
        self._templates = {}  # (database, demo) -> environment of the template
        self._postgres_names = []  # the copies this process made

    @contextlib.contextmanager
    def _lock(self, name):
        with open(self.folder / f"{name}.lock", "w") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)
            yield

    def _environment(self, folder, **overrides):
        return production_environment(
            folder, STATIC_ROOT=self.static_root, **{**self.secrets, **overrides}
        )

    def _template(self, database, demo):
        key = (database, demo)
        if key not in self._templates:
            name = f"{database}-{'demo' if demo else 'empty'}"
            saved = self.folder / name / "environment.json"
            with self._lock(name):
                if not saved.exists():
                    saved.parent.mkdir(parents=True, exist_ok=True)
                    env = self._build(database, demo, saved.parent)
                    saved.write_text(json.dumps(env))
            self._templates[key] = json.loads(saved.read_text())
        return self._templates[key]

    def _build(self, database, demo, folder):
        if demo:
            env = self._copy(self._template(database, False), folder, keep=True)
            self._collect_static(env)
            manage(env, "load_demo_content")
            return env
        database_url = {}
        if database == "postgres":
            database_url = {"DATABASE_URL": self._new_postgres_database(keep=True)}
        env = self._environment(folder, **database_url)
        manage(env, "migrate", "--noinput")
        return env

    def _collect_static(self, env):
        with self._lock("static"):
            if not (self.static_root / "staticfiles.json").exists():
                manage(env, "collectstatic", "--noinput")

    def migrated_database_url(self, database):
        """The address of the empty site's database: every migration applied, nothing else.
        The test suite copies it for each worker's test database (tests/prepared_database.py),
        so a run migrates once per database rather than once per worker and once more here."""
        return self._template(database, False)["DATABASE_URL"]

    def _new_postgres_database(self, template=None, keep=False):
        """A new database; a template's (keep) is listed for drop_templates(), a copy's is
        dropped by close()."""
        name = f"portal_stack_{uuid.uuid4().hex[:8]}"
        create_postgres_database(name, template)
        if keep:
            with self._lock("postgres"), open(self.folder / "postgres-templates.txt", "a") as f:
                f.write(name + "\n")
        else:
            self._postgres_names.append(name)
        return f"{POSTGRES_SERVER}/{name}"

    def _copy(self, template_env, folder, keep=False, **overrides):
        folder = Path(folder)
        source_url = template_env["DATABASE_URL"]
        if source_url.startswith("postgres"):
            template = source_url.rsplit("/", 1)[1]
            copy_url = self._new_postgres_database(template=template, keep=keep)
            env = self._environment(folder, DATABASE_URL=copy_url, **overrides)
        else:
            env = self._environment(folder, **overrides)
            source = sqlite3.connect(source_url.removeprefix("sqlite:///"))
            target = sqlite3.connect(env["DATABASE_URL"].removeprefix("sqlite:///"))
            with source, target:
                source.backup(target)
            source.close()
            target.close()
        media = Path(template_env["MEDIA_ROOT"])
        if media.exists():
            shutil.copytree(media, env["MEDIA_ROOT"], dirs_exist_ok=True)
        return env

    def new_site(self, folder, database="sqlite", demo=True, **overrides):
        """The environment of a fresh copy of a prepared site in `folder`."""
        env = self._copy(self._template(database, demo), folder, **overrides)
        self._collect_static(env)
        return env

    def close(self):
        """Drop the copies this process made (the templates stay for the other processes)."""
        drop_postgres_databases(self._postgres_names)
        self._postgres_names.clear()

    @staticmethod
    def drop_templates(folder):
        """Drop the PostgreSQL templates built in `folder`, once no process needs them."""
        listed = Path(folder) / "postgres-templates.txt"
        if listed.exists():
            drop_postgres_databases(reversed(listed.read_text().split()))
            listed.unlink()


def create_postgres_database(name, template=None):
    """CREATE DATABASE `name`, a copy of `template` if given."""
    import psycopg

    clause = f' TEMPLATE "{template}"' if template else ""
    for attempt in range(20):
        try:
            with psycopg.connect(POSTGRES_SERVER + "/postgres", autocommit=True) as db:
                db.execute(f'CREATE DATABASE "{name}"{clause}')
            return
        except psycopg.errors.ObjectInUse:
            # Another process is copying the same template at this moment.
            time.sleep(0.5 + attempt * 0.2)
    raise RuntimeError(f"could not copy the database template {template}")


def drop_postgres_databases(names):
    names = list(names)
    if not names:
        return
    import psycopg

    with psycopg.connect(POSTGRES_SERVER + "/postgres", autocommit=True) as connection:
        for name in names:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


class Gunicorn:
    def __init__(self, env, workers=2, port=None, host=None):
        """`host`: a bench.network_hosts.NetworkHost to run in, instead of this machine."""
        self.port = port or free_port()
        address = host.address if host else "127.0.0.1"
        self.host = host
        self.url = f"http://{address}:{self.port}"
        self.env = {
            **env,
            "GUNICORN_BIND": f"{address}:{self.port}",
            "GUNICORN_WORKERS": str(workers),
        }
        self.log = tempfile.TemporaryFile()  # noqa: SIM115 - closed in __exit__
        self.process = None

    def __enter__(self):
        command = [GUNICORN, "-c", "portal/gunicorn.conf.py", "portal.wsgi"]
        self.process = subprocess.Popen(
            self.host.command(command) if self.host else command,
            cwd=ROOT,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 40
        while True:
            try:
                with urllib.request.urlopen(self.url + "/healthz", timeout=2) as response:
                    if response.status == 200:
                        return self
            except (OSError, urllib.error.URLError):
                pass
            if time.monotonic() > deadline or self.process.poll() is not None:
                output = self.output()
                self.__exit__(None, None, None)
                raise RuntimeError("gunicorn did not start:\n" + output)
            time.sleep(0.3)

    def output(self):
        if self.log.closed:
            return ""
        self.log.seek(0)
        return self.log.read().decode(errors="replace")[-4000:]

    def __exit__(self, *exc):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                self.process.kill()
        self.log.close()
        return False


class ForwardingProxy:
    """A small reverse proxy in front of gunicorn, as nginx is in production: it appends the
    address of whoever connected to X-Forwarded-For. Clients can connect from different
    loopback addresses (127.0.0.2, 127.0.0.3, ...) to stand for different people, while
    gunicorn sees every request coming from the proxy at 127.0.0.1."""

    def __init__(self, upstream_url, port=None):
        import http.server
        import socketserver
        import threading
        import urllib.parse

        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        upstream = urllib.parse.urlsplit(upstream_url)

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def _forward(self):
                import http.client

                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else None
                headers = {k: v for k, v in self.headers.items() if k.lower() != "connection"}
                previous = self.headers.get("X-Forwarded-For")
                client = self.client_address[0]
                headers["X-Forwarded-For"] = f"{previous}, {client}" if previous else client
                headers["X-Forwarded-Proto"] = "http"
                connection = http.client.HTTPConnection(
                    upstream.hostname, upstream.port, timeout=120
                )
                try:
                    connection.request(self.command, self.path, body=body, headers=headers)
                    response = connection.getresponse()
                    payload = response.read()
                finally:
                    connection.close()
                self.send_response(response.status)
                for name, value in response.getheaders():
                    if name.lower() not in {"transfer-encoding", "connection", "content-length"}:
                        self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            do_GET = do_POST = do_HEAD = _forward

        class Server(socketserver.ThreadingMixIn, http.server.HTTPServer):
            daemon_threads = True
            allow_reuse_address = True

        # Bound to every loopback address so that clients may come from 127.0.0.x.
        self.server = Server(("0.0.0.0", self.port), Handler)  # noqa: S104 - loopback tests only
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        return False


class ClientFrom:
    """An HTTP client whose connections leave from one loopback address (one "person"), with
    its own cookies: a browser's view of the site, for real-server tests and benchmarks."""

    def __init__(self, source_address="127.0.0.1"):
        import http.cookiejar

        self.source_address = source_address
        self.cookies = http.cookiejar.CookieJar()

    def request(self, url, data=None, headers=None, files=None, timeout=60):
        """GET, or POST `data` (list of pairs) as multipart when given. Returns (status,
        headers, body text)."""
        import http.client
        import urllib.parse

        parts = urllib.parse.urlsplit(url)
        body, content_type = None, None
        if data is not None or files:
            body, content_type = multipart(data or [], files or [])
        request = urllib.request.Request(url, data=body, method="POST" if body else "GET")
        for name, value in (headers or {}).items():
            request.add_header(name, value)
        if content_type:
            request.add_header("Content-Type", content_type)
        self.cookies.add_cookie_header(request)
        connection = http.client.HTTPConnection(
            parts.hostname, parts.port, timeout=timeout, source_address=(self.source_address, 0)
        )
        try:
            connection.request(
                request.get_method(),
                parts.path + (f"?{parts.query}" if parts.query else ""),
                body=body,
                headers=dict(request.header_items()),
            )
            response = connection.getresponse()
            payload = response.read()
        finally:
            connection.close()

        class _Response:  # what CookieJar needs to read Set-Cookie
            def __init__(self, message):
                self._message = message

            def info(self):
                return self._message

        self.cookies.extract_cookies(_Response(response.msg), request)
        return response.status, response.msg, payload.decode("utf-8", "replace")


def multipart(fields, files):
    """Encode form fields and files ((name, filename, content_type, bytes)) as multipart."""
    boundary = "----portal" + uuid.uuid4().hex
    chunks = []
    for name, value in fields:
        chunks.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode()
            + b"\r\n"
        )
    for name, filename, content_type, content in files:
        chunks.append(
            (
                f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"; '
                f'filename="{filename}"\r\nContent-Type: {content_type}\r\n\r\n'
            ).encode()
            + content
            + b"\r\n"
        )
    chunks.append(f"--{boundary}--\r\n".encode())
    return b"".join(chunks), f"multipart/form-data; boundary={boundary}"


def hidden_fields(html):
    """The hidden fields of a page's forms (CSRF token, form token) as a dict."""
    import re

    found = {}
    for match in re.finditer(r"<input[^>]*>", html):
        tag = match.group(0)
        if 'type="hidden"' not in tag:
            continue
        name = re.search(r'name="([^"]+)"', tag)
        value = re.search(r'value="([^"]*)"', tag)
        if name:
            found[name.group(1)] = value.group(1) if value else ""
    return found


def file_complaint(client, base_url, language="km", destination="thailand", **fields):
    """File a complaint as a browser would: GET the form, POST it with its hidden fields.
    Returns (status, body)."""
    _status, _headers, html = client.request(f"{base_url}/{language}/complaints/")
    data = {
        **hidden_fields(html),
        "filer_kind": "worker",
        "destination": destination,
        "description": "Wages unpaid for two months.",
        "contact_method": "none",
        "consent": "on",
        **fields,
    }
    status, _headers, body = client.request(
        f"{base_url}/{language}/complaints/", data=list(data.items())
    )
    return status, body


def receipt_of(body):
    """(reference, code) from a receipt page, or (None, None)."""
    import re

    reference = re.search(r"data-complaint-reference>([^<]+)<", body)
    code = re.search(r"data-complaint-code>([^<]+)<", body)
    return (
        reference.group(1).strip() if reference else None,
        code.group(1).strip() if code else None,
    )


class SilentServer:
    """A TCP server that accepts connections and never answers: a hung Redis."""

    def __init__(self):
        import threading

        self.port = free_port()
        self.socket = socket.socket()
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.socket.bind(("127.0.0.1", self.port))
        self.socket.listen(128)
        self.connections = []
        self.running = True
        self.thread = threading.Thread(target=self._accept, daemon=True)

    def _accept(self):
        while self.running:
            try:
                connection, _address = self.socket.accept()
            except OSError:
                return
            self.connections.append(connection)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.running = False
        self.socket.close()
        for connection in self.connections:
            connection.close()
        return False
