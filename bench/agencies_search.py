"""How fast the agency register answers with 10,000 agencies.

Loads 10,000 agencies into a temporary SQLite database (migrated from scratch) and times
the search a worker makes on /<lang>/agencies/?q=: partial Latin name, Khmer name,
licence number variants, close matches (digits only, a wrong prefix, a misspelt name) and a
miss. "found" counts exact results or close matches. Prints p50/p95 per kind; no assertions.

    .venv/bin/python bench/agencies_search.py [--agencies 10000] [--repeat 200]
"""

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")
LATIN_WORDS = ["Demo", "Bench", "Sample", "Test", "Placeholder", "Example"]
KHMER_WORDS = ["សាកល្បង", "គំរូ", "ឧទាហរណ៍"]


def configure(database_path):
    os.environ["DJANGO_SETTINGS_MODULE"] = "portal.settings.test"
    import django
    from django.conf import settings

    django.setup()
    settings.DATABASES["default"]["NAME"] = str(database_path)
    settings.DATABASES["default"].pop("TEST", None)
    from django.db import connections

    connections["default"].close()
    connections["default"].settings_dict["NAME"] = str(database_path)


def load_agencies(count):
    from orientation.destinations.models import Destination
    from orientation.scams.models import Agency, AgencyStatus
    from orientation.scams.normalise import licence_key, search_key

    rng = random.Random(6)
    statuses = list(AgencyStatus.values)
    agencies = []
    for number in range(1, count + 1):
        latin = f"{rng.choice(LATIN_WORDS)} Recruitment Agency {number}"
        khmer = f"ភ្នាក់ងារជ្រើសរើស{rng.choice(KHMER_WORDS)} {str(number).translate(KHMER_DIGITS)}"
        licence = f"DEMO-{number:05d}"
        agencies.append(
            Agency(
                name_latin=latin,
                name_km=khmer,
                licence_number=licence,
                licence_key=licence_key(licence),
                search_name=search_key(f"{latin} {khmer}"),
                status=rng.choice(statuses),
            )
        )
    Agency.objects.bulk_create(agencies, batch_size=1000)
    through = Agency.destinations.through
    destinations = list(Destination.objects.values_list("id", flat=True))
    links = [
        through(agency_id=agency_id, destination_id=destination_id)
        for agency_id in Agency.objects.values_list("id", flat=True)
        for destination_id in rng.sample(destinations, 2)
    ]
    through.objects.bulk_create(links, batch_size=5000)


def time_queries(label, queries, repeat):
    from orientation.scams.selectors import search_agencies

    timings = []
    found = 0
    for index in range(repeat):
        query = queries[index % len(queries)]
        started = time.perf_counter()
        search = search_agencies(query)
        for agency in search.results:
            list(agency.destinations.all())
        timings.append((time.perf_counter() - started) * 1000)
        found += bool(search.results or search.close_matches)
    timings.sort()
    p50 = statistics.median(timings)
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    print(f"{label:<28} p50 {p50:7.2f} ms   p95 {p95:7.2f} ms   ({found}/{repeat} found)")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--agencies", type=int, default=10_000)
    parser.add_argument("--repeat", type=int, default=200)
    arguments = parser.parse_args()

    with tempfile.TemporaryDirectory() as folder:
        configure(Path(folder) / "bench.sqlite3")
        from django.core.management import call_command

        started = time.perf_counter()
        call_command("migrate", verbosity=0, skip_checks=True)
        print(f"migrated in {time.perf_counter() - started:.1f} s")
        started = time.perf_counter()
        load_agencies(arguments.agencies)
        print(f"loaded {arguments.agencies} agencies in {time.perf_counter() - started:.1f} s")

        rng = random.Random(60)
        numbers = [rng.randint(1, arguments.agencies) for _ in range(50)]
        repeat = arguments.repeat
        time_queries(
            "name, partial Latin", ["recruitment agency 12", "SAMPLE RECR", "agency 999"], repeat
        )
        time_queries("name, common word", ["demo", "agency"], repeat)
        time_queries("name, Khmer", ["ជ្រើសរើសគំរូ", "សាកល្បង ១២", "ភ្នាក់ងារ"], repeat)
        time_queries("licence, exact", [f"DEMO-{n:05d}" for n in numbers], repeat)
        time_queries("licence, lower case/spaces", [f"demo {n:05d}" for n in numbers], repeat)
        time_queries("licence, no dash", [f"demo{n:05d}" for n in numbers], repeat)
        time_queries("licence, digits only", [f"{n:05d}" for n in numbers], repeat)
        time_queries("licence, wrong prefix", [f"DMO-{n:05d}" for n in numbers], repeat)
        time_queries(
            "name, misspelt (close)", ["recruitmnt agensy 12", "recrutment agency 999"], repeat
        )
        time_queries("miss", ["golden jobs express", "ZZZ-0000"], repeat)


if __name__ == "__main__":
    main()
