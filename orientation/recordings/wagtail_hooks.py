from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls
from .access import may_record


@hooks.register("register_admin_urls")
def register_recording_urls():
    return [path("recordings/", include((urls.urlpatterns, "recordings"), namespace="recordings"))]


class RecordingsMenuItem(MenuItem):
    def is_shown(self, request):
        return may_record(request.user)


@hooks.register("register_reports_menu_item")
def recordings_menu_item():
    return RecordingsMenuItem(
        _("Recordings"), reverse("recordings:report"), icon_name="media", order=640
    )
