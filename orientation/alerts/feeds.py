"""/<lang>/feeds/alerts.xml: the alerts in force, as Atom, in the reader's language (Khmer
where an alert is not translated). Django's feed generator escapes Khmer and ampersands.
Links are on the configured public host (orientation/core/links.py), not the request's."""

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from orientation.core.links import public_url
from orientation.destinations.models import Destination

from .selectors import alert_link, alerts_for_reader


class AlertsFeed(Feed):
    feed_type = Atom1Feed

    def get_object(self, request):
        """?destination=slug narrows the feed to what that guide's readers see; an unknown
        slug gives the feed for every destination rather than an error page a reader
        cannot use."""
        slug = request.GET.get("destination", "")
        return Destination.objects.filter(slug=slug).first() if slug else None

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
        return public_url(reverse("alerts:feed"))

    def feed_guid(self, destination):
        return f"tag:safe-work-abroad,2026:alerts:{get_language()}"

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
        return max(alert.starts_at, alert.created_at or alert.starts_at)

    def item_categories(self, alert):
        return [alert.level]
