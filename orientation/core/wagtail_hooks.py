from wagtail import hooks

from .public_version import public_version


@hooks.register("on_serve_page")
def serve_what_readers_see(serve_page):
    """Every page type is served as readers may see it: an unfinished translation as the
    source it stands in for, a published one without its unpublished draft
    (orientation/core/public_version.py). Runs after Wagtail's view restrictions, which
    are before_serve_page hooks; previews do not come this way."""

    def serve(page, request, args, kwargs):
        return serve_page(public_version(page).page, request, args, kwargs)

    return serve
