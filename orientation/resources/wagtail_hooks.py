from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from orientation.core.hooks import DESTINATION_RELATED_HOOK, RelatedLink, RelatedSection

from .models import Organisation
from .selectors import organisations_for_reader


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Support directory")
    menu_order = 160
    add_to_admin_menu = True
    list_display = ["name", "kind", "locale", "last_reviewed"]
    list_filter = ["kind", "locale", "services", "destinations"]
    # No search_fields: the model is indexed, so the admin searches what its search_fields
    # declare (the Khmer-aware index), not the database columns.


register_snippet(OrganisationViewSet)


@hooks.register(DESTINATION_RELATED_HOOK)
def organisations_for_destination(destination, locale):
    """The directory's organisations for this destination, each linked to its card."""
    organisations = organisations_for_reader(destination=destination, locale=locale)
    directory_url = reverse("resources:directory")
    links = [
        RelatedLink(
            title=organisation.name,
            url=f"{directory_url}?destination={destination.slug}"
            f"#organisation-{organisation.translation_key}",
            note=organisation.get_kind_display(),
        )
        for organisation in organisations
    ]
    return RelatedSection(heading=_("Organisations that can help"), links=links, order=40)
