from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from orientation.core.hooks import DESTINATION_RELATED_HOOK, RelatedLink, RelatedSection

from . import selectors
from .models import LegalInstrument


class LegalInstrumentViewSet(SnippetViewSet):
    model = LegalInstrument
    icon = "doc-full-inverse"
    menu_label = _("Legal instruments")
    menu_order = 210
    add_to_admin_menu = True
    list_display = ["name", "kind", "year", "number", "locale"]
    list_filter = ["kind", "locale"]
    # No search_fields: the model is indexed, so the admin searches what its search_fields
    # declare (the Khmer-aware index), not the database columns.
    ordering = ["sort_order", "name"]


register_snippet(LegalInstrumentViewSet)


@hooks.register(DESTINATION_RELATED_HOOK)
def rights_for_destination(destination, locale):
    """The explainers that apply to a destination, for its guide: one query."""
    explainers = selectors.explainers_for_destination(destination, locale)
    return RelatedSection(
        heading=_("Your rights"),
        links=[
            RelatedLink(title=page.title, url=page.get_url(), note=page.summary)
            for page in explainers
        ],
        order=10,
    )
