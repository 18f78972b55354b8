"""Writes for site search: counting queries that found nothing (no personal data).

A worker sometimes types into the search box what belongs in a complaint: a phone number,
an email address, a complaint reference. Those searches are never stored; the counts that
are stored are kept UNANSWERED_QUERY_RETENTION_DAYS (90 by default) and then purged by
`manage.py search_retention` (cron, daily)."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
from django.utils import timezone

from orientation.search.models import UnansweredQuery
from orientation.search.segmentation import normalised_query

logger = logging.getLogger(__name__)

EMAIL = re.compile(r"[^\s@]+\s*@\s*[^\s@]+\.[^\s@]+")
# An address after normalisation ("sok@gmail.com" became "sok gmail com"), as rows stored
# before this rule hold it: the common mail providers are recognised.
NORMALISED_EMAIL = re.compile(
    r"\b(gmail|googlemail|yahoo|ymail|hotmail|outlook|live|icloud|proton|protonmail|aol|mail)"
    r" (com|net|org|me|co|kh|co th|com kh|com my)\b"
)
# KH- and eight letters or digits, however the reader separated or cased them.
COMPLAINT_REFERENCE = re.compile(r"(?<![^\W_])kh[\s_\-.]*[a-z0-9]{8}(?![^\W_])", re.IGNORECASE)
# A run of digits (any script: \d matches Khmer and Thai digits too) with the separators
# people type in phone numbers; seven digits or more is treated as a phone number.
DIGIT_RUN = re.compile(r"\+?\d[\d\s\-.()/]*\d")
PHONE_DIGITS = 7


def looks_personal(text):
    """True for text holding what looks like a phone number, an email address or a
    complaint reference (KH-XXXXXXXX)."""
    if EMAIL.search(text) or NORMALISED_EMAIL.search(text.lower()):
        return True
    if COMPLAINT_REFERENCE.search(text):
        return True
    return any(
        sum(character.isdigit() for character in run) >= PHONE_DIGITS
        for run in DIGIT_RUN.findall(text)
    )


def unanswered_query_record(raw_query, day=None):
    """Add one to today's count for this query. Never fails the search that called it."""
    if looks_personal(raw_query):
        return
    query = normalised_query(raw_query)[:200]
    if not query or looks_personal(query):
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


def retention_days():
    return settings.UNANSWERED_QUERY_RETENTION_DAYS


def unanswered_queries_purge(days=None, today=None):
    """Delete the counts older than the retention period; returns how many rows went."""
    days = retention_days() if days is None else days
    today = today or timezone.localdate()
    deleted, _by_model = UnansweredQuery.objects.filter(
        day__lte=today - timedelta(days=days)
    ).delete()
    return deleted
