"""Query counts, compressed sizes and render times of the rights pages, with 9 (the demo), 30 and
300 explainers under the index.

    .venv/bin/python bench/rights_pages.py

Runs in a throwaway test database (portal.settings.test, page cache off): builds the home
page and the rights demo (9 explainers, 21 instruments), then adds filler explainers citing
every instrument and every destination, and requests the index, one explainer and one
instrument page the way a phone would (Accept-Encoding: gzip). Prints figures only; the
query bound itself is asserted in tests/rights/test_pages.py.
"""

import gzip
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from bench.harness import throwaway_database

URLS = [
    "/km/rights/",
    "/km/rights/written-contract/",
    "/km/rights/instruments/un-migrant-workers-convention/",
    "/en/rights/",
]
RUNS = 5


def measure(client, url):
    client.get(url, HTTP_ACCEPT_ENCODING="gzip")  # warm per-process caches
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_ACCEPT_ENCODING="gzip")
    # Read now: the next request resets Django's query log.
    query_count = len(queries)
    body = response.content
    compressed = (
        len(body) if response.get("Content-Encoding") == "gzip" else len(gzip.compress(body))
    )
    times = []
    for _ in range(RUNS):
        start = time.perf_counter()
        client.get(url, HTTP_ACCEPT_ENCODING="gzip")
        times.append((time.perf_counter() - start) * 1000)
    return response.status_code, query_count, compressed, statistics.median(times)


def add_filler_explainers(total):
    from orientation.destinations.models import Destination
    from orientation.rights.models import LegalInstrument, RightsIndexPage, RightsPage
    from tests.rights.factories import explainer_body

    index = RightsIndexPage.objects.get(locale__language_code="km")
    instruments = list(LegalInstrument.objects.filter(locale__language_code="km"))
    destinations = list(Destination.objects.all())
    existing = RightsPage.objects.child_of(index).count()
    for number in range(existing, total):
        page = RightsPage(
            title=f"Filler explainer {number}",
            slug=f"filler-{number}",
            summary="Filler for the benchmark.",
            body=explainer_body(f"filler {number}"),
            cited_instruments=instruments,
            related_destinations=destinations,
        )
        index.add_child(instance=page)
        index.refresh_from_db()


def main():
    with throwaway_database():
        from home.demo import ensure_home_pages
        from orientation.core.demo import synchronise_all_locales
        from orientation.rights.demo import build

        ensure_home_pages()
        build()
        synchronise_all_locales()
        client = Client()
        print(
            f"{'explainers':>10}  {'url':55} {'status':>6} {'queries':>7} {'gzip B':>7} {'ms':>7}"
        )
        for total in (9, 30, 300):
            if total > 9:
                add_filler_explainers(total)
            for url in URLS:
                status, queries, size, ms = measure(client, url)
                print(f"{total:>10}  {url:55} {status:>6} {queries:>7} {size:>7} {ms:>7.1f}")


if __name__ == "__main__":
    main()
