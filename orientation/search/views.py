import logging

from django.db import DatabaseError
from django.shortcuts import render
from django.utils.cache import patch_cache_control
from django.utils.translation import get_language

from orientation.destinations.models import Destination
from orientation.search import selectors
from orientation.search.services import unanswered_query_record

logger = logging.getLogger(__name__)

# The reader's browser may keep a results page this long. No shared cache (CDN, proxy) may:
# the words searched for are the reader's (search/ is personal in orientation/core/paths.py);
# repeats cost the server one cache read anyway (selectors.search_site).
SEARCH_CACHE_SECONDS = 300


def search(request):
    language_code = get_language() or "km"
    raw_query = request.GET.get("q", "")
    try:
        outcome = selectors.search_site(raw_query, language_code)
        search_failed = False
    except DatabaseError:
        # A broken index must cost the visitor a message, not a server error page.
        logger.exception("Site search failed")
        outcome = selectors.SearchOutcome(query=raw_query.strip()[:200])
        search_failed = True
    if outcome.has_words and not outcome.found_anything:
        unanswered_query_record(outcome.query)
    context = {
        "outcome": outcome,
        "search_failed": search_failed,
        "search_query": outcome.query,
        "destinations": [] if outcome.found_anything else list(Destination.objects.all()),
    }
    response = render(request, "search/search_results.html", context)
    if search_failed:
        patch_cache_control(response, no_store=True)
    else:
        patch_cache_control(response, private=True, max_age=SEARCH_CACHE_SECONDS)
    return response
