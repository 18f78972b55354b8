"""Atom feed of the newest scam warnings in the reader's language, for NGOs' sites and bots.

Every link and id is on the configured public host (orientation/core/links.py): Django's
feed would otherwise complete relative links with the request's Host."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale

from orientation.core.feeds import PortalFeed, tag_id
from orientation.core.links import page_public_url, public_url
from orientation.core.public_version import as_readers_see, showing_source_text
from orientation.destinations.selectors import destination_from_query

from .selectors import latest_warnings, scam_index_for_locale


class LatestScamWarningsFeed(PortalFeed):
    def get_object(self, request, *args, **kwargs):
        """The reader's locale; `?destination=slug` keeps the warnings naming that
        destination and those for every destination (an unknown slug: all warnings)."""
        self.request = request
        self.destination = destination_from_query(request)
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
        url = reverse("scams:feed")
        if self.destination is not None:
            url += "?" + urlencode({"destination": self.destination.slug})
        return public_url(url)

    def feed_guid(self, locale):
        return tag_id("scam-warnings", locale.language_code, getattr(self.destination, "slug", ""))

    def items(self, locale):
        warnings = as_readers_see(latest_warnings(locale, self.destination))
        # Aliases and unpublished translations show the Khmer text: their entries say so.
        self.in_source_language = showing_source_text(warnings)
        self.source_language = Locale.get_default().language_code
        return warnings

    def item_text_language(self, item):
        if item.pk in self.in_source_language:
            return self.source_language
        return item.locale.language_code

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return page_public_url(item, self.request) or public_url("/")

    def item_guid(self, item):
        # Stable across edits and hosts; the same page in every language has its own entry.
        return tag_id("scam-warning", item.locale.language_code, item.translation_key)

    item_guid_is_permalink = False

    def item_pubdate(self, item):
        return item.first_published_at or timezone.now()

    def item_updateddate(self, item):
        return item.last_published_at or item.first_published_at or timezone.now()
