from django.urls import path

from . import views

app_name = "complaints"

urlpatterns = [
    path("complaints/", views.complaint_form, name="form"),
    path("complaints/track/", views.track, name="track"),
]
