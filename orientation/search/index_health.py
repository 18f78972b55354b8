"""Is the search index there? One answer for the admin dashboard and for `migrate`, which
builds the index when it is not (orientation/search/apps.py).

Saving a page queues its indexing for the background worker (db_worker). On a fresh
deployment, or while the worker is stopped, published pages are missing from the index and
search answers "nothing found" for them: that is what is counted here.
"""

from dataclasses import dataclass

from django.db.models import CharField, Exists, OuterRef
from django.db.models.functions import Cast
from modelsearch.conf import get_app_config
from wagtail.models import Page

from orientation.search.selectors import FIRST_CONTENT_DEPTH


@dataclass(frozen=True)
class IndexHealth:
    live_pages: int
    unindexed_pages: int

    @property
    def empty(self):
        return self.live_pages > 0 and self.unindexed_pages == self.live_pages

    @property
    def behind(self):
        """Some published pages cannot be found yet (the worker has not indexed them)."""
        return 0 < self.unindexed_pages < self.live_pages

    @property
    def complete(self):
        return self.unindexed_pages == 0


def search_index_health():
    """Live pages and how many of them have no index entry: two counts in the database,
    whatever the size of the site (the dashboard asks on every visit)."""
    index_entry = get_app_config().get_model("IndexEntry")
    pages = Page.objects.live().filter(depth__gte=FIRST_CONTENT_DEPTH)
    has_entry = Exists(
        index_entry.objects.filter(
            content_type_id=OuterRef("content_type_id"),
            object_id=Cast(OuterRef("pk"), output_field=CharField()),
        )
    )
    return IndexHealth(live_pages=pages.count(), unindexed_pages=pages.exclude(has_entry).count())
