"""A partner's client of the portal's public API, with nothing but Python's standard library.

    python docs/examples/partner_client.py http://127.0.0.1:8000 thailand DEMO-0001

prints today's alerts for workers in Thailand, in Khmer, then whether the agency with licence
DEMO-0001 is in the register. It reads the OpenAPI document (/api/v2/schema/) first and takes
the allowed destinations from it, so a typo is caught before any request is made.
"""

import json
import sys
import urllib.parse
import urllib.request


def get_json(url):
    if not url.startswith(("http://", "https://")):
        raise ValueError(f"not a web address: {url}")
    request = urllib.request.Request(url, headers={"Accept": "application/json"})  # noqa: S310
    try:
        with urllib.request.urlopen(request, timeout=15) as response:  # noqa: S310
            return json.load(response)
    except urllib.error.HTTPError as error:
        # Every error under /api/ is JSON with a "message".
        raise RuntimeError(json.load(error)["message"]) from error


class PortalClient:
    def __init__(self, site):
        self.api = site.rstrip("/") + "/api/v2"
        self.schema = get_json(self.api + "/schema/")

    def allowed_values(self, path, name):
        """The values the document allows for a parameter of a listing (None: any)."""
        for parameter in self.schema["paths"][path]["get"]["parameters"]:
            if parameter["name"] == name:
                return parameter["schema"].get("enum")
        raise KeyError(f"{path} has no parameter {name}")

    def get(self, path, **query):
        return get_json(f"{self.api}{path}?{urllib.parse.urlencode(query)}")

    def alerts_today(self, destination, language="km"):
        destinations = self.allowed_values("/alerts/", "destination")
        if destination not in destinations:
            raise ValueError(f"unknown destination {destination!r}; one of {destinations}")
        return self.get("/alerts/", destination=destination, locale=language)["items"]

    def check_agency(self, licence_number):
        """(the agency registered with this licence number or None, the close matches)."""
        answer = self.get("/agencies/", licence_number=licence_number, fields="status,page_url")
        found = answer["items"][0] if answer["items"] else None
        return found, answer["close_matches"]


def report(site, destination, licence_number):
    client = PortalClient(site)
    lines = [f"Alerts for {destination}:"]
    for alert in client.alerts_today(destination):
        lines.append(f"- [{alert['level']}] {alert['title']}: {alert['message']}")
    if len(lines) == 1:
        lines.append("- none today")
    agency, close = client.check_agency(licence_number)
    if agency:
        lines.append(
            f"{licence_number}: {agency['name_latin']} / {agency['name_km']}, "
            f"{agency['status']} ({agency['page_url']})"
        )
    elif close:
        # Never tell a worker "not registered" while a close match exists: ask them to check.
        names = ", ".join(f"{a['licence_number']} {a['name_latin']}" for a in close)
        lines.append(f"{licence_number}: no exact match; did you mean {names}?")
    else:
        lines.append(f"{licence_number}: not in the register of licensed agencies")
    return "\n".join(lines)


if __name__ == "__main__":
    print(report(*sys.argv[1:4]))
