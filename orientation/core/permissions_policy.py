"""The browser features the site never uses (the Permissions-Policy header). The security
middleware sends it on every response; the one admin page that records sound asks for the
microphone for its own origin, and nothing else."""

DISABLED_FEATURES = ("camera", "microphone", "geolocation", "payment", "usb", "interest-cohort")


def permissions_policy(allow_own=()):
    """The header's value; the features in ``allow_own`` are allowed for the site itself."""
    return ", ".join(
        f"{feature}=(self)" if feature in allow_own else f"{feature}=()"
        for feature in DISABLED_FEATURES
    )
