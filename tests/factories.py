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

    @factory.post_generation
    def admin_language(self, create, extracted, **kwargs):
        """UserFactory(admin_language="en"): the language picked in Account → Preferences
        (without it the admin and its emails are in the site's default, Khmer)."""
        if extracted:
            from wagtail.users.models import UserProfile

            profile = UserProfile.get_for_user(self)
            profile.preferred_language = extracted
            profile.save()


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


def related_by(relation, model, field="slug"):
    """A post-generation declaration: `Factory(relation=["a", "b"])` links the records of
    model (an "app.Model" label, looked up late) whose field is one of those values."""

    def link(record, create, extracted, **kwargs):
        if extracted:
            from django.apps import apps

            related = apps.get_model(model).objects.filter(**{f"{field}__in": extracted})
            getattr(record, relation).set(related)
            record.save()

    return factory.PostGeneration(link)


def translate_record(record, code, **fields):
    """A live translation of a translatable snippet into locale code, with its own fields."""
    from wagtail.models import Locale

    translation = record.copy_for_translation(Locale.objects.get(language_code=code))
    for name, value in fields.items():
        setattr(translation, name, value)
    translation.live = True
    translation.save()
    return translation


def set_hotline(name_km, name_en, number="", verified=False, source=""):
    """Make the site's contact settings list one hotline (the home page and footer show it)."""
    from home.models import ContactSettings

    contacts = ContactSettings.load()
    contacts.hotlines = [
        (
            "hotline",
            {
                "name_km": name_km,
                "name_en": name_en,
                "contact": {"number": number, "verified": verified, "source": source},
            },
        )
    ]
    contacts.save()
    return contacts
