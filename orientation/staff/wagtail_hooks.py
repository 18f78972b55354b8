from django.templatetags.static import static
from django.urls import include, path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls


@hooks.register("register_admin_urls")
def register_second_factor_urls():
    return [path("two-step/", include(urls, namespace="staff_second_factor"))]


@hooks.register("insert_global_admin_css")
def khmer_font_for_the_admin():
    return format_html('<link rel="stylesheet" href="{}">', static("css/admin.css"))


@hooks.register("register_admin_menu_item")
def register_second_factor_menu_item():
    return MenuItem(
        _("Two-step verification"),
        reverse("staff_second_factor:setup"),
        icon_name="key",
        order=10000,
    )


@hooks.register("register_account_menu_item")
def register_second_factor_account_link(request):
    return {
        "url": reverse("staff_second_factor:setup"),
        "label": _("Two-step verification"),
        "help_text": _("Sign in with a code from an authenticator app as well as your password."),
    }


@hooks.register("register_log_actions")
def register_second_factor_log_actions(actions):
    from django.contrib.auth import get_user_model
    from wagtail.models import ModelLogEntry

    # Wagtail does not log user accounts by itself: these two actions are about one.
    actions.register_model(get_user_model(), ModelLogEntry)
    for action, label in [
        ("staff.second_factor_enrolled", _("Two-step verification set up")),
        ("staff.second_factor_removed", _("Two-step verification removed")),
    ]:
        actions.register_action(action, label, label)
