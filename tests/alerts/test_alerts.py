import datetime

import pytest
import time_machine
from django.template import Context, Template
from django.utils import timezone, translation

from orientation.alerts.models import Alert
from orientation.destinations.models import Destination

from .factories import AlertFactory, translate_alert

NOON = datetime.datetime(2026, 3, 10, 12, 0, tzinfo=datetime.UTC)


def banner_for(destination_slug, language="km"):
    """The banner base.html renders on a page of this destination (None: the home page)."""
    destination = Destination.objects.filter(slug=destination_slug).first()
    with translation.override(language):
        template = Template("{% load alerts_tags %}{% alerts_banner destination=destination %}")
        return template.render(Context({"destination": destination}))


@pytest.fixture
def alerts(db):
    with time_machine.travel(NOON, tick=False):
        return {
            "everywhere": AlertFactory(
                title="ការជូនដំណឹងទូទៅ",
                level=Alert.Level.EMERGENCY,
                expires_at=NOON + datetime.timedelta(hours=2),
            ),
            "thailand": AlertFactory(
                title="ការបិទព្រំដែនថៃ",
                destinations=["thailand"],
                expires_at=NOON + datetime.timedelta(days=2),
            ),
            "later": AlertFactory(
                title="ការជូនដំណឹងពេលក្រោយ",
                starts_at=NOON + datetime.timedelta(days=1),
                expires_at=None,
            ),
            "draft": AlertFactory(title="សេចក្តីព្រាង", live=False),
        }


@pytest.mark.django_db
def test_alert_shows_on_its_destinations_and_on_every_destination_when_none_named(alerts):
    with time_machine.travel(NOON + datetime.timedelta(minutes=5), tick=False):
        thailand = banner_for("thailand")
        malaysia = banner_for("malaysia")
        home = banner_for(None)
    assert "ការជូនដំណឹងទូទៅ" in thailand and "ការបិទព្រំដែនថៃ" in thailand
    assert "ការជូនដំណឹងទូទៅ" in malaysia and "ការបិទព្រំដែនថៃ" not in malaysia
    # The home page shows every alert in force.
    assert "ការជូនដំណឹងទូទៅ" in home and "ការបិទព្រំដែនថៃ" in home
    for html in (thailand, malaysia, home):
        assert "សេចក្តីព្រាង" not in html
        assert "ការជូនដំណឹងពេលក្រោយ" not in html
    # Most serious first.
    assert home.index("ការជូនដំណឹងទូទៅ") < home.index("ការបិទព្រំដែនថៃ")


@pytest.mark.django_db
def test_alert_disappears_when_it_expires_and_appears_when_it_starts(alerts):
    with time_machine.travel(NOON + datetime.timedelta(hours=3), tick=False):
        home = banner_for(None)
    assert "ការជូនដំណឹងទូទៅ" not in home
    assert "ការបិទព្រំដែនថៃ" in home
    with time_machine.travel(NOON + datetime.timedelta(days=1, minutes=1), tick=False):
        home = banner_for(None)
    assert "ការជូនដំណឹងពេលក្រោយ" in home
    with time_machine.travel(NOON + datetime.timedelta(days=3), tick=False):
        thailand = banner_for("thailand")
    assert "ការបិទព្រំដែនថៃ" not in thailand
    assert "ការជូនដំណឹងពេលក្រោយ" in thailand


@pytest.mark.django_db
def test_banner_on_pages_follows_the_destination_and_the_clock(client, home_km, alerts):
    with time_machine.travel(NOON + datetime.timedelta(minutes=5), tick=False):
        home = client.get("/km/").content.decode()
        malaysia_directory = client.get("/km/resources/?destination=malaysia").content.decode()
        thailand_directory = client.get("/km/resources/?destination=thailand").content.decode()
    assert "ការជូនដំណឹងទូទៅ" in home and "ការបិទព្រំដែនថៃ" in home
    assert "ការបិទព្រំដែនថៃ" not in malaysia_directory
    assert "ការជូនដំណឹងទូទៅ" in malaysia_directory
    assert "ការបិទព្រំដែនថៃ" in thailand_directory
    assert 'role="alert"' in home
    with time_machine.travel(NOON + datetime.timedelta(days=5), tick=False):
        home = client.get("/km/").content.decode()
    assert "ការជូនដំណឹងទូទៅ" not in home and "ការបិទព្រំដែនថៃ" not in home


