from django.urls import path

from . import views

urlpatterns = [
    path("", views.RecordingReportView.as_view(), name="report"),
    path("results/", views.RecordingReportView.as_view(results_only=True), name="report_results"),
    path("record/", views.record_slot, name="record"),
]
