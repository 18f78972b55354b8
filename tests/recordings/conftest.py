import pytest

from orientation.core.constants import COMPLAINT_OFFICERS, EDITORS, REVIEWERS, TRANSLATORS
from orientation.editorial.roles import ensure_editorial_setup
from tests.factories import UserFactory

from .factories import guide_with_sound_slots


@pytest.fixture
def roles(home_km, synced_trees):
    synced_trees()
    return ensure_editorial_setup()


@pytest.fixture
def editor(roles):
    """An editor who reads the admin in English (Account -> Preferences)."""
    return UserFactory(username="editor", groups=[EDITORS], admin_language="en")


@pytest.fixture
def reviewer(roles):
    return UserFactory(username="reviewer", groups=[REVIEWERS])


@pytest.fixture
def translator(roles):
    return UserFactory(username="translator", groups=[TRANSLATORS])


@pytest.fixture
def officer(roles):
    return UserFactory(username="officer", groups=[COMPLAINT_OFFICERS])


@pytest.fixture
def guide(home_km, synced_trees):
    """A Khmer Thailand guide with two sections and a "show this" card of two sentences,
    synchronised into every locale (the other trees hold aliases)."""
    page = guide_with_sound_slots(home_km)
    synced_trees()
    return page


# The lessons' sample lesson (one step of each kind, km and en).
from tests.lessons.conftest import lesson, lesson_index  # noqa: E402, F401
