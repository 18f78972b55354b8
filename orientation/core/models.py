import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, HelpPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index

from .translation import facts
from .unconfirmed import UnconfirmedFactsMixin
from .view_restrictions import KeptViewRestrictionsMixin

# Our URL contract keeps the same Latin slug in every locale (/km/destinations/thailand/ and
# /en/destinations/thailand/), but wagtail-localize offers a SlugField (a CharField) as text
# to translate, and a slug a translator fills in ("[en] thailand") fails validation and blocks
# the whole translation. Every translatable model with a slug declares it synchronised
# (copied from the source, never overridden) with this, in its `override_translatable_fields`.
(SYNCHRONISED_SLUG,) = facts("slug")


class ReviewedContentMixin(models.Model):
    """Content that must stay true: when it was last checked and how often it must be.

    Readers see "last reviewed on <date>"; editors see what is due in the admin reports.
    """

    last_reviewed = models.DateField(
        _("last reviewed"),
        default=datetime.date.today,
        help_text=_("The day an editor last checked every fact on this page."),
    )
    review_interval_days = models.PositiveIntegerField(
        _("review every (days)"),
        default=180,
        help_text=_("How often the facts here must be checked again."),
    )

    review_panels = [
        MultiFieldPanel(
            [
                # The due date (red once overdue), so the editor sees it where they set it.
                HelpPanel(template="core/admin/review_due_panel.html"),
                FieldPanel("last_reviewed"),
                FieldPanel("review_interval_days"),
            ],
            heading=_("Review"),
        )
    ]

    class Meta:
        abstract = True

    @property
    def review_due(self):
        return self.last_reviewed + datetime.timedelta(days=self.review_interval_days)

    @property
    def is_review_overdue(self):
        return self.review_due < timezone.localdate()


class BasePage(KeptViewRestrictionsMixin, UnconfirmedFactsMixin, ReviewedContentMixin, Page):
    """The base of every public content page type (not of Wagtail's own Page, which
    wagtail-localize needs untouched)."""

    settings_panels = [*Page.settings_panels, *ReviewedContentMixin.review_panels]
    # The review dates are facts about the source, copied to every translation.
    override_translatable_fields = [
        SYNCHRONISED_SLUG,
        *facts("last_reviewed", "review_interval_days"),
    ]

    class Meta:
        abstract = True


class AreaIndexPage(BasePage):
    """The one index page of an area under the home page (lessons, scam warnings...): a title,
    an introduction, and the area's pages below it."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*BasePage.content_panels, FieldPanel("intro")]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
