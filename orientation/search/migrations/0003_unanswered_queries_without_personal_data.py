"""Counts of searches with no results stored before the privacy rule: delete the ones that
look like a phone number, an email address or a complaint reference, and those older than
the retention period."""

from datetime import timedelta

from django.conf import settings
from django.db import migrations
from django.utils import timezone


def forget_personal_queries(apps, schema_editor):
    from orientation.search.services import looks_personal

    UnansweredQuery = apps.get_model("search", "UnansweredQuery")
    personal = [
        pk
        for pk, query in UnansweredQuery.objects.values_list("pk", "query").iterator()
        if looks_personal(query)
    ]
    for start in range(0, len(personal), 500):
        UnansweredQuery.objects.filter(pk__in=personal[start : start + 500]).delete()
    kept_since = timezone.localdate() - timedelta(days=settings.UNANSWERED_QUERY_RETENTION_DAYS)
    UnansweredQuery.objects.filter(day__lte=kept_since).delete()


class Migration(migrations.Migration):
    dependencies = [("search", "0002_sqlite_fts_khmer_tokenizer")]

    operations = [migrations.RunPython(forget_personal_queries, migrations.RunPython.noop)]
