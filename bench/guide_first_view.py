"""How long each demo guide is on a phone before any section is opened, and how many of its
sections carry a pictogram and a recording slot.

    .venv/bin/python bench/guide_first_view.py [--slugs thailand,malaysia]

Serves the demo site with the production stack (gunicorn + whitenoise) and opens every guide
in Debian's chromium at 360x740, in Khmer and English, with JavaScript on and off. Prints the
document height in CSS pixels and in screens of 740 px. Goal (issue 18): at most 4 screens
(2,960 px). Prints figures only; asserts nothing.
"""

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stack import Gunicorn, prepare_site, production_environment

CHROMIUM = "/usr/bin/chromium"
PHONE = {"width": 360, "height": 740}
GOAL_PX = 4 * PHONE["height"]
SLUGS = [
    "thailand",
    "malaysia",
    "south-korea",
    "japan",
    "singapore",
    "hong-kong",
    "saudi-arabia",
    "kuwait",
    "qatar",
]
HEIGHT = "() => document.documentElement.scrollHeight"
SECTIONS = """() => {
  const sections = [...document.querySelectorAll('.guide-menu > details:not(.guide-related)')];
  return {
    sections: sections.length,
    pictograms: sections.filter((s) => s.querySelector('summary img')).length,
    recordings: sections.filter((s) => s.querySelector('audio')).length,
  };
}"""


def main():
    from playwright.sync_api import sync_playwright

    parser = argparse.ArgumentParser()
    parser.add_argument("--slugs", default=",".join(SLUGS))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = production_environment(folder)
        prepare_site(env)
        with Gunicorn(env, workers=2) as server, sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"]
            )
            contexts = {
                js: browser.new_context(viewport=PHONE, java_script_enabled=js, is_mobile=True)
                for js in (True, False)
            }
            print(f"{'guide':34} {'JS on px':>9} {'JS off px':>9} {'screens':>8} {'sections':>9}")
            for slug in args.slugs.split(","):
                for code in ("km", "en"):
                    path = f"/{code}/destinations/{slug}/"
                    heights = {}
                    for js, context in contexts.items():
                        page = context.new_page()
                        page.goto(server.url + path, wait_until="load")
                        heights[js] = page.evaluate(HEIGHT)
                        counts = page.evaluate(SECTIONS)
                        page.close()
                    tallest = max(heights.values())
                    verdict = "" if tallest <= GOAL_PX else "  OVER 4 screens"
                    sections = (
                        f"{counts['sections']} ({counts['pictograms']} pictogram,"
                        f" {counts['recordings']} recorded)"
                    )
                    print(
                        f"{path:34} {heights[True]:>9} {heights[False]:>9}"
                        f" {tallest / PHONE['height']:>8.1f} {sections}{verdict}"
                    )
            browser.close()


if __name__ == "__main__":
    main()