@pytest.mark.django_db
def test_reader_gets_the_alert_in_their_language_or_in_khmer(db):
    alert = AlertFactory(title="ការជូនដំណឹងថ្មី")
    translate_alert(alert, "en", title="New alert")
    assert "New alert" in banner_for(None, "en")
    assert "ការជូនដំណឹងថ្មី" not in banner_for(None, "en")
    assert "ការជូនដំណឹងថ្មី" in banner_for(None, "km")
    # No Thai translation yet: the Khmer alert rather than silence.
    assert "ការជូនដំណឹងថ្មី" in banner_for(None, "th")


@pytest.mark.django_db
def test_banner_costs_a_fixed_number_of_queries(db, django_assert_max_num_queries):
    for _n in range(3):
        AlertFactory(destinations=["thailand", "japan"])
    # Cold: the destination, the locale, the alerts and the next start or expiry.
    with django_assert_max_num_queries(4) as few:
        banner_for("thailand")
    for _n in range(10):
        AlertFactory(destinations=["thailand", "malaysia"])
    with django_assert_max_num_queries(len(few.captured_queries)):
        banner_for("thailand")
    # Then kept until the content changes: only the destination's own lookup is left.
    with django_assert_max_num_queries(1):
        banner_for("thailand")


@pytest.mark.django_db
def test_a_kept_banner_follows_the_clock_without_any_save(alerts):
    """Kept until the content changes, the banner still drops an expired alert and shows one
    that has started: those happen on a clock, with no save to start a new generation."""
    # Each moment is well within the hour anything is kept at most.
    with time_machine.travel(NOON + datetime.timedelta(hours=1, minutes=59), tick=False):
        before = banner_for("malaysia")
    with time_machine.travel(NOON + datetime.timedelta(hours=2, seconds=2), tick=False):
        after_expiry = banner_for("malaysia")
    with time_machine.travel(NOON + datetime.timedelta(hours=23, minutes=59), tick=False):
        before_start = banner_for("malaysia")
    with time_machine.travel(NOON + datetime.timedelta(days=1, seconds=2), tick=False):
        after_start = banner_for("malaysia")
    assert "ការជូនដំណឹងទូទៅ" in before and "ការជូនដំណឹងពេលក្រោយ" not in before
    assert "ការជូនដំណឹងទូទៅ" not in after_expiry
    assert "ការជូនដំណឹងពេលក្រោយ" not in before_start
    assert "ការជូនដំណឹងពេលក្រោយ" in after_start


@pytest.mark.django_db
def test_demo_alert_is_labelled_demo_and_idempotent(db):
    from orientation.alerts.demo import build

    build()
    build()
    alerts = Alert.objects.all()
    assert alerts.count() == 2
    assert {alert.locale.language_code for alert in alerts} == {"km", "en"}
    for alert in alerts:
        assert "demo" in alert.title.lower()
        assert alert.expires_at is not None and alert.expires_at > timezone.now()
    assert "Demo alert" in banner_for("thailand", "en")
    assert "Demo alert" not in banner_for("japan", "en")


def test_one_translated_alert_never_hides_an_untranslated_emergency(db):
    """Record by record, like the directory: the English reader sees the translated alert in
    English and the untranslated emergency in Khmer, marked as Khmer."""
    translated = AlertFactory(title="ការជូនដំណឹងដែលបានបកប្រែ")
    translate_alert(translated, "en", title="Translated notice")
    AlertFactory(title="អាសន្ន៖ ព្យុះ", level=Alert.Level.EMERGENCY)
    html = banner_for(None, "en")
    assert "Translated notice" in html
    assert "ការជូនដំណឹងដែលបានបកប្រែ" not in html
    assert "អាសន្ន៖ ព្យុះ" in html
    emergency = html[html.index('class="alert alert--emergency"') :].split(">", 1)[0]
    assert 'lang="km"' in emergency
