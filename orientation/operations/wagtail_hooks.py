from wagtail import hooks
from wagtail.admin.ui.components import Component

from orientation.core.permissions import is_complaint_supervisor

from .selectors import worker_health


class WorkerHealthPanel(Component):
    """Background worker: last seen, tasks waiting, failures. Notifications to officers
    depend on it, so a stopped worker must be seen by a person, not only in a log."""

    name = "background_worker"
    order = 60
    template_name = "operations/admin/worker_panel.html"

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["health"] = worker_health()
        return context


@hooks.register("construct_homepage_panels")
def add_worker_health_panel(request, panels):
    if is_complaint_supervisor(request.user):
        panels.append(WorkerHealthPanel())
