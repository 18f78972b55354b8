"""Addresses that several areas link to, built in one place from the URL names (never by
hand), so that a guide, a rights page, search and the admin hooks cannot drift apart."""

from urllib.parse import urlencode

from django.urls import reverse


def complaint_form_url(destination_slug=None):
    """The complaint form in the active language, with a destination preselected when one
    is given (the form reads `?destination=`)."""
    url = reverse("complaints:form")
    if destination_slug:
        url += "?" + urlencode({"destination": destination_slug})
    return url
