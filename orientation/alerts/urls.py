from django.urls import path

from .feeds import AlertsFeed

app_name = "alerts"

urlpatterns = [path("feeds/alerts.xml", AlertsFeed(), name="feed")]
