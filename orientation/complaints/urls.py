from django.urls import path

from . import statistics_views, views

app_name = "complaints"

urlpatterns = [
    path("complaints/", views.complaint_form, name="form"),
    path("complaints/track/", views.track, name="track"),
    path("complaints/urgent/", views.urgent_check, name="urgent"),
    path("statistics/", statistics_views.statistics_page, name="statistics"),
    path("statistics/complaints.csv", statistics_views.statistics_csv, name="statistics_csv"),
    path("statistics/agencies.csv", statistics_views.agencies_csv, name="statistics_agencies_csv"),
]
