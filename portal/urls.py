from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from orientation.core import discovery
from portal import api_schema, pwa, views
from portal.api import api_router

handler400 = "portal.views.bad_request"
handler404 = "portal.views.page_not_found"
handler500 = "portal.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("leave/", views.leave, name="leave"),
    path("manifest.webmanifest", pwa.manifest, name="manifest"),
    path("sw.js", pwa.service_worker, name="service_worker"),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/schema/", api_schema.schema, name="api_schema"),
    path("api/v2/docs/", api_schema.docs, name="api_docs"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", discovery.sitemap, name="sitemap"),
    path("robots.txt", discovery.robots_txt, name="robots_txt"),
    path("", include("orientation.telegram.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under its language prefix (/km/, /en/, ...). Each area owns its
# routes in its own urls.py; Wagtail's page tree comes last and catches the rest.
urlpatterns += i18n_patterns(
    path("offline/", pwa.offline, name="offline"),
    path("", include("orientation.scams.urls")),
    path("", include("orientation.complaints.urls")),
    path("", include("orientation.search.urls")),
    path("", include("orientation.alerts.urls")),
    path("", include("orientation.resources.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)
