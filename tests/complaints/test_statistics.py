"""Issue 20, public complaint statistics: per destination and month, counted from the
complaint rows at fixed times (time-machine), with every count under 5 published as "fewer
than 5" and no share or median worked out from fewer than 5 cases; the page, its CSV files
and /api/v2/statistics/ carry no personal field, free text or reference."""

import csv
import io
from datetime import timedelta

import pytest
import time_machine
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.utils import timezone

from orientation.complaints.services import complaint_submit
from orientation.complaints.statistics import complaint_statistics, compute_statistics
from orientation.destinations.models import Destination
from tests.scams.factories import AgencyFactory

from .factories import ComplaintFactory

pytestmark = pytest.mark.django_db

NOW = "2026-06-20 12:00 +0700"


@pytest.fixture(autouse=True)
def _fresh_cache():
    cache.clear()


@pytest.fixture
def clock():
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def filed(hours_ago, answered_after=None, destination="thailand", **fields):
    created = timezone.now() - timedelta(hours=hours_ago)
    first = created + timedelta(hours=answered_after) if answered_after is not None else None
    return ComplaintFactory(
        created_at=created,
        first_response_at=first,
        destination=Destination.objects.get(slug=destination),
        **fields,
    )


def thailand_june(figures):
    (row,) = [r for r in figures.rows if r.destination_slug == "thailand"]
    assert row.month.isoformat() == "2026-06-01"
    return row.figures


def test_the_48_hour_share_counts_answers_in_time_and_cases_whose_clock_ran_out(clock):
    filed(100, answered_after=47.9)  # in time
    filed(100, answered_after=48)  # exactly 48 hours: in time
    filed(100, answered_after=48.1)  # late
    filed(100)  # never answered, clock ran out: late
    filed(60, answered_after=2)  # in time
    filed(10)  # clock still running: not counted either way
    figures = thailand_june(compute_statistics())
    assert figures.received.value == 6
    assert figures.share_in_time == 60  # 3 of the 5 whose clock ended
    assert figures.median_hours is None  # only 4 answers: too few for a median


def test_the_urgent_share_uses_the_two_hour_clock(clock):
    for after in (1, 1.5, 2, 3, 30):
        filed(50, answered_after=after, in_danger=True)
    filed(1, in_danger=True)  # its 2 hours are not over
    figures = thailand_june(compute_statistics())
    assert figures.urgent.value == 6
    assert figures.share_urgent_in_time == 60  # 1, 1.5 and 2 hours of the five
    assert figures.share_in_time is None  # no ordinary case at all
    assert figures.median_hours == 2.0


def test_counts_under_five_are_fewer_than_five_everywhere(client, clock):
    for _ in range(4):
        filed(80, answered_after=1, destination="malaysia", categories=",unpaid-wages,")
    for _ in range(7):
        filed(80, answered_after=5, destination="thailand", categories=",unpaid-wages,")
    figures = compute_statistics()
    malaysia = next(g for slug, g in figures.by_destination if slug == "malaysia")
    assert malaysia.received.suppressed and malaysia.received.value is None
    assert malaysia.share_in_time is None and malaysia.median_hours is None
    assert malaysia.main_categories == []

    page = BeautifulSoup(client.get("/en/statistics/").content.decode(), "html.parser")
    rows = {
        row.th.get_text(strip=True): row.td.get_text(strip=True)
        for row in page.select("section[aria-labelledby=by-destination] tbody tr")
    }
    assert rows["Malaysia"] == "fewer than 5"
    assert rows["Thailand"] == "7"
    khmer = client.get("/km/statistics/").content.decode()
    assert "តិចជាង 5" in khmer

    lines = list(
        csv.DictReader(io.StringIO(client.get("/en/statistics/complaints.csv").content.decode()))
    )
    by_place = {line["destination"]: line for line in lines}
    assert by_place["malaysia"]["received"] == "" and by_place["thailand"]["received"] == "7"
    api = client.get("/api/v2/statistics/malaysia/").json()
    assert api["received"] is None and api["median_hours_to_first_answer"] is None


