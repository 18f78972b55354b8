import pytest

from orientation.editorial.roles import EDITORS, REVIEWERS, ensure_editorial_setup
from orientation.scams.demo import build
from tests.factories import UserFactory


@pytest.fixture
def scams_demo(home_km, synced_trees):
    """The scam area's demo content (pages in km and en, demo register), other locales synced."""
    index = build()
    synced_trees()
    return index


@pytest.fixture
def roles(home_km):
    """An editor who proposes register changes and two reviewers who may approve them."""
    ensure_editorial_setup()
    return {
        "editor": UserFactory(username="editor", groups=[EDITORS]),
        "reviewer": UserFactory(username="reviewer", groups=[REVIEWERS]),
        "second_reviewer": UserFactory(username="reviewer2", groups=[REVIEWERS]),
    }
