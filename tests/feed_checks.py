"""A strict check of an Atom feed: RFC 4287's rules and the W3C feed validator's checks that
apply to our feeds, written for the tests (the validator itself is a web service).

`atom_problems(document, location)` returns a list of plain sentences, empty when the feed
passes. `location` is the address the feed was fetched from, as a partner's reader sees it
(the W3C validator warns when the self link is not that address)."""

import re
import xml.etree.ElementTree as ET
from collections import Counter
from datetime import datetime
from html.parser import HTMLParser
from urllib.parse import urlsplit

ATOM_NS = "http://www.w3.org/2005/Atom"
ATOM = "{" + ATOM_NS + "}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

RFC3339 = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$")
# BCP 47, the shapes a language tag of ours can take (language, script, region).
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{2,3}(-[a-zA-Z]{4})?(-([a-zA-Z]{2}|\d{3}))?$")
# RFC 4151: tag:authority,date:specific.
TAG_URI = re.compile(r"^tag:[a-zA-Z0-9.@-]+,\d{4}(-\d{2}(-\d{2})?)?:[^\s]*$")
# Children a feed or an entry may hold, and how many times (None: any number).
FEED_CHILDREN = {
    "author": None,
    "category": None,
    "contributor": None,
    "generator": 1,
    "icon": 1,
    "id": 1,
    "link": None,
    "logo": 1,
    "rights": 1,
    "subtitle": 1,
    "title": 1,
    "updated": 1,
    "entry": None,
}
ENTRY_CHILDREN = {
    "author": None,
    "category": None,
    "content": 1,
    "contributor": None,
    "id": 1,
    "link": None,
    "published": 1,
    "rights": 1,
    "source": 1,
    "summary": 1,
    "title": 1,
    "updated": 1,
}
REQUIRED = ("id", "title", "updated")
TEXT_CONSTRUCTS = ("title", "subtitle", "summary", "rights")
UNSAFE_TAGS = {"script", "object", "embed", "iframe", "style", "form", "meta", "link"}


def atom_problems(document, location):
    try:
        root = ET.fromstring(document)  # noqa: S314 (our own response)
    except ET.ParseError as error:
        return [f"not well-formed XML: {error}"]
    if root.tag != f"{ATOM}feed":
        return [f"root element is {root.tag}, not atom:feed"]
    problems = []
    problems += language_problems(root, "feed")
    problems += children_problems(root, FEED_CHILDREN, "feed")
    problems += common_problems(root, "feed")
    self_links = [link for link in root.findall(f"{ATOM}link") if link.get("rel") == "self"]
    if len(self_links) != 1:
        problems.append(f"feed has {len(self_links)} self links, not one")
    elif self_links[0].get("href") != location:
        problems.append(
            f"self link {self_links[0].get('href')} is not the feed's address {location}"
        )
    entries = root.findall(f"{ATOM}entry")
    feed_has_author = root.find(f"{ATOM}author") is not None
    ids = Counter()
    feed_updated = parse_date(text_of(root, "updated"))
    for number, entry in enumerate(entries, 1):
        where = f"entry {number}"
        problems += language_problems(entry, where)
        problems += children_problems(entry, ENTRY_CHILDREN, where)
        problems += common_problems(entry, where)
        if not feed_has_author and entry.find(f"{ATOM}author") is None:
            problems.append(f"{where} has no author and neither has the feed")
        has_alternate = any(
            link.get("rel", "alternate") == "alternate" for link in entry.findall(f"{ATOM}link")
        )
        if entry.find(f"{ATOM}content") is None and not has_alternate:
            problems.append(f"{where} has neither content nor an alternate link")
        ids[text_of(entry, "id")] += 1
        published = parse_date(text_of(entry, "published"))
        updated = parse_date(text_of(entry, "updated"))
        if published and updated and updated < published:
            problems.append(f"{where} was updated before it was published")
        if feed_updated and updated and updated > feed_updated:
            problems.append(f"{where} is newer than the feed's updated time")
    problems += [f"entry id {entry_id} is used {n} times" for entry_id, n in ids.items() if n > 1]
    return problems


