import pytest

from orientation.editorial.roles import EDITORS, REVIEWERS, ensure_editorial_setup
from orientation.scams.demo import build
from tests.conftest import content_for_a_module
from tests.factories import UserFactory


def build_scams_demo():
    from home.demo import ensure_home_pages
    from orientation.core.demo import synchronise_all_locales

    ensure_home_pages()
    index = build()
    synchronise_all_locales()
    return index


@pytest.fixture(scope="module")
def scams_demo(django_db_setup, django_db_blocker):
    """The scam area's demo content (pages in km and en, demo register), other locales synced:
    built once for the module (its tests read it; each test's writes are undone)."""
    yield from content_for_a_module(django_db_blocker, build_scams_demo)


@pytest.fixture
def roles(home_km):
    """An editor who proposes register changes and two reviewers who may approve them."""
    ensure_editorial_setup()
    return {
        "editor": UserFactory(username="editor", groups=[EDITORS]),
        "reviewer": UserFactory(username="reviewer", groups=[REVIEWERS]),
        "second_reviewer": UserFactory(username="reviewer2", groups=[REVIEWERS]),
    }
