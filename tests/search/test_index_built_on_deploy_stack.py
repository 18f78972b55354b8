"""Issue 19: a production deployment answers searches before the background worker has run.
The prepared demo site was loaded with production settings, so its pages' indexing waits in
the worker's queue (nobody runs db_worker here); deploying runs `migrate`, which builds the
index, and real gunicorn then finds the demo's pages."""

import re
import urllib.request

import pytest

from bench.stack import Gunicorn, manage

pytestmark = pytest.mark.slow


def test_migrate_then_gunicorn_answers_searches_without_a_worker(
    tmp_path, stack_sites, stack_database
):
    env = stack_sites.new_site(tmp_path, stack_database)
    deployed = manage(env, "migrate", "--noinput")
    assert "missing from the search index: rebuilding it" in deployed.stdout
    search = "/en/search/?q=passport"
    with Gunicorn(env, workers=1) as server, urllib.request.urlopen(server.url + search) as page:
        html = page.read().decode()
    found = re.findall(r'class="search-hit__title"><a href="(/en/destinations/[a-z-]+/)"', html)
    assert found, "no destination guide found for “passport”"
