from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import UnansweredQueriesView, may_see_unanswered_queries

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
