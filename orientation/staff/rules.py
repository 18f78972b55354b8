"""Who must prove a second factor: the one rule every view, middleware and command calls."""

from orientation.core.permissions import is_complaint_handler


def requires_second_factor(user) -> bool:
    """Complaint officers and supervisors (superusers included) read workers' personal data,
    and whoever may change accounts could make themselves one: a password alone is not
    enough for them. Everyone else may turn the second factor on for themselves."""
    if not (user.is_authenticated and user.is_active):
        return False
    return is_complaint_handler(user) or user.has_perm("auth.change_user")
