"""Lighthouse mobile performance and accessibility scores of the home page, a guide, the
complaint form and a lesson, served by the production stack (gunicorn + whitenoise, demo
content), on Lighthouse's default mobile profile and on a 3G-like one (RTT 300 ms,
700 kbit/s, CPU x4: issue 23), for two kinds of phone:

- one with a Khmer font of its own, as Android phones ship Noto Sans Khmer: portal.css names
  it in `local()` first, so the phone downloads no font. Chromium is given a private
  fontconfig folder holding Noto Sans Khmer (our own files, unpacked from WOFF2 to TrueType
  with fontTools: fontconfig cannot hand WOFF2 to Chromium's `local()` lookup);
- one with no Khmer font at all (this machine as it is): it downloads ours and redraws the
  text when they arrive.

Needs Lighthouse from npm (`npm install lighthouse` in any folder; pass --lighthouse PATH to
its bin), Debian's chromium and the dev extras (fontTools). Prints a table; asserts nothing.
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
PROFILES = {
    "default mobile": [],
    "3G-like": [
        "--throttling-method=simulate",
        "--throttling.rttMs=300",
        "--throttling.throughputKbps=700",
        "--throttling.cpuSlowdownMultiplier=4",
    ],
}
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)


PHONES = ["with a Khmer font", "without a Khmer font"]
FONTS = Path(__file__).resolve().parents[1] / "static" / "fonts"


def fontconfig_with_khmer(folder):
    """A fontconfig file: the system's fonts plus Noto Sans Khmer as TrueType in `folder`."""
    from fontTools.ttLib import TTFont

    # A folder of its own: fontconfig reads every font under a <dir>, and the WOFF2 files that
    # collectstatic copies beside it would answer `local()` with a file Chromium cannot load.
    folder = Path(folder) / "phone-fonts"
    folder.mkdir()
    for woff2 in FONTS.glob("noto-sans-khmer-*.woff2"):
        font = TTFont(woff2)
        font.flavor = None
        font.save(folder / (woff2.stem + ".ttf"))
    config = folder / "fonts.conf"
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig>\n'
        '  <include ignore_missing="yes">/etc/fonts/fonts.conf</include>\n'
        f"  <dir>{folder}</dir>\n  <cachedir>{folder / 'cache'}</cachedir>\n</fontconfig>\n"
    )
    return config


def first_lesson(base_url):
    """The first lesson the Khmer lessons index links to."""
    import re
    import urllib.request

    with urllib.request.urlopen(base_url + "/km/lessons/", timeout=30) as response:
        html = response.read().decode()
    found = re.search(r'href="(/km/lessons/[^"/]+/)"', html)
    return found.group(1) if found else None


def scores(lighthouse, url, profile=(), fontconfig=None):
    # To a file: Node may exit before a large report written to a pipe is flushed.
    with tempfile.NamedTemporaryFile(suffix=".json") as report_file:
        subprocess.run(
            [
                lighthouse,
                url,
                *profile,
                "--quiet",
                "--output=json",
                f"--output-path={report_file.name}",
                "--only-categories=performance,accessibility",
                f"--chrome-flags={CHROME_FLAGS}",
            ],
            capture_output=True,
            text=True,
            env={
                **os.environ,
                "CHROME_PATH": "/usr/bin/chromium",
                **({"FONTCONFIG_FILE": str(fontconfig)} if fontconfig else {}),
            },
            timeout=300,
        )
        report = json.loads(Path(report_file.name).read_text())
    audits = report["audits"]
    if report["categories"]["performance"]["score"] is None:
        return None  # Lighthouse could not score this run (its runtimeError says why)
    return {
        "performance": round(100 * report["categories"]["performance"]["score"]),
        "accessibility": round(100 * report["categories"]["accessibility"]["score"]),
        "fcp_ms": audits["first-contentful-paint"]["numericValue"],
        "lcp_ms": audits["largest-contentful-paint"]["numericValue"],
        "bytes": audits["total-byte-weight"]["numericValue"],
        "tbt_ms": audits["total-blocking-time"]["numericValue"],
        "cls": audits["cumulative-layout-shift"]["numericValue"],
    }


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--lighthouse", default="lighthouse")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        fontconfig = {PHONES[0]: fontconfig_with_khmer(Path(folder)), PHONES[1]: None}
        env = production_environment(folder)
        prepare_site(env)
        with Gunicorn(env, workers=2) as server:
            lesson = first_lesson(server.url)
            pages = PAGES + ([lesson] if lesson else [])
            for phone in PHONES:
                for profile, flags in PROFILES.items():
                    print(f"\n{profile}, a phone {phone}")
                    print(
                        f"{'page':34} {'perf':>5} {'a11y':>5} {'FCP ms':>7} {'LCP ms':>7}"
                        f" {'TBT ms':>7} {'CLS':>6} {'KB':>6}"
                    )
                    for path in pages:
                        # A run Lighthouse could not score is tried again, twice at most.
                        for _attempt in range(3):
                            figures = scores(
                                args.lighthouse, server.url + path, flags, fontconfig[phone]
                            )
                            if figures is not None:
                                break
                        if figures is None:
                            print(f"{path:34} not scored by Lighthouse in three runs")
                            continue
                        print(
                            f"{path:34} {figures['performance']:5d} {figures['accessibility']:5d}"
                            f" {figures['fcp_ms']:7.0f} {figures['lcp_ms']:7.0f}"
                            f" {figures['tbt_ms']:7.0f} {figures['cls']:6.3f}"
                            f" {figures['bytes'] / 1024:6.1f}"
                        )


if __name__ == "__main__":
    main()
