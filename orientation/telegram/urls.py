from django.urls import path

from orientation.telegram import views

app_name = "telegram"

urlpatterns = [path("telegram/webhook/", views.webhook, name="webhook")]
