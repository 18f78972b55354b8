import os
import shutil
from urllib.parse import urlparse

import pytest
from django.conf import settings

from bench.stack import service_answers

# Playwright's sync API runs an event loop in the test thread; Django refuses ORM calls from
# such a thread unless told that this is deliberate (tests only).
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

EXPECTED_SETTINGS = "portal.settings.test"


def pytest_configure(config):
    # A DJANGO_SETTINGS_MODULE left in the shell outranks pyproject.toml in pytest-django; with
    # dev settings, tasks queue instead of running and mail goes to the console, and tests fail
    # for reasons that have nothing to do with the code. Say so once, plainly.
    chosen = os.environ.get("DJANGO_SETTINGS_MODULE")
    if chosen and chosen != EXPECTED_SETTINGS:
        raise pytest.UsageError(
            f"The suite runs on {EXPECTED_SETTINGS}, not {chosen}: "
            f"unset DJANGO_SETTINGS_MODULE or pass --ds={EXPECTED_SETTINGS} (make test does)."
        )
    from tests import quick_flush

    quick_flush.install()


# Every test that starts a real production stack runs on one worker, one after the other: the
# first builds the prepared sites (bench.stack.SiteTemplates, ~30 s), and no other worker sits
# waiting for that build while it could run other tests.
REAL_STACK_GROUP = "real-stack"


def pytest_itemcollected(item):
    if "stack_sites" in getattr(item, "fixturenames", ()):
        item.add_marker(pytest.mark.xdist_group(REAL_STACK_GROUP))


