"""Recall of what workers type: how many queries of each set in tests/search/data (romanized
Khmer, everyday words and plain questions, misspellings) find their page among the first ten
results, and how long each reading and search takes.

    .venv/bin/python bench/search_recall.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal .venv/bin/python bench/search_recall.py

Builds the demo in a throwaway test database, rebuilds the search index (which also fills
the search vocabulary), then runs every query with the outcome cache bypassed, in the
language of its page. Prints the misses, the recall per set, and p50/p95 of the whole search
per query. Figures only.
"""

import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import yaml
from django.core.management import call_command
from django.db import connection

from bench.harness import build_demo, throwaway_database

DATA = Path(__file__).resolve().parent.parent / "tests/search/data"
SETS = ("romanized", "everyday", "misspelt")
FIRST_RESULTS = 10


def recall(name):
    from wagtail.models import Page

    from orientation.search.selectors import uncached_search_site

    cases = yaml.safe_load((DATA / f"{name}_queries.yaml").read_text())
    found, timings = 0, []
    for case in cases:
        language = case.get("lang", "km")
        url = Page.objects.get(
            locale__language_code=language, slug=case["page"], depth__gte=3
        ).get_url()
        started = time.perf_counter()
        outcome = uncached_search_site(case["query"], language)
        timings.append(time.perf_counter() - started)
        if url in [hit.url for hit in outcome.promoted + outcome.hits][:FIRST_RESULTS]:
            found += 1
        else:
            print(
                f"  missed ({language}): {case['query']!r} -> {case['page']} "
                f"(read as {outcome.corrected!r})"
            )
    timings.sort()
    print(
        f"{name}: {found} of {len(cases)} ({found / len(cases):.0%}) among the first "
        f"{FIRST_RESULTS}; per query p50 {statistics.median(timings) * 1000:.1f} ms, "
        f"p95 {timings[int(len(timings) * 0.95) - 1] * 1000:.1f} ms"
    )


def main():
    from orientation.search.models import SearchWord
    from orientation.search.selectors import uncached_search_site

    with throwaway_database():
        print(f"database: {connection.vendor}")
        build_demo()
        started = time.perf_counter()
        call_command("rebuild_search_index", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
        print(
            f"index rebuilt in {time.perf_counter() - started:.1f} s; vocabulary: "
            f"{SearchWord.objects.filter(script=SearchWord.KHMER).count()} Khmer, "
            f"{SearchWord.objects.filter(script=SearchWord.LATIN).count()} Latin words"
        )
        uncached_search_site("ថៃ", "km")  # imports, ICU, word frequencies, URL resolver
        for name in SETS:
            recall(name)


if __name__ == "__main__":
    main()
