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


@pytest.fixture
def verified_thailand_guide(home_km):
    """A Thailand guide with one verified number (191) and one unchecked (1111): what a
    worker in danger is offered, and what never."""
    from tests.destinations.factories import (
        DestinationGuidePageFactory,
        GuideIndexPageFactory,
        contact_card,
    )

    index = GuideIndexPageFactory(parent=home_km)
    return DestinationGuidePageFactory(
        parent=index,
        body=[
            contact_card("Police", "191"),
            contact_card("Unchecked line", "1111", verified=False),
        ],
    )
