"""Reads for the lesson pages."""


def lessons_on_path(index_page):
    """The published lessons under an index, in the order editors arranged them."""
    from orientation.lessons.models import LessonPage

    return LessonPage.objects.child_of(index_page).live().public().order_by("path")
