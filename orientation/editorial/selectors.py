"""Reads for the editorial reports. Each uses a fixed number of queries per page type,
whatever the number of pages."""

import datetime
from dataclasses import dataclass, field

from django.db.models import Max
from django.utils import timezone
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page
from wagtail_localize.models import TranslationLog

from orientation.core.unconfirmed import marker

from .content_types import (
    content_snippet_models,
    project_page_models,
    project_setting_models,
    reviewed_page_models,
)
from .unconfirmed import facts_in_instance, is_public

# --- Due for review ------------------------------------------------------------------------


@dataclass
class DueReview:
    item: object  # a page or a snippet with review dates (ReviewedContentMixin)
    due_on: datetime.date
    days_overdue: int  # 0 for what is due today or only within the look-ahead
    edit_url: str = ""

    @property
    def page(self):
        return self.item

    @property
    def title(self):
        title = getattr(self.item, "get_admin_display_title", None)
        return title() if title else str(self.item)

    @property
    def locale_code(self):
        return locale_code(self.item)


PAGE_REVIEW_FIELDS = (
    "id",
    "title",
    "draft_title",
    "depth",
    "path",
    "locale",
    "last_reviewed",
    "review_interval_days",
    "live",
    "has_unpublished_changes",
    "content_type",
    "url_path",
)


def reviewed_snippet_models():
    from orientation.core.models import ReviewedContentMixin

    return [m for m in content_snippet_models() if issubclass(m, ReviewedContentMixin)]


def due_for_review(today=None, within_days=0):
    """Pages (not aliases) and snippets whose review date is before today + within_days,
    most overdue first. An alias shows its source's content, so only the source is listed.
    Nothing is "overdue" by a negative number of days: what is not yet due shows 0."""
    today = today or timezone.localdate()
    horizon = today + datetime.timedelta(days=within_days)
    finder = AdminURLFinder()
    querysets = [
        model.objects.filter(alias_of__isnull=True)
        .select_related("locale")
        .only(*PAGE_REVIEW_FIELDS)
        for model in reviewed_page_models()
    ]
    for model in reviewed_snippet_models():
        queryset = model._default_manager.all()
        if hasattr(model, "locale"):
            queryset = queryset.select_related("locale")
        querysets.append(queryset)
    due = []
    for queryset in querysets:
        for item in queryset:
            due_on = item.last_reviewed + datetime.timedelta(days=item.review_interval_days)
            if due_on <= horizon:
                overdue = max((today - due_on).days, 0)
                due.append(DueReview(item, due_on, overdue, finder.get_edit_url(item) or ""))
    return sorted(due, key=lambda entry: (entry.due_on, entry.title))


# --- To be confirmed -----------------------------------------------------------------------


@dataclass
class UnconfirmedItem:
    instance: object
    kind: str
    locale: str
    edit_url: str
    facts: list = field(default_factory=list)

    @property
    def marker(self):
        """The same value as the public pages' data-unconfirmed on this record."""
        return marker(self.instance)


def locale_code(instance):
    locale = getattr(instance, "locale", None)
    return locale.language_code if locale is not None else ""


def unconfirmed_content():
    """Every page, snippet and site setting that readers see with at least one fact
    "to be confirmed by editors" (orientation.core.unconfirmed, the definition the public
    templates use), with the link that opens it in the editor."""
    finder = AdminURLFinder()
    setting_models = project_setting_models()
    querysets = [
        model.objects.filter(alias_of__isnull=True, live=True).select_related("locale")
        for model in project_page_models()
    ]
    for model in [*content_snippet_models(), *setting_models]:
        queryset = model._default_manager.all()
        if hasattr(model, "locale"):
            queryset = queryset.select_related("locale")
        querysets.append(queryset.prefetch_related(*unconfirmed_prefetch(model)))
    items = []
    for queryset in querysets:
        for instance in queryset:
            facts = facts_in_instance(instance) if is_public(instance) else []
            if facts:
                items.append(
                    UnconfirmedItem(
                        instance,
                        str(type(instance)._meta.verbose_name),
                        locale_code(instance),
                        finder.get_edit_url(instance) or "",
                        facts,
                    )
                )
    return items


def unconfirmed_prefetch(model):
    """Many-to-many relations a record's unconfirmed facts read (an agency's destinations),
    fetched once for the whole list."""
    return [f.name for f in model._meta.many_to_many if f.name == "destinations" and f.concrete]


# --- Translation status --------------------------------------------------------------------

TRANSLATED = "translated"
OUT_OF_DATE = "out_of_date"
MISSING = "missing"
DRAFT = "draft"


@dataclass
class TranslationCell:
    locale: Locale
    status: str
    page: Page | None = None


@dataclass
class TranslationRow:
    source: Page
    cells: list


def last_synced_at(translation):
    """When a translated page last took its source's content: the last wagtail-localize
    sync into it, or (for a page translated by hand) when it was last published."""
    return translation.last_synced_at or translation.last_published_at


def translation_status(source, translation, synced_at):
    """The rule, documented in docs/editorial.md:
    - missing: no page in that locale, or only an alias (readers see the source);
    - draft: a translation exists but was never published;
    - out of date: the source was published after the translation last took its content
      (last wagtail-localize sync, else the translation's own last publication);
    - translated: otherwise."""
    if translation is None or translation.alias_of_id:
        return MISSING
    if not translation.live:
        return DRAFT
    source_changed = source.last_published_at
    if source_changed and synced_at and source_changed > synced_at:
        return OUT_OF_DATE
    return TRANSLATED


def translation_report(locales=None):
    """One row per source (Khmer) page, one cell per other locale. Three queries."""
    source_locale = Locale.get_default()
    locales = list(locales or Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    sources = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
    )
    keys = [page.translation_key for page in sources]
    translations = {}
    for page in Page.objects.filter(translation_key__in=keys).exclude(locale=source_locale):
        page.last_synced_at = None
        translations[(page.translation_key, page.locale_id)] = page
    # wagtail-localize logs every sync of a source into a locale.
    synced = (
        TranslationLog.objects.filter(
            source__object_id__in=keys, source__locale=source_locale, revision__isnull=False
        )
        .values("source__object_id", "locale_id")
        .annotate(at=Max("created_at"))
    )
    for row in synced:
        page = translations.get((row["source__object_id"], row["locale_id"]))
        if page is not None:
            page.last_synced_at = row["at"]
    rows = []
    for source in sources:
        cells = []
        for locale in locales:
            page = translations.get((source.translation_key, locale.pk))
            synced_at = last_synced_at(page) if page is not None else None
            cells.append(TranslationCell(locale, translation_status(source, page, synced_at), page))
        rows.append(TranslationRow(source, cells))
    return locales, rows
