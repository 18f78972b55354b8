import pytest


@pytest.fixture(autouse=True)
def _index_every_save(search_index):
    """Every search test saves content and then searches for it: each save is indexed, as in
    production (elsewhere the test settings leave saves unindexed)."""
