from django.urls import path

from . import views
from .feeds import LatestScamWarningsFeed

app_name = "scams"

urlpatterns = [
    path("agencies/", views.agency_search, name="agency_search"),
    path("agencies/<str:licence_number>/", views.agency_detail, name="agency_detail"),
    path("agencies/<str:licence_number>/qr.svg", views.agency_qr_code, name="agency_qr_code"),
    path("feeds/scams.xml", LatestScamWarningsFeed(), name="feed"),
]
