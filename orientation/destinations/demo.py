"""Demo guides for the nine destinations, in Khmer and English, built from
demo/destinations.yaml: one guide body for every destination, with the destination's own
facts filled in and the blocks that apply only to some destinations left out elsewhere.

Every fact comes from the source documents of docs/sources.md (named as the source the
reader sees) or is widely known (national emergency numbers, currency). Every other number
is "to be confirmed by editors". The "show this" sentences in the destinations' languages
are demo text that nobody on the team vouches for, so they are marked as such, except
English for Singapore.
"""

import datetime
import uuid

from home.models import HomePage
from orientation.core.demo import ensure_page_in_km_and_en
from orientation.core.demo_loader import DemoContentError, load
from orientation.core.pictograms import PICTOGRAMS

from .models import Destination, DestinationGuidePage, GuideIndexPage

CONTENT = "destinations"
# What a destination's entry may say about it; a guide block may depend on any of them.
FACTS = {"worker_count", "labour_counsellors", "embassy_known", "emergency_numbers"}
BLOCK_ID_NAMESPACE = uuid.UUID("7c1f8f8e-51a5-4c36-9a55-0d7b0a1f4e21")


# --- Building the stream ----------------------------------------------------------------------


class StreamBuilder:
    """Raw StreamField data with ids derived from the guide and the block's position, so the
    Khmer and English guides share block ids (a checklist keeps its ticks in both)."""

    def __init__(self, slug, reviewed):
        self.slug = slug
        self.reviewed = reviewed
        self.blocks = []

    def _id(self, *parts):
        return str(uuid.uuid5(BLOCK_ID_NAMESPACE, ":".join([self.slug, *map(str, parts)])))

    def add(self, block_type, value):
        position = len(self.blocks)
        self.blocks.append({"type": block_type, "value": value, "id": self._id(position)})

    def items(self, values):
        position = len(self.blocks)
        return [
            {"type": "item", "value": value, "id": self._id(position, index)}
            for index, value in enumerate(values)
        ]

    def section(self, heading, body, answer="", pictogram=""):
        self.add(
            "section",
            {
                "heading": heading,
                "answer": answer,
                "pictogram": pictogram,
                "body": body,
                "audio": None,
            },
        )

    def checklist(self, title, items, pictograms):
        items = [
            {"text": text, "pictogram": name} for text, name in zip(items, pictograms, strict=True)
        ]
        self.add("checklist", {"title": title, "items": self.items(items)})

    def fact(self, text, source):
        self.add(
            "sourced_fact",
            {
                "text": text,
                "source": source,
                "source_url": "",
                "date_reviewed": self.reviewed.isoformat(),
            },
        )

    def warning(self, title, text):
        self.add("warning", {"title": title, "text": text})

    def contact(self, name, role, number="", source=""):
        verified = bool(number)
        self.add(
            "contact_card",
            {
                "name": name,
                "role": role,
                "contact": {"number": number, "verified": verified, "source": source},
                "to_be_confirmed": not verified,
            },
        )

    def show_this(self, title, khmer, local, confirmed, feminine=()):
        feminine = list(feminine) or [""] * len(local)
        sentences = [
            {"khmer": k, "local": loc, "local_feminine": fem}
            for k, loc, fem in zip(khmer, local, feminine, strict=True)
        ]
        self.add(
            "show_this",
            {
                "title": title,
                "sentences": self.items(sentences),
                "local_text_confirmed": confirmed,
            },
        )

    def complaint_link(self, text):
        self.add("complaint_link", {"text": text})


class Placeholders(dict):
    """The {names} a text may use; an unknown one is a mistake in the data file."""

    def __init__(self, values, where):
        super().__init__(values)
        self.where = where

    def __missing__(self, key):
        raise self.where.error(None, f"unknown placeholder {{{key}}}: use one of {sorted(self)}")


def applies(block, slug, facts):
    """Whether a block of the guide is shown for this destination (only, except, if,
    unless)."""
    if "only" in block and slug not in block.strings("only"):
        return False
    if "except" in block and slug in block.strings("except"):
        return False
    for condition in ("if", "unless"):
        if condition in block and block[condition] not in FACTS:
            raise block.error(condition, f"not one of {sorted(FACTS)}")
    if "if" in block and not facts.get(block["if"]):
        return False
    return not ("unless" in block and facts.get(block["unless"]))


def destination_facts(content, destination):
    facts = content["destinations"]
    if destination.slug not in facts:
        raise facts.error(destination.slug, "missing: every destination needs its facts")
    return facts[destination.slug]


def placeholders(content, destination, language, facts, where):
    """The values of {name}, {currency}, ... for one destination in one language."""
    code = destination.currency_code
    local = destination.local_language_code
    values = {
        "name": getattr(destination, f"name_{language}"),
        "code": code,
        "currency": content["currencies"].text(code, language),
        # The "show this" card is in Khmer in both guides.
        "language": content["languages"].text(local, "km"),
    }
    for key in ("worker_count", "labour_counsellors"):
        if key in facts:
            values[key] = facts.text(key, language)
    variants = content["variants"]
    for key, texts in variants.items():
        chosen = destination.slug if destination.slug in texts else "default"
        values[key] = texts.text(chosen, language)
    # A variant may itself use the placeholders above ({name} in the route, say).
    for key in variants:
        values[key] = values[key].format_map(Placeholders(values, where))
    return Placeholders(values, where)


