"""Issue 18: the footer's "who runs this portal" line is an editor's job. The report links
to the footer settings; an editor opens them, gives the line and its source, ticks it, and
the public footer shows it (before: hard-coded, only a developer could change it)."""

import pytest
from django.urls import reverse

from orientation.editorial import selectors

pytestmark = pytest.mark.django_db


def test_an_editor_confirms_the_footer_line_from_the_report(client, editor):
    from home.models import FooterSettings

    footer = FooterSettings.load()
    [item] = [i for i in selectors.unconfirmed_content() if isinstance(i.instance, FooterSettings)]
    client.force_login(editor)
    report = client.get(reverse("editorial:to_be_confirmed")).content.decode()
    assert item.edit_url in report

    form = client.get(item.edit_url)
    assert form.status_code == 200
    response = client.post(
        item.edit_url,
        {
            "links-count": "0",
            "credit_km": "ក្រសួងការងារ និងបណ្តុះបណ្តាលវិជ្ជាជីវៈ",
            "credit_en": "Ministry of Labour and Vocational Training",
            "credit_source": "Agreement on the portal, 1 January 2027",
            "credit_confirmed": "on",
        },
    )
    assert response.status_code == 302
    footer.refresh_from_db()
    assert footer.credit_confirmed
    assert "credit" not in footer.own_unconfirmed_facts()
    html = client.get("/en/").content.decode()
    assert "Ministry of Labour and Vocational Training" in html.split('class="site-footer"')[1]
