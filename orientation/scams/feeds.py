"""Atom feed of the newest scam warnings in the reader's language, for NGOs' sites and bots.

Every link and id is on the configured public host (orientation/core/links.py): Django's
feed would otherwise complete relative links with the request's Host."""

from django.contrib.syndication.views import Feed
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from orientation.core.links import page_public_url, public_host, public_url
from orientation.core.public_version import as_readers_see

from .selectors import latest_warnings, scam_index_for_locale


class LatestScamWarningsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.objects.filter(language_code=get_language()).first() or Locale.get_default()

    def author_name(self, locale):
        return _("Safe work abroad")

    def title(self, locale):
        return _("Job scam warnings")

    def subtitle(self, locale):
        return _("New warnings about tricks used to lure migrant workers.")

    def link(self, locale):
        index = scam_index_for_locale(locale)
        if index is not None:
            return page_public_url(index, self.request) or public_url("/")
        return public_url(f"/{locale.language_code}/scams/")

    def feed_url(self, locale):
        return public_url(self.request.path)

    def feed_guid(self, locale):
        return public_url(self.request.get_full_path())

    def items(self, locale):
        return as_readers_see(latest_warnings(locale))

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return page_public_url(item, self.request) or public_url("/")

    def item_guid(self, item):
        # Stable across edits and the same page in every language has its own entry.
        host = public_host()
        language = item.locale.language_code
        return f"tag:{host},2026:scam-warning:{language}:{item.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at or timezone.now()
