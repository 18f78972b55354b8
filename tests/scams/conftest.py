import pytest

from orientation.scams.demo import build


@pytest.fixture
def scams_demo(home_km, synced_trees):
    """The scam area's demo content (pages in km and en, demo register), other locales synced."""
    index = build()
    synced_trees()
    return index
