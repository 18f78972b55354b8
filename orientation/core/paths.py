"""The one declaration of the site's paths that are not ordinary public pages.

Four places need to know them, and used to keep lists of their own that disagreed: the
shared page cache (portal/page_cache.py), the service worker's offline cache
(portal/templates/pwa/sw.js, rendered from here by portal/pwa.py), robots.txt and the
sitemap (orientation/core/discovery.py) and the language-prefix redirect
(portal/middleware.py). Each derives what it needs from PATHS below;
tests/foundation/test_path_rules.py walks PATHS and checks every consumer against it.

A path is either at the site root ("/admin/", never given a language prefix) or under every
language prefix ("complaints/" stands for "/km/complaints/", "/en/complaints/", ...). A path
ending in "/" covers everything below it; any other path is one exact address. Anything not
declared here is an ordinary public page: cached, kept offline, crawled and listed.
"""

import re
from dataclasses import dataclass

from django.conf import settings

PUBLIC = "public"
PERSONAL = "personal"  # one person's own business: their complaint, case, search words
STAFF = "staff"  # signed-in staff only


@dataclass(frozen=True)
class PathRule:
    path: str
    under_language: bool
    audience: str
    # May the shared server-side page cache keep it for every anonymous reader?
    shared_cache: bool = False
    # May the service worker keep it on the phone (for reading offline)?
    offline: bool = False
    # Kept even when the response says no-store: a form that must open offline.
    offline_form: bool = False
    # May crawlers fetch it (robots.txt)? Never listed in the sitemap either way: none of
    # these is a page to list.
    crawled: bool = False

    def matches(self, path):
        """Whether the request path ``path`` falls under this rule."""
        if self.under_language:
            parts = path.split("/", 2)
            if len(parts) < 3 or parts[0] or parts[1] not in language_codes():
                return False
            rest, own = parts[2], self.path
        else:
            rest, own = path, self.path
        return rest.startswith(own) if own.endswith("/") else rest == own

    def examples(self):
        """Concrete request paths under this rule, one per language where it has one."""
        if not self.under_language:
            return [self.path]
        return [f"/{code}/{self.path}" for code in language_codes()]


PATHS = (
    # Staff: the Wagtail admin.
    PathRule("/admin/", under_language=False, audience=STAFF),
    # Machine-facing and file addresses: never given a language prefix.
    # The partners' API is public data, but its answers belong to the partners' apps, not to
    # the phone's offline copy of the site.
    PathRule("/api/", under_language=False, audience=PUBLIC, crawled=True),
    # Styles, scripts and fonts: the service worker keeps them (the offline shell).
    PathRule("/static/", under_language=False, audience=PUBLIC, offline=True, crawled=True),
    PathRule("/media/", under_language=False, audience=PUBLIC, offline=True, crawled=True),
    # Documents may sit in a private collection (Wagtail checks access on every request), so
    # no copy is kept anywhere; crawlers may fetch the public ones (guides in PDF).
    PathRule("/documents/", under_language=False, audience=PUBLIC, crawled=True),
    # "Leave this page" lands here: a neutral page, kept on the phone (precached), never
    # crawled.
    PathRule("/leave/", under_language=False, audience=PUBLIC, offline=True),
    # Telegram's webhook: what people write to the bot. Never cached, never crawled.
    PathRule("/telegram/", under_language=False, audience=PERSONAL),
    # The service worker itself: the browser fetches it fresh to learn about updates.
    PathRule("/sw.js", under_language=False, audience=PUBLIC, crawled=True),
    # The complaint form. Its answer to a POST is the receipt (a reference and a secret
    # code): POST answers are never cached by either cache. The empty form is kept on the
    # phone so a complaint can be written offline (static/js/offline.js swaps in a fresh
    # CSRF token before sending); it is never shared (CSRF token) nor crawled.
    PathRule(
        "complaints/", under_language=True, audience=PERSONAL, offline=True, offline_form=True
    ),
    # The urgent check (four questions, then whom to call): the empty page is the same for
    # everyone, so it is shared and kept offline; its answers are posted, never cached.
    PathRule(
        "complaints/urgent/", under_language=True, audience=PUBLIC, shared_cache=True, offline=True
    ),
    # Public complaint statistics: anonymous figures, but they change with every complaint,
    # which does not move the content generation: the page keeps its own figures
    # (orientation/complaints/statistics.py) instead of the shared page cache.
    PathRule("statistics/", under_language=True, audience=PUBLIC, offline=True, crawled=True),
    # Tracking a complaint: one person's case.
    PathRule("complaints/track/", under_language=True, audience=PERSONAL),
    # Site search: the words a person searched for are theirs. Crawlers may fetch it so they
    # read its noindex tag; a robots.txt Disallow would let a linked URL (with its query) be
    # indexed unread.
    PathRule("search/", under_language=True, audience=PERSONAL, crawled=True),
)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


def rules_for(path):
    return [rule for rule in PATHS if rule.matches(path)]


def rule_for(path):
    """The rule that decides for ``path``: the longest declared path that covers it (so
    "complaints/track/" decides for tracking, "complaints/" for the form)."""
    rules = rules_for(path)
    return max(rules, key=lambda rule: len(rule.path)) if rules else None


def may_share(path):
    """Whether the shared page cache may keep ``path`` (for a public page it may)."""
    rule = rule_for(path)
    return rule is None or rule.shared_cache


def never_prefixed():
    """Root paths the language-prefix redirect must leave alone."""
    return tuple(rule.path for rule in PATHS if not rule.under_language)


def staff_prefixes():
    return tuple(rule.path for rule in PATHS if rule.audience == STAFF)


def in_sitemap(path):
    """Whether a URL path may be listed in the sitemap: no declared path is."""
    return not rules_for(path)


def robots_disallowed():
    """The paths of robots.txt's Disallow lines, in declaration order; a path already
    covered by an earlier line (tracking, under the complaint form's) is not repeated."""
    lines = []
    for rule in PATHS:
        if rule.crawled:
            continue
        for example in rule.examples():
            if not any(line.endswith("/") and example.startswith(line) for line in lines):
                lines.append(example)
    return lines


def _pattern(rule, languages):
    """A regular expression (the common subset of Python's and JavaScript's) for ``rule``."""
    path = escape_pattern(rule.path.strip("/"))
    if rule.under_language:
        path = "(?:" + "|".join(escape_pattern(code) for code in languages) + ")/" + path
    path = "^/" + path
    return path + "/" if rule.path.endswith("/") else path + "$"


def escape_pattern(text):
    return re.sub(r"[.*+?^${}()|\[\]\\/-]", lambda match: "\\" + match.group(), text)


def service_worker_patterns():
    """For the service worker: (patterns of paths it never stores, patterns of forms it
    keeps even when they say no-store). The worker tests "never" first, so a path it may
    keep must not lie under one it never keeps (none does; tests/foundation checks)."""
    languages = language_codes()
    never = [_pattern(rule, languages) for rule in PATHS if not rule.offline]
    forms = []
    for rule in PATHS:
        if rule.offline_form:
            pattern = _pattern(rule, languages)
            # A form is kept at its own address only, not everything below it.
            forms.append(pattern + "$" if pattern.endswith("/") else pattern)
    return never, forms
