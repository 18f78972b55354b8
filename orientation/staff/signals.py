import time

from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver

from .middleware import SEEN_KEY, SIGNED_IN_KEY


@receiver(user_logged_in)
def start_staff_session_clock(sender, request, user, **kwargs):
    """The idle timeout and the absolute cap count from this sign-in, not an earlier one."""
    if request is not None and hasattr(request, "session"):
        now = int(time.time())
        request.session[SIGNED_IN_KEY] = now
        request.session[SEEN_KEY] = now
