from django.urls import path

from . import admin_views, officer_admin

app_name = "complaints_admin"

urlpatterns = [
    path("", admin_views.ComplaintIndexView.as_view(), name="index"),
    path("officers/", officer_admin.OfficerIndexView.as_view(), name="officers"),
    path("officers/add/", officer_admin.OfficerCreateView.as_view(), name="officer_add"),
    path("officers/<int:user_id>/", officer_admin.OfficerEditView.as_view(), name="officer_edit"),
    path("assign/", admin_views.bulk_assign, name="bulk_assign"),
    path("figures.csv", admin_views.export_figures, name="export_figures"),
    path("<int:complaint_id>/", admin_views.ComplaintCaseView.as_view(), name="case"),
    path(
        "<int:complaint_id>/attachments/<int:attachment_id>/",
        admin_views.attachment_download,
        name="attachment",
    ),
]
