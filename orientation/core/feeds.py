"""What every Atom feed of the portal shares, for partners' readers and validators.

- `xml:lang` on the feed is the language of its own words (title, subtitle); an entry whose
  text is in another language (an alert or a warning not yet translated, shown in Khmer)
  carries its own `xml:lang`, so a reader or a screen reader knows which language it holds.
- Ids never depend on any host name (`tag_id`): a partner that stored an entry keeps
  recognising it if the portal moves, or was reached under another name.
- Cross-origin reads are allowed as for the API (CORS_URLS_REGEX in the settings).
"""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import get_language

from .languages import html_lang

# RFC 4151 tag URIs: an authority the project owns by name and the year the scheme was set.
TAG_AUTHORITY = "safe-work-abroad,2026"


def tag_id(*parts):
    """A stable entry or feed id, e.g. tag_id("alerts", "km") -> "tag:safe-work-abroad,2026:
    alerts:km"."""
    return "tag:" + TAG_AUTHORITY + ":" + ":".join(str(part) for part in parts if part)


class LanguageTaggedAtomFeed(Atom1Feed):
    def root_attributes(self):
        attributes = super().root_attributes()
        if self.feed["language"]:
            attributes["xml:lang"] = html_lang(self.feed["language"])
        return attributes

    def item_attributes(self, item):
        language = item.get("text_language")
        if language and language != self.feed["language"]:
            return {"xml:lang": html_lang(language)}
        return {}


class PortalFeed(Feed):
    """Base of the portal's feeds: Atom in the active language, entries tagged with the
    language of their text (`item_text_language`)."""

    # Django's Feed takes the feed's language from the active one (`language` left None).
    feed_type = LanguageTaggedAtomFeed

    def item_text_language(self, item):
        return get_language()

    def item_extra_kwargs(self, item):
        return {"text_language": self.item_text_language(item)}
