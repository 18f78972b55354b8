import pytest

from orientation.core.demo import ensure_translation

from .factories import LessonIndexPageFactory, LessonPageFactory, sample_steps


@pytest.fixture
def lesson_index(home_km):
    index = LessonIndexPageFactory(parent=home_km)
    ensure_translation(index, "en", title="Khmer lessons", intro="Short lessons")
    return index


@pytest.fixture
def lesson(lesson_index):
    """A Khmer lesson with one step of each kind, and its English translation."""
    page = LessonPageFactory(parent=lesson_index, slug="sample", title="មេរៀនគំរូ")
    ensure_translation(page, "en", title="Sample lesson", summary="Letters", body=sample_steps())
    return page


@pytest.fixture
def lesson_url(lesson):
    return "/km/lessons/sample/"
