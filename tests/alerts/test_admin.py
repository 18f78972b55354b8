import pytest

from tests.factories import UserFactory

from .factories import AlertFactory


@pytest.mark.django_db
def test_editors_see_and_filter_alerts_by_destination(client, home_km):
    client.force_login(UserFactory(username="admin9a", is_superuser=True, is_staff=True))
    AlertFactory(title="ការជូនដំណឹងថៃ", destinations=["thailand"])
    AlertFactory(title="ការជូនដំណឹងជប៉ុន", destinations=["japan"])
    from orientation.destinations.models import Destination

    thailand = Destination.objects.get(slug="thailand")
    response = client.get(f"/admin/snippets/alerts/alert/?destinations={thailand.pk}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "ការជូនដំណឹងថៃ" in html
    assert "ការជូនដំណឹងជប៉ុន" not in html
    assert client.get("/admin/snippets/alerts/alert/add/").status_code == 200
