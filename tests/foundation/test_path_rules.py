"""One declaration of the site's private and special paths (orientation/core/paths.py),
walked rule by rule against every place that must honour it: the shared page cache, the
service worker, robots.txt and the sitemap, and the language-prefix redirect."""

import json
import re

import pytest

from orientation.core import paths
from orientation.core.paths import PATHS, PERSONAL
from portal.page_cache import is_public_page_path


def examples(rule):
    """Each language's address of the rule, and for a folder also a path below it."""
    found = []
    for example in rule.examples():
        found.append(example)
        if example.endswith("/"):
            found.append(example + "below/")
    return found


def addresses(kept):
    return [example for rule in PATHS if kept(rule) for example in examples(rule)]


PUBLIC_PAGES = ["/km/", "/en/destinations/thailand/", "/km/agencies/", "/ar/resources/"]


def test_rules_match_only_their_own_paths():
    track = next(rule for rule in PATHS if rule.path == "complaints/track/")
    assert track.matches("/km/complaints/track/")
    assert track.matches("/zh-hant/complaints/track/")
    assert not track.matches("/km/complaints/")
    assert not track.matches("/xx/complaints/track/")  # not a language of the site
    assert not track.matches("/km/destinations/complaints/track/")
    worker = next(rule for rule in PATHS if rule.path == "/sw.js")
    assert worker.matches("/sw.js") and not worker.matches("/sw.jsx")


@pytest.mark.parametrize("path", addresses(lambda rule: not rule.shared_cache))
def test_page_cache_refuses_every_path_not_fit_to_share(path):
    assert not is_public_page_path(path)


@pytest.mark.parametrize("path", PUBLIC_PAGES)
def test_page_cache_still_takes_public_pages(path):
    assert is_public_page_path(path)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "rule", [rule for rule in PATHS if rule.under_language and not rule.shared_cache]
)
def test_private_page_is_never_served_from_the_page_cache(client, home_km, settings, rule):
    from django.core.cache import cache

    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    path = rule.examples()[0]
    for _ in range(2):
        response = client.get(path, {"q": "my own words"})
        assert "X-Page-Cache" not in response
    assert client.get("/km/")["X-Page-Cache"] == "miss"  # the cache itself is on
    cache.clear()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "rule", [rule for rule in PATHS if rule.under_language and rule.audience == PERSONAL]
)
def test_private_page_tells_proxies_and_cdns_not_to_keep_it(client, home_km, rule):
    response = client.get(rule.examples()[1], {"q": "my own words"})
    assert response.status_code == 200
    cache_control = response.get("Cache-Control", "")
    assert "public" not in cache_control
    assert "private" in cache_control or "no-store" in cache_control


def service_worker_lists(client):
    body = client.get("/sw.js").content.decode()
    lists = {}
    for name in ("NEVER_CACHED", "OFFLINE_FORMS"):
        match = re.search(rf"const {name} = (\[.*?\])\.map", body)
        assert match, name
        lists[name] = [re.compile(source) for source in json.loads(match.group(1))]
    return lists


def kept_out(patterns, path):
    return any(pattern.search(path) for pattern in patterns)


@pytest.mark.django_db
def test_service_worker_never_stores_what_the_declaration_keeps_off_the_phone(client):
    never = service_worker_lists(client)["NEVER_CACHED"]
    refused = addresses(lambda rule: not rule.offline)
    assert refused
    for path in refused:
        assert kept_out(never, path), path
    for path in addresses(lambda rule: rule.offline) + PUBLIC_PAGES:
        rule = paths.rule_for(path)
        if rule is None or rule.offline:
            assert not kept_out(never, path), path


@pytest.mark.django_db
def test_service_worker_keeps_the_complaint_form_but_not_tracking(client):
    forms = service_worker_lists(client)["OFFLINE_FORMS"]
    form_rules = [rule for rule in PATHS if rule.offline_form]
    assert form_rules
    for rule in form_rules:
        for path in rule.examples():
            assert kept_out(forms, path), path
            assert not kept_out(forms, path + "track/")


@pytest.mark.django_db
def test_service_worker_version_follows_the_declaration(client, monkeypatch):
    before = client.get("/sw.js").content.decode()
    extra = paths.PathRule("guides/private/", under_language=True, audience=paths.PERSONAL)
    monkeypatch.setattr(paths, "PATHS", (*PATHS, extra))
    after = client.get("/sw.js").content.decode()
    version = re.compile(r'const VERSION = "(\w+)"')
    assert version.search(before).group(1) != version.search(after).group(1)
    assert "guides\\\\/private" in after


def robots_disallows(client):
    lines = client.get("/robots.txt").content.decode().splitlines()
    return [line.removeprefix("Disallow: ") for line in lines if line.startswith("Disallow: ")]


@pytest.mark.django_db
def test_robots_keeps_crawlers_out_of_every_path_not_to_be_crawled(client):
    disallowed = robots_disallows(client)
    for path in addresses(lambda rule: not rule.crawled):
        assert any(path.startswith(prefix) for prefix in disallowed), path
    for path in addresses(lambda rule: rule.crawled) + PUBLIC_PAGES:
        assert not any(path.startswith(prefix) for prefix in disallowed), path
    assert "/admin/" in disallowed and "/km/complaints/" in disallowed


@pytest.mark.parametrize("path", addresses(lambda rule: True))
def test_no_declared_path_is_listed_in_the_sitemap(path):
    assert not paths.in_sitemap(path)


@pytest.mark.django_db
def test_sitemap_leaves_out_a_page_at_a_declared_path(client, home_km, monkeypatch):
    home = "<loc>http://testserver/km/</loc>"
    assert home in client.get("/sitemap.xml").content.decode()
    # A rule for exactly "/<lang>/" stands for any page the declaration might cover.
    extra = paths.PathRule("", under_language=True, audience=paths.PERSONAL)
    monkeypatch.setattr(paths, "PATHS", (*PATHS, extra))
    assert home not in client.get("/sitemap.xml").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("rule", [rule for rule in PATHS if not rule.under_language])
def test_language_redirect_leaves_root_paths_alone(client, home_km, rule):
    path = rule.path + "nope/" if rule.path.endswith("/") else rule.path
    response = client.get(path)
    assert not response.get("Location", "").startswith(("/km/", "/en/")), path


@pytest.mark.django_db
def test_language_redirect_still_prefixes_other_paths(client, home_km):
    response = client.get("/nope/")
    assert response.status_code == 302
    assert response["Location"] == "/km/nope/"


def test_staff_prefixes_get_the_admin_security_policy():
    from portal.middleware import ADMIN_PREFIXES

    staff = {rule.path for rule in PATHS if rule.audience == paths.STAFF}
    assert set(ADMIN_PREFIXES) == staff == {"/admin/"}
