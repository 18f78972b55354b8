"""Factories shared by every area (users, home page). Area factories live in tests/<area>/."""

import factory
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from home.models import HomePage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)
        # Groups are a many-to-many: adding them needs no second save of the user.
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct horse battery staple")

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(Group.objects.get(name=name))


class TOTPDeviceFactory(factory.django.DjangoModelFactory):
    """A confirmed authenticator app; its key is known, so tests can compute codes."""

    class Meta:
        model = "otp_totp.TOTPDevice"

    user = factory.SubFactory(UserFactory)
    name = "Authenticator app"
    confirmed = True


def verify_second_factor(client, user):
    """Marks the client's session as past the second factor (django-otp's session key), with
    the user's app, or a new one, when the rule asks them for one or they have one."""
    from django_otp import DEVICE_ID_SESSION_KEY

    from orientation.staff.rules import requires_second_factor
    from orientation.staff.second_factor import confirmed_device

    device = confirmed_device(user)
    if device is None:
        if not requires_second_factor(user):
            return None
        device = TOTPDeviceFactory(user=user)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return device


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = factory.Sequence(lambda n: f"Home {n}")
    intro = "Intro"
