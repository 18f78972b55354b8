"""What readers see of a page (issue 17): a translation goes public only when a reviewer
publishes it.

wagtail-localize writes a translation's text into the page row itself, even when it saves a
draft (`TranslationSource.create_or_update_translation`): starting a translation turns the
live alias into a live page holding the source text under the translation's language, and a
translator's later draft of a published translation overwrites the published text. Wagtail's
rule that a live page's row is its published content no longer holds for translations, so
every place that serves a page to readers asks here instead of trusting the row:

- a page in the source language (Khmer), or one that never was an alias: the page itself;
- an alias: itself, its text in the source's language (the "not yet translated" notice);
- a translation never published since it stopped being an alias: a stand-in built as
  Wagtail builds an alias (the source's content on this page's place in the tree), shown
  exactly as an alias is;
- a published translation with unpublished changes: its live revision, never the draft;
- and a published translation whose source was published after the translation took its
  content is "out of date" (`is_out_of_date`, the rule the translation report uses too).

Snippet translations (alerts, organisations) follow the same table, kept where their readers
look: every reader of them (`live=True` plus `core.reader_language.in_reader_locale`: the
alerts banner, the directory, their API, the feed, search) trusts the row, as Wagtail's own
snippet editor keeps it. wagtail-localize breaks that on a draft save of a translated snippet
(`translation.live = publish`: the published translation drops off the site and its row holds
the draft), so `keep_published_snippet_row` puts the published version back in the row as soon
as wagtail-localize logs the save, whoever saved it (our submit or sync, its own sync):
- never published (no live revision of its own): left unpublished, readers get the Khmer
  record in its place (`in_reader_locale`, marked `lang="km"`);
- published, with a new draft: the row is the live revision again, live, and the draft waits
  as the latest revision until a reviewer publishes it.
"""

from dataclasses import dataclass

from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Max
from wagtail.models import DraftStateMixin, Locale, Page, Revision
from wagtail_localize.models import TranslationLog


@dataclass(frozen=True)
class PublicVersion:
    page: Page  # what to render: the page itself, or a copy held in memory only
    text_locale: Locale | None = None  # the language its text is in, when not the page's own
    out_of_date_source: Page | None = None  # the newer source, when the translation lags


def content_taken_at(last_synced_at, last_published_at):
    """When the text readers see of a translation last came from its source: its last
    wagtail-localize sync, but no later than its last publication (a sync saved as a draft
    is not yet public); for a page translated by hand, its last publication."""
    moments = [moment for moment in (last_synced_at, last_published_at) if moment]
    return min(moments) if moments else None


def is_out_of_date(source_published_at, taken_at):
    """The source was published after the translation took its content."""
    return bool(source_published_at and taken_at and source_published_at > taken_at)


def last_synced_at(source_locale, translation):
    """The last wagtail-localize sync of the source into this translation's language."""
    return TranslationLog.objects.filter(
        source__object_id=translation.translation_key,
        source__locale=source_locale,
        locale_id=translation.locale_id,
        revision__isnull=False,
    ).aggregate(at=Max("created_at"))["at"]


def own_revision_ids(pages):
    """The ids of the pages (of those given) whose live revision is their own. An alias
    copies its source's live revision, and wagtail-localize keeps it when it turns the alias
    into a translation, so a live revision of another page means "never published here".
    A page whose live revision is its latest owns it (an alias has no latest revision): a
    query only for the others."""
    owned = {
        page.pk
        for page in pages
        if page.live_revision_id and page.live_revision_id == page.latest_revision_id
    }
    live_ids = {
        page.live_revision_id: page.pk
        for page in pages
        if page.live_revision_id and page.pk not in owned
    }
    if live_ids:
        revisions = Revision.objects.filter(pk__in=live_ids).values_list("pk", "object_id")
        owned.update(live_ids[pk] for pk, object_id in revisions if object_id == str(live_ids[pk]))
    return owned


def is_unpublished_translation(page, owns_live_revision):
    """A translation that readers must not see yet: it has revisions of its own (wagtail-
    localize made them when it turned the alias into a page) but none was ever published.
    A page made without any revision (a fixture, an import) is what its row says."""
    return bool(page.latest_revision_id) and not owns_live_revision