def pictogram_of(block, key="pictogram"):
    name = block.get(key) or ""
    if name and name not in PICTOGRAMS:
        raise block.error(key, f"not one of {sorted(PICTOGRAMS)}")
    return name


def pictograms_of(block, count):
    """One pictogram per checklist item (`pictograms`, a list as long as `items`), or none."""
    if "pictograms" not in block:
        return [""] * count
    names = block.strings("pictograms")
    if len(names) != count:
        raise block.error("pictograms", f"expected {count} names, one per item")
    for name in names:
        if name not in PICTOGRAMS:
            raise block.error("pictograms", f"{name!r} is not one of {sorted(PICTOGRAMS)}")
    return names


def emergency_contacts(stream, content, block, facts, language, values):
    services = content["emergency_services"]
    for entry in facts.entries("emergency_numbers"):
        service = entry["service"]
        if isinstance(service, str):
            service = services.text(service, language)
        else:
            service = entry.text("service", language)
        name = block.text("name", language).format_map(
            Placeholders({**values, "service": service}, block)
        )
        source = content["sources"][block["source"]].text("text", language)
        stream.contact(name, block.text("role", language), entry["number"], source)


def show_this(stream, content, block, destination, language, values):
    cards = content["show_this"]
    local_code = destination.local_language_code
    local = cards["local"]
    if local_code not in local:
        raise local.error(local_code, "missing: the destination's language has no sentences")
    khmer = [sentence.format_map(values) for sentence in cards.strings("khmer")]
    feminine = cards.get("feminine") or {}
    stream.show_this(
        block.text("title", language),
        khmer,
        local.strings(local_code),
        local_code in cards.strings("confirmed"),
        [sentence or "" for sentence in feminine.get(local_code, [])],
    )


def guide_body(destination, language, content=None):
    """The StreamField data of one destination's guide in one language."""
    content = content or load(CONTENT)
    reviewed = content["reviewed"]
    facts = destination_facts(content, destination)
    stream = StreamBuilder(destination.slug, reviewed)
    for block in content["guide"].entries("body"):
        if not applies(block, destination.slug, facts):
            continue
        values = placeholders(content, destination, language, facts, block)

        def text(key, block=block, values=values):
            return block.text(key, language).format_map(values)

        kind = block["type"]
        if kind == "section":
            answer = text("answer") if "answer" in block else ""
            stream.section(text("heading"), text("body"), answer, pictogram_of(block))
        elif kind == "checklist":
            items = [item.format_map(values) for item in block.texts("items", language)]
            stream.checklist(text("title"), items, pictograms_of(block, len(items)))
        elif kind == "sourced_fact":
            sources = content["sources"]
            if block["source"] not in sources:
                raise block.error("source", f"not one of {sorted(sources.keys())}")
            stream.fact(text("text"), sources[block["source"]].text("text", language))
        elif kind == "warning":
            stream.warning(text("title"), text("text"))
        elif kind == "contact_card":
            stream.contact(text("name"), text("role"))
        elif kind == "emergency_contacts":
            emergency_contacts(stream, content, block, facts, language, values)
        elif kind == "show_this":
            show_this(stream, content, block, destination, language, values)
        elif kind == "complaint_link":
            stream.complaint_link(text("text"))
        else:
            raise block.error("type", f"unknown block type {kind!r}")
    return stream.blocks


def guide_body_km(destination):
    return guide_body(destination, "km")


def guide_body_en(destination):
    return guide_body(destination, "en")


def guide_fields(destination, content=None):
    """The Khmer and the English page fields of one destination's guide."""
    content = content or load(CONTENT)
    guide = content["guide"]
    facts = destination_facts(content, destination)
    fields = {}
    for language in ("km", "en"):
        values = placeholders(content, destination, language, facts, guide)
        fields[language] = {
            "title": guide.text("title", language).format_map(values),
            "summary": guide.text("summary", language).format_map(values),
            "body": guide_body(destination, language, content),
            "last_reviewed": content["reviewed"],
        }
    # Only the Khmer page names its destination: the translation is synchronised from it.
    fields["km"]["destination"] = destination
    return fields["km"], fields["en"]


def build(stdout=None, slugs=None):
    """The index and the guides (all nine, or only those in slugs: tests build fewer)."""
    content = load(CONTENT)
    if not isinstance(content["reviewed"], datetime.date):
        raise DemoContentError("demo/destinations.yaml: reviewed: expected a date (YYYY-MM-DD)")
    index_fields = {
        language: {
            **content["index"].fields(language, "title", "intro"),
            "last_reviewed": content["reviewed"],
        }
        for language in ("km", "en")
    }
    home = HomePage.objects.get(depth=2, locale__language_code="km")
    index = ensure_page_in_km_and_en(
        home, GuideIndexPage, "destinations", km=index_fields["km"], en=index_fields["en"]
    )
    destinations = Destination.objects.order_by("sort_order")
    if slugs is not None:
        destinations = destinations.filter(slug__in=slugs)
    for destination in destinations:
        km, en = guide_fields(destination, content)
        ensure_page_in_km_and_en(index, DestinationGuidePage, destination.slug, km=km, en=en)
    if stdout is not None:
        stdout.write(f"  destinations: {DestinationGuidePage.objects.count()} guide pages")
    return index
