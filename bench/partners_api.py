"""Query counts and timings of the partner surfaces (API, sitemap, feed, directory) on the
demo site. Run after `manage.py load_demo_content`:

    DJANGO_SETTINGS_MODULE=portal.settings.dev .venv/bin/python bench/partners_api.py

Prints figures; asserts nothing (the query bounds are asserted by tests/api)."""

import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")

import django

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from wagtail.models import Site  # noqa: E402

URLS = [
    "/api/v2/pages/?limit=50",
    "/api/v2/pages/?type=destinations.DestinationGuidePage&locale=km&fields=body",
    "/api/v2/alerts/?destination=thailand&locale=km",
    "/api/v2/resources/?limit=50",
    "/api/v2/agencies/?limit=50",
    "/api/v2/pages/?limit=100000",
    "/sitemap.xml",
    "/km/feeds/alerts.xml",
    "/km/resources/?destination=thailand",
]
ROUNDS = 10
# The feed and the directory are HTML routes under a language prefix: after the first request
# the anonymous page cache (portal/page_cache.py) answers them without a query.


class QueryCounter:
    """Counts every query (Django's own query log is capped and needs DEBUG)."""

    def __init__(self):
        self.count = 0

    def __call__(self, execute, sql, params, many, context):
        self.count += 1
        return execute(sql, params, many, context)


def main():
    site = Site.objects.filter(is_default_site=True).first()
    client = Client(HTTP_HOST=site.hostname if site else "localhost")
    print(f"{'url':<80} {'status':>6} {'queries':>7} {'median ms':>9}")
    for url in URLS:
        client.get(url)
        counter = QueryCounter()
        with connection.execute_wrapper(counter):
            response = client.get(url)
        timings = []
        for _round in range(ROUNDS):
            start = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - start) * 1000)
        print(
            f"{url:<80} {response.status_code:>6} {counter.count:>7} "
            f"{statistics.median(timings):>9.1f}"
        )


if __name__ == "__main__":
    main()
