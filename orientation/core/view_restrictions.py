"""Private pages (Wagtail's page privacy) are rare here: the portal is public. Wagtail checks
a page's and its ancestors' view restrictions on every view, two queries each time; while
no page of the site is private that answer is known, kept until the content changes (a
privacy setting is a save in wagtailcore, which starts a new content generation)."""

from wagtail.models import PageViewRestriction

from .content_generation import until_content_changes


def site_has_private_pages():
    return until_content_changes(
        "view-restrictions:any", lambda: PageViewRestriction.objects.exists()
    )


class KeptViewRestrictionsMixin:
    """For page types: no query for view restrictions while no page is private."""

    def get_view_restrictions(self):
        if not site_has_private_pages():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
