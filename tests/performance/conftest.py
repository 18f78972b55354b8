import pytest
from django.core.cache import cache


@pytest.fixture
def page_cache_on(settings):
    """The shared page cache on (the test settings turn it off), empty before and after."""
    from home.models import ContactSettings, FooterSettings

    # Settings rows are created on first use, which (rightly) empties the page cache.
    ContactSettings.load()
    FooterSettings.load()
    settings.PAGE_CACHE_SECONDS = 300
    cache.clear()
    yield
    cache.clear()