def test_agencies_are_counted_by_the_register_never_by_what_was_typed(client, clock):
    named = AgencyFactory(name_latin="Golden Bridge Recruitment", licence_number="LIC-0042")
    rare = AgencyFactory(name_latin="Rarely Named Agency", licence_number="LIC-0077")
    for _ in range(5):
        filed(30, agency=named, agency_name="Typed Canary Agency Ltd")
    filed(30, agency=rare)
    figures = compute_statistics()
    counts = {row.licence_number: row.complaints for row in figures.agencies}
    assert counts["LIC-0042"].value == 5
    assert counts["LIC-0077"].suppressed
    body = client.get("/en/statistics/").content.decode()
    assert "Golden Bridge Recruitment" in body
    assert "Typed Canary Agency" not in body
    agencies_csv = client.get("/en/statistics/agencies.csv").content.decode()
    assert "LIC-0042,Golden Bridge Recruitment,5" in agencies_csv
    assert "LIC-0077,Rarely Named Agency,\r\n" in agencies_csv


def test_no_personal_field_free_text_or_reference_reaches_any_output(client, clock):
    canaries = {
        "description": "CANARY-DESCRIPTION wages stolen",
        "contact_detail": "+66 81 999 0000",
        "employer": "CANARY-EMPLOYER Co",
        "location": "CANARY-LOCATION Street",
        "happened_when": "CANARY-WHEN last week",
        "agency_name": "CANARY-AGENCY typed",
        "organisation_name": "CANARY-ORG",
    }
    references = [filed(20 + n, answered_after=1, **canaries).reference for n in range(6)]
    outputs = {
        url: client.get(url)
        for url in [
            "/en/statistics/",
            "/km/statistics/",
            "/en/statistics/complaints.csv",
            "/en/statistics/agencies.csv",
            "/api/v2/statistics/",
            "/api/v2/statistics/thailand/",
        ]
    }
    for url, response in outputs.items():
        assert response.status_code == 200, url
        body = response.content.decode()
        for secret in [*canaries.values(), *references, "CANARY"]:
            assert secret not in body, (url, secret)
        # No date of a single case: only months (YYYY-MM) and the period.
        assert "2026-06-19" not in body and "2026-06-20" not in body, url


def test_figures_are_cached_and_forgotten_when_a_complaint_changes(clock):
    for _ in range(5):
        filed(30)
    assert complaint_statistics().total.received.value == 5
    assert complaint_statistics() is not None  # from the cache now
    complaint_submit(destination=Destination.objects.get(slug="thailand"), description="New.")
    assert complaint_statistics().total.received.value == 6


def test_the_page_draws_accessible_svg_charts_with_a_table_beside(client, clock):
    for _ in range(6):
        filed(30)
    page = BeautifulSoup(client.get("/km/statistics/").content.decode(), "html.parser")
    charts = page.select("svg.bar-chart")
    assert len(charts) == 2
    for chart in charts:
        assert chart["role"] == "img"
        assert chart.select_one("title").get_text(strip=True)
        assert "," not in chart.select_one("text")["y"]  # never a localised decimal
        table = chart.find_next("table")
        assert table is not None and table.select("tbody tr")
    assert page.select_one("script[src*=chart]") is None


def test_the_api_answers_400_for_unknown_queries_and_404_in_json(client, clock):
    listing = client.get("/api/v2/statistics/")
    assert listing.status_code == 200
    body = listing.json()
    assert body["meta"]["small_count"] == 5
    assert {item["id"] for item in body["items"]} >= {"thailand", "qatar"}
    assert client.get("/api/v2/statistics/?fields=_,id").json()["items"][0] == {"id": "thailand"}
    assert len(client.get("/api/v2/statistics/?limit=2&offset=1").json()["items"]) == 2
    bad = client.get("/api/v2/statistics/?limit=500")
    assert bad.status_code == 400 and bad.json()["message"]
    missing = client.get("/api/v2/statistics/nowhere/")
    assert missing.status_code == 404 and missing.json()["message"]
