import pytest

from orientation.editorial.roles import EDITORS, REVIEWERS, TRANSLATORS, ensure_editorial_setup
from tests.factories import UserFactory


@pytest.fixture
def editorial(home_km, synced_trees):
    """The demo tree's home pages in every locale, with roles and the workflow in place."""
    synced_trees()
    return ensure_editorial_setup()


@pytest.fixture
def editor(editorial):
    return UserFactory(username="editor", groups=[EDITORS])


@pytest.fixture
def translator(editorial):
    return UserFactory(username="translator", groups=[TRANSLATORS])


@pytest.fixture
def reviewer(editorial):
    return UserFactory(username="reviewer", groups=[REVIEWERS])
