"""Issue 18 ("Sound"): how many places on the demo site can hold a recording, by kind, and
how many have one.

    .venv/bin/python bench/recording_slots.py

Builds the demo site in a throwaway test database (portal.settings.test) and counts the
slots every area declares (orientation/core/recording_slots.py): guide sections (one per
section per language tree that is not an alias), "show this" sentences and the lessons'
letters, words and exercises (once each: what is said is the same in every translation).
Before issue 18 there was no slot for a "show this" sentence nor for a matching or ordering
exercise, and no way to record in the admin. Prints figures only; asserts nothing.
"""

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.harness import build_demo, throwaway_database


def main():
    with throwaway_database():
        built = build_demo()
        from orientation.recordings.selectors import RECORDED, slot_rows

        rows = slot_rows()
        totals = Counter(row.slot.kind for row in rows)
        recorded = Counter(row.slot.kind for row in rows if row.status == RECORDED)
        languages = Counter((row.slot.kind, row.slot.language) for row in rows)
        print(f"demo: {built}")
        print(f"{'kind':<22}{'slots':>7}{'recorded':>10}  languages")
        for kind in ("section", "show_this_sentence", "letter", "word", "exercise"):
            spoken = ", ".join(
                f"{language} {count}"
                for (each, language), count in sorted(languages.items())
                if each == kind
            )
            print(f"{kind:<22}{totals[kind]:>7}{recorded[kind]:>10}  {spoken}")
        print(f"{'all':<22}{sum(totals.values()):>7}{sum(recorded.values()):>10}")


if __name__ == "__main__":
    main()
