"""Wait until a URL answers 200 (make run: print the admin account once the portal is up)."""

import sys
import time
import urllib.request

URL = sys.argv[1]
deadline = time.monotonic() + 120
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(URL, timeout=2) as response:  # noqa: S310 - local dev URL
            if response.status == 200:
                sys.exit(0)
    except OSError:
        pass
    time.sleep(0.5)
print(f"The portal did not answer at {URL} within two minutes.", file=sys.stderr)
sys.exit(1)
