"""Complaint officers and supervisors as accounts: one place that makes someone an officer of
some destinations (or a supervisor of all), used by `add_officer` and by the supervisors'
officer screen in the admin, so both leave the same groups and profile behind."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction

from orientation.core.constants import COMPLAINT_OFFICERS, COMPLAINT_SUPERVISORS

from .models import OfficerProfile


def staff_accounts():
    """Everyone the officer screen lists: holders of either complaint permission through a
    complaint group (superusers are managed in Wagtail's own user screens)."""
    return (
        get_user_model()
        .objects.filter(groups__name__in=[COMPLAINT_OFFICERS, COMPLAINT_SUPERVISORS])
        .filter(is_superuser=False)
        .distinct()
        .order_by("username")
    )


def officer_destinations(user):
    profile = OfficerProfile.objects.filter(user=user).first()
    return list(profile.destinations.all()) if profile else []


@transaction.atomic
def set_officer_role(user, *, destinations, supervisor=None, active=True):
    """Make `user` an officer of exactly `destinations`, and a supervisor (every destination)
    when `supervisor` is True, no longer one when False (None leaves it as it is)."""
    officers = Group.objects.get(name=COMPLAINT_OFFICERS)
    supervisors = Group.objects.get(name=COMPLAINT_SUPERVISORS)
    user.is_active = active
    user.save(update_fields=["is_active"])
    user.groups.add(officers)
    if supervisor:
        user.groups.add(supervisors)
    elif supervisor is not None:
        user.groups.remove(supervisors)
    profile, _ = OfficerProfile.objects.get_or_create(user=user)
    profile.destinations.set(destinations)
    return profile


def has_other_roles(user):
    """An account with rights beyond complaints (an editor who is also an officer, a Django
    staff member): a supervisor may not change how it signs in (email, active)."""
    return (
        user.is_staff
        or user.groups.exclude(name__in=[COMPLAINT_OFFICERS, COMPLAINT_SUPERVISORS]).exists()
    )


def in_supervisors_group(user):
    return user.groups.filter(name=COMPLAINT_SUPERVISORS).exists()