def uses_test_database(item):
    return bool(
        item.get_closest_marker("django_db")
        or {"db", "transactional_db", "live_server"} & set(getattr(item, "fixturenames", ()))
    )


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Start the real-stack tests first. pytest-django puts tests without a database last,
    and these are the longest (a minute or more, in one xdist_group each): left to the end,
    one worker runs them alone while the other waits. They never touch the test database, so
    running them first keeps pytest-django's order for every test that does.

    On PostgreSQL (`make pytest-postgres`, after the SQLite pass) the tests that use no
    database at all and start no server are left out: their outcome cannot depend on it."""
    result = yield

    if using_postgres():
        same_on_any_database = [
            item
            for item in items
            if not uses_test_database(item) and not item.get_closest_marker("slow")
        ]
        if same_on_any_database:
            config.hook.pytest_deselected(items=same_on_any_database)
            left_out = set(same_on_any_database)
            items[:] = [item for item in items if item not in left_out]

    def starts_early(item):
        return bool(item.get_closest_marker("slow")) and not uses_test_database(item)

    items.sort(key=lambda item: 0 if starts_early(item) else 1)
    refuse_lost_xdist_groups(items)
    return result


def refuse_lost_xdist_groups(items):
    """With --dist loadgroup, pytest-xdist marks each grouped test's id with "@group" so its
    scheduler keeps the group on one worker. Some pytest releases stop that from working
    without a word (pyproject.toml), and then every module-wide build runs on both workers.
    Fail at once instead."""
    lost = [
        item.nodeid
        for item in items
        if item.get_closest_marker("xdist_group") and "@" not in item.nodeid.rsplit("]", 1)[-1]
    ]
    if lost and getattr(items[0].config.option, "loadgroup", False):
        raise pytest.UsageError(
            f"pytest-xdist lost the xdist_group of {len(lost)} tests (e.g. {lost[0]}): "
            "this pytest and pytest-xdist do not work together; see pyproject.toml."
        )


CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}


@pytest.fixture(autouse=True)
def _no_language_left_active():
    """Each test starts in the site's language: a test (or a view run in-process) that
    activates another and does not undo it would otherwise change the messages of whichever
    test runs next in the random order."""
    from django.utils import translation

    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _no_event_loop_left_running(request):
    """Playwright's sync API leaves its event loop marked as running in the worker's thread
    from the first browser test on (the browser is shared by the session). Code under test
    that runs a loop of its own (the Telegram sender's asyncio.run) would then refuse to run
    in any later test of that worker: the mark is lifted for tests that do not drive the
    browser, and put back after them."""
    import asyncio

    loop = asyncio._get_running_loop()
    if loop is None or "chromium" in request.fixturenames:
        yield
        return
    asyncio._set_running_loop(None)
    try:
        yield
    finally:
        asyncio._set_running_loop(loop)


@pytest.fixture(autouse=True)
def _a_new_content_generation():
    """What was kept "until the content changes" in an earlier test was built from rows that
    test's rollback removed, with no change signal: each test starts a new generation."""
    from orientation.core.content_generation import bump_generation

    bump_generation()


@pytest.fixture(autouse=True)
def _private_folders(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private-media"


@pytest.fixture(autouse=True)
def _force_login_passes_second_factor(monkeypatch):
    """Officers, supervisors and superusers must type a code after their password
    (orientation/staff). A test that logs one in with force_login means "signed in", so it
    gets a verified session, as after both steps; the second-factor tests log in through
    the real forms instead."""
    from django.test import Client

    from tests.factories import verify_second_factor

    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        verify_second_factor(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def empty_cache():
    """The shared cache empty before and after the test: for tests that count what is kept
    there (the test settings' cache is local memory, shared by every test of a worker)."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


def search_indexing():
    """Saves index for search while this lasts (the test settings turn indexing off)."""
    from django.test import override_settings

    backends = {
        name: {**backend, "AUTO_UPDATE": True}
        for name, backend in settings.WAGTAILSEARCH_BACKENDS.items()
    }
    return override_settings(WAGTAILSEARCH_BACKENDS=backends)


@pytest.fixture
def search_index():
    """For a test that searches: every page and snippet it saves is indexed, as in production."""
    with search_indexing():
        yield


@pytest.fixture(scope="session")
def django_db_setup(
    request,
    django_test_environment,
    django_db_blocker,
    django_db_modify_db_settings,
    stack_database,
):
    """The test database as a deployment starts: migrated, with the home pages in Khmer and
    English, the default site and its settings rows (quick_flush.ensure_starting_content).

    pytest-django's own fixture migrated a new database in every worker; this one copies the
    database migrated once for the whole run (tests/prepared_database.py), the same one the
    real-stack tests' empty site starts from. The starting content is built once per worker
    and committed: most tests stand on the home page, and building it took 0.15 s per test on
    SQLite and 0.4 s on PostgreSQL (issue 16). Each test still runs in its own transaction,
    and the transactional tests' emptying puts these rows back (tests/quick_flush.py)."""
    from bench.stack import SiteTemplates
    from tests.prepared_database import restore_original_database, test_database_from_template
    from tests.quick_flush import SNAPSHOTS, ensure_starting_content

    templates = SiteTemplates(shared_stack_folder(request.config, request.config._tmp_path_factory))
    with django_db_blocker.unblock():
        original_name = test_database_from_template(templates, stack_database)
        ensure_starting_content()
        SNAPSHOTS.push()  # what the emptying after a transactional test puts back
    yield
    with django_db_blocker.unblock():
        try:
            restore_original_database(original_name)
        except Exception as error:  # as pytest-django: a warning, not a failure
            request.node.warn(pytest.PytestWarning(f"Could not drop the test database: {error!r}"))


@pytest.fixture
def home_km(db):
    """The Khmer home page (a fresh instance: what a test changes on it is undone with the
    test's transaction, and must not leak through a shared object either)."""
    from home.models import HomePage

    return HomePage.objects.get(depth=2, locale__language_code="km")


def content_for_a_module(django_db_blocker, build):
    """Build content once for a module whose tests only read it (a generator for module-scoped
    fixtures; the module should carry `pytest.mark.xdist_group(__name__)`, or each worker that
    runs some of its tests builds it again). It stays inside one transaction that is rolled
    back after the module; each test still runs in its own savepoint (the `db` fixture), so
    what a test writes is undone at once."""
    from django.db import transaction

    with django_db_blocker.unblock():
        module_transaction = transaction.atomic()
        module_transaction.__enter__()
        try:
            yield build()
        finally:
            transaction.set_rollback(True)
            module_transaction.__exit__(None, None, None)


class DemoForReaders:
    """The demo site loaded once for a run of consecutive tests that only read it.

    A load takes ~10 s (more on PostgreSQL). The modules that read the whole demo share one
    xdist_group, so one worker runs them one after the other; the demo is loaded for the
    first, kept inside one open transaction while the next test also asks for it, and rolled
    back before any other test runs (`pytest_runtest_teardown` below). Each test still runs
    in its own savepoint (the `db` fixture), so what a test writes is undone at once."""

    def __init__(self):
        self.module = None  # content_for_a_module's generator while the demo is loaded

    def load(self, django_db_blocker):
        if self.module is not None:
            return
        from django.core.management import call_command

        self.module = content_for_a_module(
            django_db_blocker, lambda: call_command("load_demo_content", verbosity=0)
        )
        next(self.module)

    def release(self):
        if self.module is not None:
            next(self.module, None)  # leaves the transaction, rolled back
            self.module = None


DEMO_FOR_READERS = DemoForReaders()
# The xdist_group of every module that uses `demo_content`: one worker, one load.
DEMO_READERS_GROUP = pytest.mark.xdist_group("demo-content-readers")


@pytest.fixture(scope="module")
def demo_content(django_db_setup, django_db_blocker):
    """The demo site, for a module whose tests only read it (see DemoForReaders)."""
    DEMO_FOR_READERS.load(django_db_blocker)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    result = yield
    if nextitem is None or "demo_content" not in nextitem.fixturenames:
        DEMO_FOR_READERS.release()
    return result


@pytest.fixture
def synced_trees(home_km):
    """Call after creating Khmer pages: every other locale gets aliases of them."""
    from orientation.core.demo import synchronise_all_locales

    def sync():
        synchronise_all_locales()

    return sync


def postgres_available():
    return service_answers("127.0.0.1", 5432)


def redis_available():
    url = urlparse(os.environ.get("REDIS_URL", "redis://127.0.0.1:6379/0"))
    return service_answers(url.hostname or "127.0.0.1", url.port or 6379)


def using_postgres():
    return settings.DATABASES["default"]["ENGINE"].endswith("postgresql")


# --- Browser tests -------------------------------------------------------------------------


@pytest.fixture(scope="session")
def chromium():
    if not os.path.exists(CHROMIUM):
        pytest.skip(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    playwright_sync = pytest.importorskip("playwright.sync_api")
    with playwright_sync.sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


DESK = {"width": 1280, "height": 800}


def browser_page(chromium, live_server, request, **context_options):
    """A page in a fresh browser context on the live server (a generator for fixtures), the
    context closed afterwards.

    The site's service worker is blocked unless the test is marked `service_worker` (the
    offline modules): on its first page in each context it fetches the offline pages of every
    language and the shell, work the live server and chromium did for each of the ~90 tests
    that do not read offline (a fifth of the browser tests' CPU, measured)."""
    if not request.node.get_closest_marker("service_worker"):
        context_options = {"service_workers": "block", **context_options}
    context = chromium.new_context(**context_options)
    page = context.new_page()
    page.base_url = live_server.url
    yield page
    context.close()


PHONE_CONTEXT = {"viewport": PHONE, "device_scale_factor": 2, "is_mobile": True, "has_touch": True}


@pytest.fixture
def phone(chromium, live_server, transactional_db, request):
    """A page in a fresh phone-sized browser context, with the live server's base URL."""
    yield from browser_page(chromium, live_server, request, **PHONE_CONTEXT)


@pytest.fixture
def phone_without_javascript(chromium, live_server, transactional_db, request):
    """The same phone with JavaScript off: every page must work without it."""
    yield from browser_page(
        chromium, live_server, request, **PHONE_CONTEXT, java_script_enabled=False
    )


@pytest.fixture
def desk(chromium, live_server, transactional_db, request):
    """As `phone`, in a desktop-sized window (the staff's admin)."""
    yield from browser_page(chromium, live_server, request, viewport=DESK)


def committed_content_for_a_module(django_db_blocker, build):
    """For a module of transactional tests (the browser tests) that all start from the same
    content: build it once, committed, and make it what the emptying after each of its tests
    puts back (tests/quick_flush.py snapshots), instead of building it again for each test.
    The session's starting rows come back after the module. A generator for module-scoped
    fixtures. No xdist_group here: a group is sent to a worker before the ungrouped tests,
    and browser tests must stay last, where pytest-django puts transactional tests (a
    request the browser left running on the live server would meet the next test). A
    worker that runs part of the module builds the content once for its part."""
    from tests.quick_flush import SNAPSHOTS

    with django_db_blocker.unblock():
        result = build()
        SNAPSHOTS.push()
    try:
        yield result
    finally:
        with django_db_blocker.unblock():
            SNAPSHOTS.pop()


@pytest.fixture(scope="module")
def thailand_guide_content(django_db_setup, django_db_blocker):
    """The demo Thailand guide in every language, once for the module."""

    def build():
        from orientation.core.demo import synchronise_all_locales
        from orientation.destinations.demo import build

        build(slugs=["thailand"])
        synchronise_all_locales()

    yield from committed_content_for_a_module(django_db_blocker, build)


@pytest.fixture
def thailand_guide(phone, thailand_guide_content):
    """The URL of the demo Thailand guide in English (browser tests of guides and offline)."""
    return phone.base_url + "/en/destinations/thailand/"


FACTORY_PASSWORD = "correct horse battery staple"  # tests.factories.UserFactory's


def sign_in_to_admin(browser, username, password=FACTORY_PASSWORD):
    """Signs in through Wagtail's login form as a person would (the factories' password), for
    roles without a second factor; lands on the dashboard."""
    browser.goto(browser.base_url + "/admin/login/")
    browser.fill("input[name=username]", username)
    browser.fill("input[name=password]", password)
    browser.locator("form button[type=submit]").click()
    browser.wait_for_url("**/admin/")


def serious_accessibility_violations(page):
    """axe-core's violations of impact serious or critical on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    violations = results.response.get("violations", [])
    return [
        {"id": v["id"], "impact": v["impact"], "nodes": [n["target"] for n in v["nodes"]][:5]}
        for v in violations
        if v.get("impact") in {"serious", "critical"}
    ]


def has_horizontal_scroll(page):
    return page.evaluate(
        "() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"
    )


# Browser tests need a live server, hence real transactions (the database is emptied after
# each one, then what the data migrations and django_db_setup made is put back).
BROWSER_TEST = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def shared_stack_folder(config, tmp_path_factory):
    """One folder for the prepared stack sites of the whole run: a pytest-xdist worker's
    temporary folder lies inside the controller's, so the workers share its parent."""
    base = tmp_path_factory.getbasetemp()
    if hasattr(config, "workerinput"):
        base = base.parent
    return base / "stack-templates"


@pytest.fixture(scope="session")
def stack_sites(pytestconfig, tmp_path_factory):
    """Prepared production sites (bench.stack.SiteTemplates), built at most once per test
    run and shared by the workers, for tests that start a real stack: each gets a copy."""
    from bench.stack import SiteTemplates

    folder = shared_stack_folder(pytestconfig, tmp_path_factory)
    templates = SiteTemplates(folder)
    yield templates
    templates.close()
    if not hasattr(pytestconfig, "workerinput"):
        SiteTemplates.drop_templates(folder)


def pytest_sessionfinish(session):
    # The controller of a parallel run outlives its workers: it drops the shared templates.
    if hasattr(session.config, "workerinput"):
        return
    from bench.stack import SiteTemplates

    factory = session.config._tmp_path_factory  # pytest's own, as the tmp_path fixtures use
    SiteTemplates.drop_templates(shared_stack_folder(session.config, factory))


@pytest.fixture
def sqlite_stack_sites(stack_sites):
    """stack_sites, for a real-stack test whose stack runs on SQLite whatever the suite's
    database (SQLite's own locking, key rotation on the SQLite stack): it never touches the
    suite's database, so the PostgreSQL pass would repeat the very same run (and build the
    SQLite site templates again, ~40 s)."""
    if using_postgres():
        pytest.skip("runs on a SQLite stack whatever the suite's database: the SQLite pass ran it")
    return stack_sites


@pytest.fixture(scope="session")
def stack_database():
    """The database a real production stack started by a test runs on: PostgreSQL when the
    suite itself runs on PostgreSQL, else SQLite. So the PostgreSQL run of the suite tests
    the production path there."""
    return "postgres" if using_postgres() else "sqlite"
