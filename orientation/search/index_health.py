"""Is the search index there? One answer for the admin dashboard and for `migrate`, which
builds the index when it is not (orientation/search/apps.py).

Saving a page queues its indexing for the background worker (db_worker). On a fresh
deployment, or while the worker is stopped, published pages are missing from the index and
search answers "nothing found" for them: that is what is counted here.
"""

from dataclasses import dataclass

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
    """Live pages and how many of them have no index entry (two queries)."""
    pages = list(
        Page.objects.live()
        .filter(depth__gte=FIRST_CONTENT_DEPTH)
        .values_list("pk", "content_type_id")
    )
    index_entry = get_app_config().get_model("IndexEntry")
    indexed = set(
        index_entry.objects.filter(
            content_type_id__in={content_type for _pk, content_type in pages}
        ).values_list("content_type_id", "object_id")
    )
    unindexed = sum(1 for pk, content_type in pages if (content_type, str(pk)) not in indexed)
    return IndexHealth(live_pages=len(pages), unindexed_pages=unindexed)
