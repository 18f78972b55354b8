"""The admin's menus in the language of each request.

Wagtail builds its four menus' registered items once per process (`Menu.registered_menu_items`
is a cached property) and some labels are translated when built (wagtail-localize's
"Translations", Wagtail's "What's new in Wagtail 8.0"): the first admin request after a start
fixed their language for everyone served by that process. Dropping the cache on each admin
request has them built again in the request's language (a few hook calls). The portal's
gunicorn workers are single-threaded, so one request never sees another's menu.
"""

from wagtail.admin.menu import admin_menu, help_menu, reports_menu, settings_menu

from .middleware import ADMIN_PREFIX

MENUS = (admin_menu, settings_menu, reports_menu, help_menu)


class AdminMenusInRequestLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith(ADMIN_PREFIX):
            for menu in MENUS:
                menu.__dict__.pop("registered_menu_items", None)
        return self.get_response(request)
