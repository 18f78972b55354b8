import pytest


@pytest.fixture
def demo_guides(home_km, synced_trees):
    """The demo index and all nine guides in km and en, with aliases in every other locale.
    Slow (every guide in two languages): only for tests that need all nine."""
    from orientation.destinations.demo import build

    index = build()
    synced_trees()
    return index


@pytest.fixture
def demo_guides_for(home_km, synced_trees):
    """Builds the demo guides of the given destinations only."""
    from orientation.destinations.demo import build

    def build_some(*slugs):
        index = build(slugs=slugs)
        synced_trees()
        return index

    return build_some
