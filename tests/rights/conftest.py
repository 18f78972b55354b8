import pytest

from orientation.destinations.models import Destination
from tests.rights.factories import RightsIndexPageFactory


@pytest.fixture
def rights_index(home_km):
    return RightsIndexPageFactory(parent=home_km)


@pytest.fixture
def thailand(db):
    return Destination.objects.get(slug="thailand")


@pytest.fixture
def japan(db):
    return Destination.objects.get(slug="japan")
