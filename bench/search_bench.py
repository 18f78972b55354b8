"""Site search speed: queries per second and p95, over the demo content and 5,000 pages,
with the query reading of issue 19 on (romanized, misspelt and everyday words included).

    .venv/bin/python bench/search_bench.py [--pages 5000] [--rounds 3]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/portal .venv/bin/python bench/search_bench.py

Builds the demo site in a throwaway test database (portal.settings.test: SQLite unless
DATABASE_URL says otherwise), rebuilds the search index, then sends a fixed mix of Khmer,
English, mixed, zero-width-space and no-result queries to /<lang>/search/ one after the other
(one client) and prints requests per second, p50 and p95: "new" for a query nobody asked
since the last publish on a running server (the budget's figure: median <= 50 ms, p95 <= 150
ms over 5,000 pages), "cold" with the whole cache emptied before every request, "warm" for
repeated queries (the outcome is cached until the next publish). It then adds generated
pages of Khmer and English text (ICU-segmented at index time like any page), rebuilds the
index (timed) and measures again. Prints figures only.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from django.core.management import call_command
from django.db import connection
from django.test import Client

from bench.harness import build_demo, throwaway_database

ZWSP = "\u200b"
QUERIES = [
    ("km", "លិខិតឆ្លងដែន"),
    ("km", f"លិខិត{ZWSP}ឆ្លង{ZWSP}ដែន"),
    ("km", "កិច្ចសន្យា"),
    ("km", "ប្រាក់ឈ្នួល"),
    ("km", "ការបោកប្រាស់"),
    ("km", "ភ្នាក់ងារជ្រើសរើសឯកជន"),
    ("km", "ស្ថានទូត ថៃ"),
    ("km", "បណ្តឹង"),
    ("km", "សិទ្ធិ ពលករចំណាកស្រុក"),
    ("km", "អាសន្ន"),
    ("en", "passport"),
    ("en", "wages contract"),
    ("en", "agency licence"),
    ("en", "Thailand embassy"),
    ("en", "លិខិតឆ្លងដែន passport"),
    ("en", "complaint"),
    ("en", "zzyzx quokka"),  # no results: suggestions and the unanswered-query counter
    ("km", "ក្រូចឆ្មារពណ៌ស្វាយ"),  # no results in Khmer
    ("en", '"passport" OR NEAR(*)'),
    ("en", "!!!"),
    # What workers type (issue 19): romanized and misspelt Khmer, an everyday word, a plain
    # question, a misspelt English word.
    ("km", "ka nguer"),
    ("km", "lekhet chlong den"),
    ("km", "prak chnuol"),
    ("km", "សិទ្ឋិ"),
    ("km", "ពេទ្យ"),
    ("en", "how do I get paid"),
    ("en", "passprt"),
]

KHMER_WORDS = [
    "លិខិតឆ្លងដែន",
    "កិច្ចសន្យា",
    "ការងារ",
    "ប្រាក់ឈ្នួល",
    "សិទ្ធិ",
    "បណ្តឹង",
    "អាជ្ញាប័ណ្ណ",
    "ការបោកប្រាស់",
    "ការជួញដូរមនុស្ស",
    "អាសន្ន",
    "ជំនួយ",
    "មេរៀន",
    "ពលករ",
    "ចំណាកស្រុក",
    "កម្មករ",
    "និយោជក",
    "ស្ថានទូត",
    "ក្រសួង",
    "ភ្នាក់ងារ",
    "ជ្រើសរើស",
    "ឯកជន",
    "ប្រទេស",
    "ថៃ",
    "ម៉ាឡេស៊ី",
    "ជប៉ុន",
    "សូម",
    "រក្សា",
    "របស់",
    "អ្នក",
    "ឱ្យ",
    "បាន",
    "ល្អ",
    "មុន",
    "ពេល",
    "ចេញដំណើរ",
    "ត្រូវ",
    "ពិនិត្យ",
    "ជាមួយ",
    "ហើយ",
    "កុំ",
    "យក",
    "ទៅ",
    "ធ្វើការ",
    "រៀងរាល់",
    "ខែ",
    "សុខភាព",
]
ENGLISH_WORDS = [
    "passport",
    "contract",
    "work",
    "wages",
    "rights",
    "complaint",
    "licence",
    "scam",
    "trafficking",
    "emergency",
    "help",
    "lesson",
    "worker",
    "employer",
    "embassy",
    "ministry",
    "agency",
    "recruitment",
    "private",
    "country",
    "keep",
    "your",
    "safe",
    "before",
    "leaving",
    "check",
    "with",
    "and",
    "never",
    "give",
    "month",
    "health",
    "travel",
    "document",
    "pay",
]


class Words:
    """The words generated pages are written with. "uniform": the short lists above, each
    word as likely as any other, so every Khmer page holds every query word (the worst case:
    each search matches two thirds of the site). "demo": the words of the demo's published
    pages, as often as they occur there (the usual long tail of a real site)."""

    def __init__(self, corpus):
        from orientation.search.models import SearchWord

        if corpus == "uniform":
            self.khmer, self.khmer_weights = KHMER_WORDS, None
            self.english, self.english_weights = ENGLISH_WORDS, None
            return
        rows = {
            script: list(
                SearchWord.objects.filter(script=script)
                .exclude(word__contains=" ")
                .values_list("word", "occurrences")
            )
            for script in (SearchWord.KHMER, SearchWord.LATIN)
        }
        self.khmer = [word for word, _ in rows[SearchWord.KHMER]]
        self.khmer_weights = [count for _, count in rows[SearchWord.KHMER]]
        self.english = [word for word, _ in rows[SearchWord.LATIN] if word.isalpha()]
        self.english_weights = [count for word, count in rows[SearchWord.LATIN] if word.isalpha()]


def khmer_text(rng, words, vocabulary):
    # Khmer is written without spaces between words; a space ends a phrase.
    phrases = [
        "".join(rng.choices(vocabulary.khmer, vocabulary.khmer_weights, k=rng.randint(4, 9)))
        for _ in range(words)
    ]
    return " ".join(phrases) + "។"


def english_text(rng, words, vocabulary):
    chosen = rng.choices(vocabulary.english, vocabulary.english_weights, k=words * 6)
    return " ".join(chosen).capitalize() + "."


def add_generated_pages(count, corpus="demo", seed=10):
    """``count`` pages (two thirds Khmer, one third English) under each language's home,
    written with the words of ``corpus`` (``Words``)."""
    from django.db.models.signals import post_save
    from django.utils import timezone
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Page

    from orientation.destinations.models import GuideIndexPage

    rng = random.Random(seed)
    vocabulary = Words(corpus)
    published_at = timezone.now()
    homes = {
        code: Page.objects.get(depth=2, locale__language_code=code).specific
        for code in ("km", "en")
    }
    # Indexing happens once at the end (rebuild_search_index), as after a bulk import.
    post_save.disconnect(post_save_signal_handler, sender=GuideIndexPage)
    try:
        for number in range(count):
            language = "en" if number % 3 == 2 else "km"
            write = khmer_text if language == "km" else english_text
            text = write(rng, 8, vocabulary)
            title = write(rng, 1, vocabulary)[:80]
            homes[language].add_child(
                instance=GuideIndexPage(
                    title=title,
                    slug=f"generated-{number}",
                    intro=text,
                    live=True,
                    # As publishing sets them: search keeps a page's texts per published
                    # version, and a live page without one had them read on every search.
                    first_published_at=published_at,
                    last_published_at=published_at,
                )
            )
    finally:
        post_save.connect(post_save_signal_handler, sender=GuideIndexPage)


def measure(client, rounds, mode="new"):
    """ "new": a query nobody asked since the last publish, on a running server (its outcome
    is not cached; what pages' texts and the equivalent words cost once per published
    version is); "cold": the whole cache emptied before every request; "warm": repeats of the
    same queries, answered from the cached outcome."""
    from django.core.cache import cache

    from orientation.search.selectors import outcome_cache_key

    timings = []
    hits = 0
    if mode != "cold":
        for language, query in QUERIES:
            client.get(f"/{language}/search/", {"q": query})
    for _ in range(rounds):
        for language, query in QUERIES:
            if mode == "cold":
                cache.clear()
            elif mode == "new":
                cache.delete(outcome_cache_key(query, language))
            started = time.perf_counter()
            response = client.get(f"/{language}/search/", {"q": query})
            timings.append(time.perf_counter() - started)
            assert response.status_code == 200, (query, response.status_code)
            hits += response.content.count(b'class="search-hit')
    timings.sort()
    total = sum(timings)
    return {
        "requests": len(timings),
        "per_second": len(timings) / total,
        "p50_ms": statistics.median(timings) * 1000,
        "p95_ms": timings[int(len(timings) * 0.95) - 1] * 1000,
        "max_ms": timings[-1] * 1000,
        "hits_per_round": hits // rounds,
    }


def index_entries():
    from modelsearch.conf import get_app_config

    return get_app_config().get_model("IndexEntry").objects.count()


def report(label, figures):
    print(
        f"{label}: {figures['requests']} requests, {figures['per_second']:.1f} req/s, "
        f"p50 {figures['p50_ms']:.1f} ms, p95 {figures['p95_ms']:.1f} ms, "
        f"max {figures['max_ms']:.1f} ms ({figures['hits_per_round']} hits per round)"
    )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--corpus",
        choices=("demo", "uniform"),
        default="demo",
        help="the words of the generated pages (see Words)",
    )
    parser.add_argument(
        "--profile", action="store_true", help="print where one round's time goes (cProfile)"
    )
    arguments = parser.parse_args()

    with throwaway_database():
        print(f"database: {connection.vendor}")
        built = build_demo()
        started = time.perf_counter()
        call_command("rebuild_search_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        print(
            f"demo ({built}): {index_entries()} index entries, "
            f"rebuilt in {time.perf_counter() - started:.1f} s"
        )
        client = Client()
        client.get("/km/search/", {"q": "warm"})
        for mode in ("new", "cold", "warm"):
            report(f"demo content, {mode}", measure(client, arguments.rounds, mode))

        started = time.perf_counter()
        add_generated_pages(arguments.pages, arguments.corpus)
        created = time.perf_counter() - started
        started = time.perf_counter()
        call_command("rebuild_search_index", verbosity=0, stdout=open(os.devnull, "w"))  # noqa: SIM115
        print(
            f"+{arguments.pages} generated pages, {arguments.corpus} words "
            f"(created in {created:.1f} s): "
            f"{index_entries()} index entries, rebuilt in {time.perf_counter() - started:.1f} s"
        )
        for mode in ("new", "cold", "warm"):
            figures = measure(client, arguments.rounds, mode)
            report(f"demo + {arguments.pages} pages, {mode}", figures)
        if arguments.profile:
            import cProfile
            import pstats

            profiler = cProfile.Profile()
            profiler.runcall(measure, client, 1, "new")
            pstats.Stats(profiler).sort_stats("cumulative").print_stats(40)


if __name__ == "__main__":
    main()
