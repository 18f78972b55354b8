"""The second factor: a TOTP authenticator app (django-otp). Services and selectors in one
place; the views, the middleware and reset_second_factor call these."""

import logging
from base64 import b32encode

import segno
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.log_actions import log

logger = logging.getLogger(__name__)

DEVICE_NAME = "Authenticator app"


def confirmed_device(user):
    return TOTPDevice.objects.filter(user=user, confirmed=True).order_by("-pk").first()


def has_second_factor(user) -> bool:
    return TOTPDevice.objects.filter(user=user, confirmed=True).exists()


def pending_device(user, *, fresh=False):
    """The not-yet-confirmed device an enrolment shows; a fresh secret when asked."""
    pending = TOTPDevice.objects.filter(user=user, confirmed=False)
    if fresh:
        pending.delete()
    device = pending.order_by("-pk").first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
    return device


def qr_code_svg(device) -> str:
    """The otpauth:// address as an inline SVG drawn here: no image service sees the secret."""
    return segno.make(device.config_url, error="m").svg_inline(
        scale=5, dark="#000", light="#fff", title=_("QR code for your authenticator app")
    )


def secret_text(device) -> str:
    """The secret in groups of four, for typing into an app that cannot scan."""
    secret = b32encode(device.bin_key).decode()
    return " ".join(secret[i : i + 4] for i in range(0, len(secret), 4))


def normalise_token(token) -> str:
    return "".join(ch for ch in str(token or "") if ch.isdigit())


def refusal(device):
    """Why a code cannot be checked now (too many wrong ones), or None."""
    allowed, data = device.verify_is_allowed()
    if allowed:
        return None
    failures = (data or {}).get("failure_count", 0)
    wait = 0
    if device.throttling_failure_timestamp is not None and failures:
        delay = device.get_throttle_factor() * (2 ** (failures - 1))
        elapsed = (timezone.now() - device.throttling_failure_timestamp).total_seconds()
        wait = max(1, int(delay - elapsed))
    return _("Too many wrong codes. Wait %(seconds)d seconds, then type the newest code.") % {
        "seconds": wait or 1
    }


def check_code(request, device, token):
    """Checks a code against the device (throttled by django-otp); on success marks this
    session as verified. Returns an error message, or None when the code was right."""
    enrolled = False
    with transaction.atomic():
        device = TOTPDevice.objects.select_for_update().get(pk=device.pk)
        if message := refusal(device):
            return message
        if not device.verify_token(normalise_token(token)):
            logger.warning("second factor: wrong code for user_id=%s", device.user_id)
            return _("That code is not right. Type the 6-digit code your app shows now.")
        if not device.confirmed:
            # Enrolment done: this device replaces any earlier one.
            device.confirmed = True
            device.save(update_fields=["confirmed"])
            TOTPDevice.objects.filter(user_id=device.user_id).exclude(pk=device.pk).delete()
            logger.info("second factor: enrolled user_id=%s", device.user_id)
            enrolled = True
    if enrolled:
        # The device's user, not request.user: a lazy wrapper the audit log cannot type.
        log(device.user, "staff.second_factor_enrolled", user=device.user)
    otp_login(request, device)
    return None


def remove_second_factor(user, by=None) -> int:
    """Deletes every device of the user (lost phone, or turned off). Sessions verified with
    them stop counting as verified at their next request. In the audit log either way."""
    deleted, _details = TOTPDevice.objects.filter(user=user).delete()
    logger.warning("second factor: removed for user_id=%s (%s devices)", user.pk, deleted)
    if deleted:
        account = get_user_model().objects.get(pk=user.pk)  # not a lazy request.user
        log(account, "staff.second_factor_removed", user=by)
    return deleted
