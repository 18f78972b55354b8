"""Load the demo content into a fresh SQLite database and print a canonical JSON of it.

Used to prove that a change to the demo loader (or to its data files) builds the same site:
run it before and after, and diff the two dumps.

    .venv/bin/python scripts/dump_demo_content.py > /tmp/before.json

Every page (locale, url_path, specific class, every own field; StreamField JSON without block
ids, which are random where the demo does not fix them) and every row of the project's own
models is written with its relations named by natural keys, not primary keys. Values that
depend on the clock are written relative to now, so two runs on the same day compare equal.
"""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

# Page bookkeeping that differs from run to run or says nothing about the content.
SKIPPED_FIELDS = {
    "id",
    "page_ptr",
    "path",
    "depth",
    "numchild",
    "content_type",
    "owner",
    "locked",
    "locked_at",
    "locked_by",
    "latest_revision",
    "live_revision",
    "latest_revision_created_at",
    "first_published_at",
    "last_published_at",
    "go_live_at",
    "expire_at",
    "draft_title",
    "has_unpublished_changes",
    "code_hash",
}


def strip_ids(value):
    if isinstance(value, dict):
        return {key: strip_ids(item) for key, item in value.items() if key != "id"}
    if isinstance(value, list):
        return [strip_ids(item) for item in value]
    return value


def main():
    database = Path(tempfile.mkdtemp()) / "demo.sqlite3"
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    import django

    django.setup()
    import logging

    logging.disable(logging.INFO)  # Wagtail logs every page it creates.
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    timings = []
    for _run in range(2):
        started = time.perf_counter()
        call_command("load_demo_content", stdout=open(os.devnull, "w"))  # noqa: SIM115
        timings.append(round(time.perf_counter() - started, 2))
    print(f"load_demo_content: first run {timings[0]} s, second {timings[1]} s", file=sys.stderr)
    json.dump(dump(), sys.stdout, ensure_ascii=False, indent=1, sort_keys=True)
    sys.stdout.write("\n")


def dump():
    import datetime

    from django.apps import apps
    from django.db import models
    from django.utils import timezone
    from wagtail.fields import StreamField
    from wagtail.models import Page, Site

    now = timezone.now()
    today = timezone.localdate()
    keys = {}

    def translation_label(obj):
        """The translation key as the natural key of the object's Khmer original."""
        key = getattr(obj, "translation_key", None)
        if key is None:
            return None
        if key not in keys:
            original = (
                type(obj)
                ._default_manager.filter(translation_key=key, locale__language_code="km")
                .first()
            )
            keys[key] = natural(original) if original is not None else "(no Khmer original)"
        return keys[key]

    def natural(obj):
        if obj is None:
            return None
        if isinstance(obj, Page):
            return f"page:{obj.url_path}"
        label = obj._meta.label
        for name in ("slug", "code", "licence_number", "reference", "language_code"):
            if hasattr(obj, name):
                locale = getattr(obj, "locale", None)
                suffix = f"@{locale.language_code}" if locale is not None else ""
                return f"{label}:{getattr(obj, name)}{suffix}"
        if hasattr(obj, "name"):
            locale = getattr(obj, "locale", None)
            suffix = f"@{locale.language_code}" if locale is not None else ""
            return f"{label}:{obj.name}{suffix}"
        return f"{label}:{obj}"

    def value_of(obj, field):
        if isinstance(field, StreamField):
            raw = field.get_prep_value(getattr(obj, field.attname))
            return strip_ids(json.loads(raw) if isinstance(raw, str) else raw)
        if isinstance(field, models.ForeignKey):
            if field.name == "translation_key":
                return translation_label(obj)
            return natural(getattr(obj, field.name))
        value = getattr(obj, field.attname)
        if field.name == "translation_key":
            return translation_label(obj)
        if isinstance(value, datetime.datetime):
            return f"now - {round((now - value).total_seconds() / 3600)} h"
        if isinstance(value, datetime.date):
            return f"today + {(value - today).days} d"
        if hasattr(value, "stream_data") or hasattr(value, "raw_data"):
            return strip_ids(list(value.raw_data))
        if isinstance(value, (str, int, float, bool)) or value is None:
            return value
        return str(value)

    def record(obj):
        data = {}
        for field in obj._meta.get_fields():
            if field.name in SKIPPED_FIELDS or (field.auto_created and not field.concrete):
                continue
            if field.many_to_many:
                data[field.name] = sorted(natural(item) for item in getattr(obj, field.name).all())
            elif field.one_to_many:
                continue
            elif field.concrete:
                data[field.name] = value_of(obj, field)
        return data

    pages = []
    for page in Page.objects.order_by("locale__language_code", "url_path"):
        specific = page.specific
        data = record(specific)
        data["_class"] = specific._meta.label
        data["_alias_of"] = natural(page.alias_of.specific) if page.alias_of_id else None
        pages.append(data)
    rows = {}
    for model in apps.get_models():
        if not model.__module__.startswith(("orientation.", "home.")):
            continue
        if issubclass(model, Page):
            continue
        rows[model._meta.label] = sorted(
            (record(obj) for obj in model._default_manager.all()),
            key=lambda item: json.dumps(item, ensure_ascii=False, sort_keys=True),
        )
    sites = [
        {"hostname": site.hostname, "root": natural(site.root_page), "name": site.site_name}
        for site in Site.objects.all()
    ]
    return {"pages": pages, "records": rows, "sites": sites}


if __name__ == "__main__":
    main()
