"""The installable app: web manifest, service worker (served from the root so its scope is
the whole site) and the offline page it falls back to."""

import hashlib
import json

from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from orientation.core.languages import INTERFACE_LANGUAGES
from orientation.core.paths import service_worker_patterns

# No font: a phone that has a Khmer font of its own never downloads ours (static/css
# portal.css names the phone's fonts first); one that fetches ours keeps it in the worker's
# cache like any static file it fetched (/static/ below, in sw.js).
STATIC_SHELL = [
    "css/portal.css",
    "css/print.css",
    "js/portal.js",
    "js/offline.js",
    "icons/app-192.png",
]


@require_safe
@cache_control(public=True, max_age=86400)
def manifest(request):
    data = {
        "name": "ធ្វើការនៅបរទេសដោយសុវត្ថិភាព",
        "short_name": "ការងារបរទេស",
        "description": "Safe work abroad: pre-departure information for Cambodian migrant workers",
        "lang": "km",
        "dir": "ltr",
        "start_url": "/?source=app",
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": "#0b5394",
        "icons": [
            {"src": static("icons/app-192.png"), "sizes": "192x192", "type": "image/png"},
            {"src": static("icons/app-512.png"), "sizes": "512x512", "type": "image/png"},
            {
                "src": static("icons/app-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }
    return JsonResponse(
        data,
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )


def precache_urls():
    # "Leave this page" must work offline too (portal.views.leave).
    pages = [f"/{code}/offline/" for code in sorted(INTERFACE_LANGUAGES)] + ["/leave/"]
    return pages + [static(path) for path in STATIC_SHELL]


def service_worker_version(urls, patterns=()):
    """Changes whenever a precached file's hashed name, the worker's own code or the paths
    it must not keep change, so phones drop the old cache instead of keeping it forever
    (and with it any page of a path that has since become private)."""
    template_source = get_template("pwa/sw.js").template.source
    inputs = template_source + json.dumps(urls) + json.dumps(patterns)
    return hashlib.sha256(inputs.encode()).hexdigest()[:12]


@require_safe
@cache_control(no_cache=True, max_age=0)
def service_worker(request):
    urls = precache_urls()
    never_cached, offline_forms = service_worker_patterns()
    body = render_to_string(
        "pwa/sw.js",
        {
            "version": service_worker_version(urls, [never_cached, offline_forms]),
            "precache_json": json.dumps(urls),
            "never_cached_json": json.dumps(never_cached),
            "offline_forms_json": json.dumps(offline_forms),
        },
    )
    response = HttpResponse(body, content_type="application/javascript; charset=utf-8")
    response["Service-Worker-Allowed"] = "/"
    return response


@require_safe
def offline(request):
    """The service worker's fallback when a page is not on the phone, and (with ?saved, the
    link "What is saved on this phone") the list of saved guides, which must not say "you are
    offline" to a reader who is online. Offline, ?saved is not in the cache, so the fallback
    answers it, rightly saying so."""
    return render(request, "pwa/offline.html", {"saved_only": "saved" in request.GET})
