"""Admin report: the most frequent searches that found nothing (counts only)."""

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView

from orientation.search.selectors import most_frequent_unanswered_queries

REPORT_PERMISSION = "search.view_unansweredquery"
STANDARD_PERIODS = (7, 30, 90, 365)


def periods():
    """The report's periods, none longer than what is kept (UNANSWERED_QUERY_RETENTION_DAYS)."""
    kept = settings.UNANSWERED_QUERY_RETENTION_DAYS
    return {str(days): days for days in STANDARD_PERIODS if days <= kept} or {str(kept): kept}


def may_see_unanswered_queries(user):
    return user.is_active and (user.is_superuser or user.has_perm(REPORT_PERMISSION))


class UnansweredQueriesView(ReportView):
    page_title = _("Searches with no results")
    header_icon = "search"
    index_url_name = "search_reports:unanswered"
    index_results_url_name = "search_reports:unanswered_results"
    results_template_name = "search/admin/unanswered_queries_results.html"
    no_results_message = _("Every search found something in this period.")
    paginate_by = 100

    def dispatch(self, request, *args, **kwargs):
        if not may_see_unanswered_queries(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def days(self):
        available = periods()
        default = min(30, max(available.values()))
        return available.get(self.request.GET.get("days", ""), default)

    def get_queryset(self):
        return most_frequent_unanswered_queries(days=self.days)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["days"] = self.days
        context["periods"] = sorted(periods().values())
        return context
