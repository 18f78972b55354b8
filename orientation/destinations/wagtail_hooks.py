from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from orientation.core.recording_slots import RECORDING_SLOTS_HOOK

from . import recording_slots
from .models import Destination


class DestinationViewSet(SnippetViewSet):
    model = Destination
    icon = "site"
    menu_label = _("Destinations")
    list_display = ["name_en", "name_km", "slug", "local_language_code", "currency_code"]
    # No search_fields: the model is indexed, so the admin searches what its search_fields
    # declare (the Khmer-aware index), not the database columns.
    ordering = ["sort_order"]
    # A copy would start from a destination whose slug field is locked (DestinationForm);
    # a new destination is added from scratch instead.
    copy_view_enabled = False


register_snippet(DestinationViewSet)


@hooks.register(RECORDING_SLOTS_HOOK)
def guide_recording_slots():
    return recording_slots.guide_recording_slots()
