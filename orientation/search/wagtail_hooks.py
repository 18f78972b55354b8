from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .admin_views import UnansweredQueriesView, may_see_unanswered_queries
from .index_health import search_index_health
from .models import EquivalentWords

admin_urlpatterns = [
    path("", UnansweredQueriesView.as_view(), name="unanswered"),
    path("results/", UnansweredQueriesView.as_view(results_only=True), name="unanswered_results"),
]


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path(
            "reports/searches-with-no-results/",
            include((admin_urlpatterns, "search_reports"), namespace="search_reports"),
        )
    ]


class UnansweredQueriesMenuItem(MenuItem):
    def is_shown(self, request):
        return may_see_unanswered_queries(request.user)


@hooks.register("register_reports_menu_item")
def unanswered_queries_menu_item():
    return UnansweredQueriesMenuItem(
        _("Searches with no results"),
        reverse("search_reports:unanswered"),
        icon_name="search",
        order=640,
    )


class SearchIndexPanel(Component):
    """Shown on the dashboard only while published pages are missing from the search index:
    until then readers searching for them are told "nothing found"."""

    name = "search_index"
    order = 55
    template_name = "search/admin/index_panel.html"

    def __init__(self, health):
        self.health = health

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["health"] = self.health
        return context


@hooks.register("construct_homepage_panels")
def add_search_index_panel(request, panels):
    health = search_index_health()
    if not health.complete:
        panels.append(SearchIndexPanel(health))


class EquivalentWordsViewSet(SnippetViewSet):
    """The words search treats as one (everyday and formal Khmer, loanwords, English
    variants): editors add a group when the report of searches with no results shows a word
    readers use that the pages do not."""

    model = EquivalentWords
    icon = "search"
    menu_label = _("Equivalent words")
    menu_order = 290
    add_to_settings_menu = True
    list_display = ["__str__", "note"]
    search_fields = ["words", "note"]
    ordering = ["pk"]


register_snippet(EquivalentWordsViewSet)
