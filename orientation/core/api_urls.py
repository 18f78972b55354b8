"""A URLconf with the API alone and no language prefixes: see StrictPartnerAPIMixin's
finalize_response (it keeps LocaleMiddleware from redirecting the API's 404 answers)."""

from django.urls import path

from portal.api import api_router

urlpatterns = [path("api/v2/", api_router.urls)]
