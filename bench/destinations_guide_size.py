"""Each destination guide's compressed size and SQL query count, in Khmer and English.

    .venv/bin/python bench/destinations_guide_size.py

Builds the demo site in a throwaway test database (portal.settings.test, page cache off),
then requests every guide the way a phone would (Accept-Encoding: gzip) and prints the
gzip-compressed HTML size (fonts, CSS, JS and icons are separate, cacheable files) and the
queries of a warm request. The budget (docs/design.md): 60 KB compressed, queries independent of
the amount of content. Prints figures only; no assertions on time.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.harness import build_demo, throwaway_database

BUDGET_BYTES = 60 * 1024
# `--queries` prints the SQL of one guide per language, to hunt for avoidable queries.
SHOW_QUERIES_FOR = (
    {"/km/destinations/thailand/", "/en/destinations/thailand/"}
    if "--queries" in sys.argv
    else set()
)


def measure(client, url, show_queries=False):
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    assert response.status_code == 200, (url, response.status_code)
    if show_queries:
        for query in queries:
            print("   ", query["sql"][:160])
    encoding = response.get("Content-Encoding", "identity")
    return len(response.content), encoding, len(queries)


def main():
    from orientation.destinations.catalogue import SLUGS

    with throwaway_database():
        built = build_demo()
        client = Client()
        print(f"demo content: {built}")
        print(f"{'page':<34} {'gzip bytes':>10} {'KB':>6} {'encoding':>9} {'queries':>8}")
        largest = 0
        for code in ["km", "en", "th"]:
            for slug in ["", *SLUGS]:
                url = f"/{code}/destinations/{slug + '/' if slug else ''}"
                size, encoding, queries = measure(client, url, url in SHOW_QUERIES_FOR)
                largest = max(largest, size)
                print(f"{url:<34} {size:>10} {size / 1024:>6.1f} {encoding:>9} {queries:>8}")
        verdict = "within" if largest <= BUDGET_BYTES else "OVER"
        print(f"largest: {largest / 1024:.1f} KB, {verdict} the 60 KB budget")


if __name__ == "__main__":
    main()
