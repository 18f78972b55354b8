"""/<lang>/feeds/alerts.xml: the alerts in force, as Atom, in the reader's language (Khmer
where an alert is not translated, marked so). Django's feed generator escapes Khmer and
ampersands. Links are on the configured public host (orientation/core/links.py), not the
request's; `?destination=` gives a feed of its own (its own id and self link)."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from orientation.core.feeds import PortalFeed, tag_id
from orientation.core.links import public_url
from orientation.destinations.selectors import destination_from_query

from .selectors import alert_link, alerts_for_reader


class AlertsFeed(PortalFeed):
    def get_object(self, request):
        """?destination=slug narrows the feed to what that guide's readers see; an unknown
        slug gives the feed for every destination rather than an error page a reader
        cannot use."""
        return destination_from_query(request)

    def title(self, destination):
        if destination is not None:
            return _("Alerts for %(destination)s · Safe work abroad") % {
                "destination": destination.name
            }
        return _("Alerts · Safe work abroad")

    def subtitle(self, destination):
        return _("Emergencies, border closures and scams spreading now, for migrant workers.")

    def link(self, destination):
        return public_url(reverse("wagtail_serve", args=[""]))

    def feed_url(self, destination):
        url = reverse("alerts:feed")
        if destination is not None:
            url += "?" + urlencode({"destination": destination.slug})
        return public_url(url)

    def feed_guid(self, destination):
        return tag_id("alerts", get_language(), destination and destination.slug)

    author_name = "Safe work abroad"

    def items(self, destination):
        return alerts_for_reader(destination)

    def item_title(self, alert):
        return alert.title

    def item_description(self, alert):
        return alert.message

    def item_link(self, alert):
        return alert_link(alert)

    def item_guid(self, alert):
        return f"urn:uuid:{alert.translation_key}"

    item_guid_is_permalink = False

    def item_pubdate(self, alert):
        return alert.starts_at

    def item_updateddate(self, alert):
        # A correction is published again: readers see the entry as changed.
        changed = alert.last_published_at or alert.created_at or alert.starts_at
        return max(alert.starts_at, changed)

    def item_text_language(self, alert):
        return alert.locale.language_code

    def item_categories(self, alert):
        return [alert.level]