def text_of(element, name):
    child = element.find(f"{ATOM}{name}")
    return None if child is None else (child.text or "")


def parse_date(value):
    if not value or not RFC3339.match(value):
        return None
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def language_problems(element, where):
    tag = element.get(XML_LANG)
    if tag is not None and not LANGUAGE_TAG.match(tag):
        return [f"{where} has an invalid xml:lang {tag!r}"]
    if where == "feed" and tag is None:
        return ["feed has no xml:lang"]
    return []


def children_problems(element, allowed, where):
    problems = []
    counts = Counter()
    for child in element:
        if not child.tag.startswith(ATOM):
            continue  # extension elements are allowed
        name = child.tag[len(ATOM) :]
        if name not in allowed:
            problems.append(f"{where} holds an unknown Atom element {name}")
        counts[name] += 1
    for name, most in allowed.items():
        if most is not None and counts[name] > most:
            problems.append(f"{where} has {counts[name]} {name} elements, at most {most}")
    problems += [f"{where} has no {name}" for name in REQUIRED if counts[name] == 0]
    return problems


def common_problems(element, where):
    problems = []
    identifier = text_of(element, "id")
    if identifier is not None:
        problems += id_problems(identifier, where)
    for name in ("updated", "published"):
        value = text_of(element, name)
        if value is not None and parse_date(value) is None:
            problems.append(f"{where}'s {name} {value!r} is not an RFC 3339 date")
    for name in TEXT_CONSTRUCTS:
        child = element.find(f"{ATOM}{name}")
        if child is not None:
            problems += text_problems(child, f"{where}'s {name}")
    problems += link_problems(element.findall(f"{ATOM}link"), where)
    for author in element.findall(f"{ATOM}author"):
        if not (text_of(author, "name") or "").strip():
            problems.append(f"{where} has an author without a name")
    for category in element.findall(f"{ATOM}category"):
        if not category.get("term"):
            problems.append(f"{where} has a category without a term")
    return problems


def id_problems(identifier, where):
    if identifier != identifier.strip() or not identifier:
        return [f"{where}'s id {identifier!r} is empty or has spaces around it"]
    scheme = urlsplit(identifier).scheme
    if not scheme:
        return [f"{where}'s id {identifier!r} is not an absolute IRI"]
    if scheme == "tag" and not TAG_URI.match(identifier):
        return [f"{where}'s id {identifier!r} is not a valid tag URI (RFC 4151)"]
    if scheme == "urn" and not re.match(r"^urn:[a-zA-Z0-9][a-zA-Z0-9-]{0,31}:\S+$", identifier):
        return [f"{where}'s id {identifier!r} is not a valid URN"]
    return []


def text_problems(element, where):
    kind = element.get("type", "text")
    if kind not in {"text", "html", "xhtml"}:
        return [f"{where} has type {kind!r}"]
    if kind == "html":
        tags = TagCollector.tags_in(element.text or "")
        unsafe = sorted(tags & UNSAFE_TAGS)
        if unsafe:
            return [f"{where} holds unsafe HTML: {', '.join(unsafe)}"]
    return []


def link_problems(links, where):
    problems = []
    alternates = Counter()
    for link in links:
        href = link.get("href")
        if not href:
            problems.append(f"{where} has a link without href")
            continue
        parts = urlsplit(href)
        if parts.scheme not in {"http", "https"} or not parts.netloc:
            problems.append(f"{where} has a relative or odd link {href!r}")
        if link.get("rel", "alternate") == "alternate":
            alternates[(link.get("type"), link.get("hreflang"))] += 1
    problems += [
        f"{where} has {n} alternate links of the same type and language"
        for n in alternates.values()
        if n > 1
    ]
    return problems


class TagCollector(HTMLParser):
    @classmethod
    def tags_in(cls, html):
        parser = cls()
        parser.found = set()
        parser.feed(html)
        return parser.found

    def handle_starttag(self, tag, attrs):
        self.found.add(tag)
