"""`manage.py check` findings about the public address: the default Wagtail Site must say
the same host as PUBLIC_BASE_URL. Our links never use the Site's root_url, but Wagtail's
own (the admin's "view live", the API's nested parent pages, frontend cache purges) do.

It reads the database, so before `migrate` has made the tables it says nothing."""

from django.core.checks import Warning, register
from django.db.utils import DatabaseError

from .links import public_base_url


def default_site_mismatch():
    """(the default Site's root URL, PUBLIC_BASE_URL) when they differ, else None."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first()
    if site is None or site.root_url == public_base_url():
        return None
    return site.root_url, public_base_url()


@register()
def default_site_matches_public_address(app_configs=None, **kwargs):
    try:
        mismatch = default_site_mismatch()
    except DatabaseError:
        return []
    if mismatch is None:
        return []
    root_url, wanted = mismatch
    return [
        Warning(
            f"The default Wagtail Site's address is {root_url}, PUBLIC_BASE_URL is {wanted}.",
            hint=(
                "Set the Site's hostname and port to PUBLIC_BASE_URL's (admin, Settings → "
                "Sites; port 443 for https), or run `manage.py load_demo_content` on a demo "
                "site."
            ),
            id="core.W001",
        )
    ]


def warn_at_start_if_site_is_elsewhere(logger=None):
    """Production start-up (portal/wsgi.py): say loudly, once per worker, that the default
    Site names another host. The portal's own links stay on PUBLIC_BASE_URL either way;
    Wagtail's (the admin's "view live", cache purges) would use the Site's address."""
    import logging

    logger = logger or logging.getLogger("orientation.core.checks")
    try:
        mismatch = default_site_mismatch()
    except DatabaseError:
        return None
    if mismatch is not None:
        logger.error(
            "The default Wagtail Site is %s but PUBLIC_BASE_URL is %s: public links use "
            "PUBLIC_BASE_URL; set the Site's hostname and port to match (admin, Settings → "
            "Sites), or Wagtail's own links (view live, cache purges) point elsewhere.",
            *mismatch,
        )
    return mismatch
