import pytest

from orientation.core.content_generation import current_generation
from tests.factories import set_hotline


@pytest.mark.django_db
def test_second_anonymous_request_is_served_from_cache(client, home_km, page_cache_on):
    first = client.get("/km/")
    assert first["X-Page-Cache"] == "miss"
    assert "public" in first["Cache-Control"] and "max-age=60" in first["Cache-Control"]
    second = client.get("/km/")
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content


@pytest.mark.django_db
def test_publishing_empties_the_cache(client, home_km, page_cache_on):
    client.get("/km/")
    home_km.intro = "សេចក្តីផ្តើមថ្មី"
    home_km.save_revision().publish()
    response = client.get("/km/")
    assert response["X-Page-Cache"] == "miss"
    assert "សេចក្តីផ្តើមថ្មី" in response.content.decode()


@pytest.mark.django_db
def test_a_publish_starts_a_new_generation_again_when_it_commits(
    home_km, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        home_km.intro = "សេចក្តីផ្តើមថ្មី"
        home_km.save_revision().publish()
        # A reader on another worker may read this one before the commit and keep the page
        # it renders from the old rows under it.
        before_commit = current_generation()
    assert current_generation() > before_commit


@pytest.mark.django_db
def test_snippet_or_setting_change_empties_the_cache(client, home_km, page_cache_on):
    client.get("/en/")
    set_hotline("ប៉ូលិស", "Brand new line", number="117", verified=True, source="widely known")
    assert "Brand new line" in client.get("/en/").content.decode()


@pytest.mark.django_db
def test_logged_in_users_are_never_served_the_cache(client, admin_user, home_km, page_cache_on):
    client.get("/km/")
    client.force_login(admin_user)
    response = client.get("/km/")
    assert "X-Page-Cache" not in response


@pytest.mark.django_db
def test_redirect_of_root_is_not_cached(client, home_km, page_cache_on):
    client.get("/", headers={"accept-language": "en"})
    assert client.get("/")["Location"] == "/km/"


@pytest.mark.django_db
def test_conditional_get_answers_304(client, home_km, page_cache_on):
    etag = client.get("/km/")["ETag"]
    response = client.get("/km/", headers={"if-none-match": etag})
    assert response.status_code == 304


def test_private_paths_are_excluded():
    from portal.page_cache import is_public_page_path

    assert is_public_page_path("/km/destinations/thailand/")
    assert not is_public_page_path("/km/complaints/")
    assert not is_public_page_path("/en/complaints/track/")
    assert not is_public_page_path("/admin/")
    assert not is_public_page_path("/")


@pytest.mark.django_db
def test_page_is_not_kept_past_the_next_alert_expiry(home_km):
    import datetime

    import time_machine
    from django.utils import timezone

    from orientation.alerts.models import Alert
    from orientation.alerts.selectors import seconds_until_next_alert_change

    now = timezone.now()
    with time_machine.travel(now, tick=False):
        assert seconds_until_next_alert_change() is None
        Alert.objects.create(
            title="Flood",
            message="Roads closed",
            locale=home_km.locale,
            starts_at=now - datetime.timedelta(hours=1),
            expires_at=now + datetime.timedelta(seconds=90),
        )
        Alert.objects.create(
            title="Later",
            message="Starts soon",
            locale=home_km.locale,
            starts_at=now + datetime.timedelta(seconds=200),
        )
        assert seconds_until_next_alert_change() == 91