def public_version(page):
    """What readers see of `page` (see the module docstring). Asked again about the page or
    its stand-in, it answers from memory."""
    known = getattr(page, "_public_version", None)
    if known is not None:
        return known
    version = _decide(page)
    page._public_version = version
    version.page._public_version = version
    return version


def _decide(page):
    if page.alias_of_id:
        source = Page.objects.select_related("locale").get(pk=page.alias_of_id)
        if source.locale_id == page.locale_id:
            return PublicVersion(page)
        return PublicVersion(page, text_locale=source.locale)
    source_locale = Locale.get_default()
    if page.locale_id == source_locale.pk:
        return PublicVersion(page)
    source = page.get_translation_or_none(source_locale)
    if source is None:
        return PublicVersion(page)  # written in this language first: not a translation
    owns_live_revision = bool(own_revision_ids([page]))
    if is_unpublished_translation(page, owns_live_revision):
        return PublicVersion(stand_in(page, source.specific), text_locale=source_locale)
    shown = page
    if page.has_unpublished_changes and owns_live_revision:
        shown = Revision.objects.get(pk=page.live_revision_id).as_object()
    taken_at = content_taken_at(last_synced_at(source_locale, page), page.last_published_at)
    if is_out_of_date(source.last_published_at, taken_at):
        return PublicVersion(shown, out_of_date_source=source)
    return PublicVersion(shown)


def stand_in(page, source):
    """The source's published content in this page's place, as Wagtail makes an alias
    (Page.update_aliases), held in memory: nothing is saved."""
    copy = page.specific.with_content_json(source.serializable_data())
    copy.slug = page.slug
    copy.url_path = page.url_path
    return copy


def showing_source_text(pages):
    """The ids of those pages whose readers see the source's text instead of their own
    language's: aliases and unpublished translations. For hreflang, the sitemap and the
    language switcher; no query when every translation is published."""
    owned = own_revision_ids(pages)
    unpublished = [page for page in pages if is_unpublished_translation(page, page.pk in owned)]
    source_locale_id = Locale.get_default().pk if unpublished else None
    return {page.pk for page in pages if page.alias_of_id} | {
        page.pk for page in unpublished if page.locale_id != source_locale_id
    }


def as_readers_see(pages):
    """The pages, in order, each replaced by what readers see of it, for listings (menus,
    indexes, feeds, the API). No query when every row is its published content (the usual
    case); a translation in progress, or one with a draft on top, costs a few more."""
    pages = list(pages)
    owned = own_revision_ids(pages)
    doubtful = {
        page.pk
        for page in pages
        if not page.alias_of_id
        and page.latest_revision_id
        and (page.pk not in owned or page.has_unpublished_changes)
    }
    return [public_version(page).page if page.pk in doubtful else page for page in pages]


def keep_published_snippet_row(instance):
    """A published snippet translation that a wagtail-localize draft save took off the site
    gets its published version back in its row (see the module docstring); the draft stays its
    latest revision. Wagtail's unpublish clears `live_revision`, so a row that is not live but
    still names a live revision of its own was unpublished by nothing but that draft save.
    Returns the record as readers now see it."""
    if isinstance(instance, Page) or not isinstance(instance, DraftStateMixin):
        return instance
    if instance.live or not instance.live_revision_id:
        return instance
    revision = Revision.objects.filter(pk=instance.live_revision_id).first()
    # A translation copied from its source carries the source's live revision: not its own.
    if revision is None or revision.object_id != str(instance.pk):
        return instance
    published = revision.as_object()
    published.live = True
    published.has_unpublished_changes = True
    published.live_revision_id = revision.pk
    published.last_published_at = instance.last_published_at
    published.save()
    return published


def keep_published_snippet_after_translation_log(sender, instance, created, raw=False, **kwargs):
    """post_save of wagtail-localize's TranslationLog: written after each translation save."""
    if not created or raw or instance.revision_id is None:
        return
    model = instance.source.specific_content_type.model_class()
    if model is None or issubclass(model, Page) or not issubclass(model, DraftStateMixin):
        return  # pages: public_version() decides at reading time
    try:
        translated = instance.source.get_translated_instance(instance.locale)
    except ObjectDoesNotExist:
        return
    keep_published_snippet_row(translated)
