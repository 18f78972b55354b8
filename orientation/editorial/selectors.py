"""Reads for the editorial reports. Each uses a fixed number of queries per page type,
whatever the number of pages."""

import datetime
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, Exists, Max, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import StringSegment, StringTranslation, TranslationLog

from orientation.core.public_version import (
    content_taken_at,
    is_out_of_date,
    is_unpublished_translation,
    own_revision_ids,
)
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

NOT_STARTED = "not_started"
IN_PROGRESS = "in_progress"
WAITING_FOR_REVIEW = "waiting_for_review"
OUT_OF_DATE = "out_of_date"
PUBLISHED = "published"
TRANSLATION_STATUSES = {
    NOT_STARTED: _("not started"),
    IN_PROGRESS: _("in progress"),
    WAITING_FOR_REVIEW: _("waiting for review"),
    OUT_OF_DATE: _("out of date"),
    PUBLISHED: _("published"),
}


@dataclass
class TranslationCell:
    locale: Locale
    status: str
    page: Page | None = None
    total: int = 0  # strings to translate in the source
    done: int = 0  # of which translated into this locale

    @property
    def label(self):
        return TRANSLATION_STATUSES[self.status]

    @property
    def progress(self):
        return f"{self.done}/{self.total}" if self.page is not None and self.total else ""

    def __str__(self):
        return f"{self.label} {self.progress}".strip()


@dataclass
class TranslationRow:
    source: Page
    cells: list

    @property
    def source_title(self):
        return self.source.get_admin_display_title()

    @property
    def by_language(self):
        """Each cell's status and progress by language code (the spreadsheet columns)."""
        return {cell.locale.language_code: str(cell) for cell in self.cells}


def translation_status(source, translation, *, owns_live_revision, in_review, taken_at):
    """The rule, documented in docs/editorial.md:
    - not started: no page in that locale, or only an alias (readers see the source);
    - waiting for review: the translation is in the review workflow;
    - in progress: a translation no reviewer has published yet (readers see the source);
    - out of date: published, but the source was published after the translation took its
      content (orientation.core.public_version, the rule the public page follows too);
    - published: otherwise."""
    if translation is None or translation.alias_of_id:
        return NOT_STARTED
    if in_review:
        return WAITING_FOR_REVIEW
    if not translation.live or is_unpublished_translation(translation, owns_live_revision):
        return IN_PROGRESS
    if is_out_of_date(source.last_published_at, taken_at):
        return OUT_OF_DATE
    return PUBLISHED


def translation_progress(source_locale, keys, locales):
    """{(translation key, locale id): (strings in the source, strings translated)}, as
    wagtail-localize's Translation.get_progress() counts them, for every page and locale at
    once: one query."""
    per_locale = {
        f"done_{locale.pk}": Count(
            "pk",
            filter=Q(
                Exists(
                    StringTranslation.objects.filter(
                        translation_of_id=OuterRef("string_id"),
                        context_id=OuterRef("context_id"),
                        locale_id=locale.pk,
                        has_error=False,
                    )
                )
            ),
        )
        for locale in locales
    }
    rows = (
        StringSegment.objects.filter(source__object_id__in=keys, source__locale=source_locale)
        .values("source__object_id")
        .annotate(total=Count("pk"), **per_locale)
    )
    return {
        (row["source__object_id"], locale.pk): (row["total"], row[f"done_{locale.pk}"])
        for row in rows
        for locale in locales
    }


def pages_in_review(pages):
    """Ids of the pages whose review workflow is in progress."""
    return {
        int(object_id)
        for object_id in WorkflowState.objects.filter(
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=[str(page.pk) for page in pages],
            status=WorkflowState.STATUS_IN_PROGRESS,
        ).values_list("object_id", flat=True)
    }


def last_syncs(source_locale, keys):
    """{(translation key, locale id): when wagtail-localize last synced it}."""
    synced = (
        TranslationLog.objects.filter(
            source__object_id__in=keys, source__locale=source_locale, revision__isnull=False
        )
        .values("source__object_id", "locale_id")
        .annotate(at=Max("created_at"))
    )
    return {(row["source__object_id"], row["locale_id"]): row["at"] for row in synced}


def translation_report(locales=None, status=None):
    """One row per source (Khmer) page, one cell per other locale (only rows with a cell of
    `status`, if given). A fixed number of queries, whatever the number of pages."""
    source_locale = Locale.get_default()
    locales = list(locales or Locale.objects.exclude(pk=source_locale.pk).order_by("language_code"))
    sources = list(
        Page.objects.filter(locale=source_locale, depth__gt=1, alias_of__isnull=True)
        .select_related("content_type")
        .order_by("path")
    )
    keys = [page.translation_key for page in sources]
    translations = {
        (page.translation_key, page.locale_id): page
        for page in Page.objects.filter(translation_key__in=keys, locale__in=locales)
    }
    found = list(translations.values())
    owned = own_revision_ids(found)
    in_review = pages_in_review(found)
    synced = last_syncs(source_locale, keys)
    progress = translation_progress(source_locale, keys, locales)
    rows = []
    for source in sources:
        cells = []
        for locale in locales:
            key = (source.translation_key, locale.pk)
            page = translations.get(key)
            state = NOT_STARTED
            if page is not None:
                state = translation_status(
                    source,
                    page,
                    owns_live_revision=page.pk in owned,
                    in_review=page.pk in in_review,
                    taken_at=content_taken_at(synced.get(key), page.last_published_at),
                )
            total, done = progress.get(key, (0, 0))
            cells.append(TranslationCell(locale, state, page, total, done))
        if status is None or any(cell.status == status for cell in cells):
            rows.append(TranslationRow(source, cells))
    return locales, rows
