"""Writes for site search: counting queries that found nothing (no personal data)."""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from orientation.search.models import UnansweredQuery
from orientation.search.segmentation import normalised_query

logger = logging.getLogger(__name__)


def unanswered_query_record(raw_query, day=None):
    """Add one to today's count for this query. Never fails the search that called it."""
    query = normalised_query(raw_query)[:200]
    if not query:
        return
    day = day or timezone.localdate()
    try:
        with transaction.atomic():
            updated = UnansweredQuery.objects.filter(query=query, day=day).update(
                hits=F("hits") + 1
            )
            if not updated:
                UnansweredQuery.objects.create(query=query, day=day, hits=1)
    except IntegrityError:
        # Another request created today's row between our update and insert.
        UnansweredQuery.objects.filter(query=query, day=day).update(hits=F("hits") + 1)
    except DatabaseError:
        logger.warning("Could not count a search with no results", exc_info=True)
