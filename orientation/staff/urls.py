from django.urls import path

from . import views

app_name = "staff_second_factor"

urlpatterns = [
    path("", views.SetupView.as_view(), name="setup"),
    path("verify/", views.verify, name="verify"),
    path("turn-off/", views.turn_off, name="turn_off"),
]
