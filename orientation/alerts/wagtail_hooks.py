from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Alert


class AlertViewSet(SnippetViewSet):
    model = Alert
    icon = "warning"
    menu_label = _("Alerts")
    menu_order = 150
    add_to_admin_menu = True
    list_display = ["title", "level", "starts_at", "expires_at", "locale"]
    list_filter = ["level", "locale", "destinations"]
    search_fields = ["title"]


register_snippet(AlertViewSet)
