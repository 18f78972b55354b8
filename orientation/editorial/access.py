"""Who sees the editorial reports: the editorial roles and superusers; never the complaint
roles, who have no use for them."""

from .roles import EDITORIAL_GROUPS


def is_editorial_user(user):
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=EDITORIAL_GROUPS).exists()
