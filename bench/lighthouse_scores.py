"""Lighthouse mobile performance and accessibility scores of the home page, a guide and the
complaint form, served by the production stack (gunicorn + whitenoise, demo content).

Needs Lighthouse from npm (`npm install lighthouse` in any folder; pass --lighthouse PATH to
its bin) and Debian's chromium. Prints a table; asserts nothing.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.stack import Gunicorn, prepare_site, production_environment

PAGES = ["/km/", "/km/destinations/thailand/", "/km/complaints/", "/en/destinations/malaysia/"]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


def scores(lighthouse, url):
    result = subprocess.run(
        [
            lighthouse,
            url,
            "--quiet",
            "--output=json",
            "--only-categories=performance,accessibility",
            f"--chrome-flags={CHROME_FLAGS}",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "CHROME_PATH": "/usr/bin/chromium"},
        timeout=300,
    )
    report = json.loads(result.stdout)
    audits = report["audits"]
    return {
        "performance": round(100 * report["categories"]["performance"]["score"]),
        "accessibility": round(100 * report["categories"]["accessibility"]["score"]),
        "fcp_ms": audits["first-contentful-paint"]["numericValue"],
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lighthouse", default="lighthouse")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        env = production_environment(folder)
        prepare_site(env)
        with Gunicorn(env, workers=2) as server:
            print(f"{'page':34} {'perf':>5} {'a11y':>5} {'FCP ms':>7} {'LCP ms':>7} {'KB':>6}")
            for path in PAGES:
                figures = scores(args.lighthouse, server.url + path)
                print(
                    f"{path:34} {figures['performance']:5d} {figures['accessibility']:5d}"
                    f" {figures['fcp_ms']:7.0f} {figures['lcp_ms']:7.0f}"
                    f" {figures['bytes'] / 1024:6.1f}"
                )


if __name__ == "__main__":
    main()
