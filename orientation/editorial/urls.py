from django.urls import path

from . import views

urlpatterns = [
    path("due-for-review/", views.DueForReviewView.as_view(), name="due_for_review"),
    path(
        "due-for-review/results/",
        views.DueForReviewView.as_view(results_only=True),
        name="due_for_review_results",
    ),
    path("to-be-confirmed/", views.ToBeConfirmedView.as_view(), name="to_be_confirmed"),
    path(
        "to-be-confirmed/results/",
        views.ToBeConfirmedView.as_view(results_only=True),
        name="to_be_confirmed_results",
    ),
    path("translations/", views.TranslationStatusView.as_view(), name="translation_status"),
    path(
        "translations/results/",
        views.TranslationStatusView.as_view(results_only=True),
        name="translation_status_results",
    ),
    path(
        "interface-translations/",
        views.InterfaceTranslationsView.as_view(),
        name="interface_translations",
    ),
    path(
        "interface-translations/results/",
        views.InterfaceTranslationsView.as_view(results_only=True),
        name="interface_translations_results",
    ),
    path(
        "translate/<int:page_id>/",
        views.translate_destination,
        name="translate_destination",
    ),
    path(
        "translation/<int:translation_id>/submit-for-review/",
        views.submit_translation_for_review,
        name="submit_translation_for_review",
    ),
    path(
        "translation/<int:translation_id>/sync/",
        views.sync_translation_from_source,
        name="sync_translation_from_source",
    ),
]
