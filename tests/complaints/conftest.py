import pytest


@pytest.fixture
def officer():
    """An officer for Thailand who reads the admin in English."""
    from wagtail.users.models import UserProfile

    from tests.complaints.factories import OfficerFactory

    user = OfficerFactory(username="thai-officer", destinations=["thailand"])
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user
