"""Issue 17 item 9: an officer who reads Khmer meets no English on their whole path through
the admin: sign-in, second step, dashboard, complaint list and its filters, a complaint,
replying with a template, changing its status, and their account preferences."""

import pytest
from django.urls import reverse

from orientation.complaints.models import CaseEvent, ReplyTemplate
from tests.complaints.factories import ComplaintFactory, OfficerFactory
from tests.factories import verify_second_factor

from .helpers import sign_in
from .visible_text import english_words, visible_strings

pytestmark = pytest.mark.django_db

# Names, never words to translate: the officer's username and name, the product's brand,
# the authenticator apps the second-step page suggests, the sample addresses.
ALLOWED = {"sokha", "Sokha", "Chan", "Wagtail", "FreeOTP", "Aegis", "Google", "Microsoft"}
ALLOWED |= {"Authenticator", "example", "org", "English"}  # English by its own name
# Wagtail writes this screen-reader-only button into its templates without gettext.
UNTRANSLATABLE = {"Search"}
STORY_KM = "ប្រាក់ឈ្វួលរបស់ខ្ញុំមិនត្រូវបានបើកអស់រយៈពេលពីរខែហើយ។"
REPLY_KM = "សួស្តី។ យើងបានទទួលបណ្តឹងរបស់អ្នក ហើយកំពុងពិនិត្យ។"


@pytest.fixture
def khmer_officer():
    return OfficerFactory(
        username="sokha",
        first_name="Sokha",
        last_name="Chan",
        destinations=["thailand"],
        admin_language="km",
    )


@pytest.fixture
def complaint():
    return ComplaintFactory(
        description=STORY_KM, categories=",unpaid-wages,", contact_method="none", contact_detail=""
    )


def english_on(response):
    assert response.status_code == 200, response.status_code
    strings = visible_strings(response.content.decode())
    return english_words([text for text in strings if text not in UNTRANSLATABLE], ALLOWED)


def test_the_officers_whole_path_reads_in_khmer(client, khmer_officer, complaint):
    ReplyTemplate.objects.create(title="ការទទួលស្គាល់", body_km=REPLY_KM, body_en="We got it.")
    case_url = reverse("complaints_admin:case", args=[complaint.pk])
    left = {}

    left["sign-in"] = english_on(client.get("/admin/login/"))
    left["forgotten password"] = english_on(client.get("/admin/password_reset/"))
    second_step = sign_in(client, "sokha")
    assert second_step.status_code == 302
    left["second step"] = english_on(client.get(second_step["Location"], follow=True))
    verify_second_factor(client, khmer_officer)

    for name, path in [
        ("dashboard", "/admin/"),
        ("complaint list", "/admin/complaints/"),
        ("filtered list", "/admin/complaints/?status=all&category=unpaid-wages&period=7"),
        ("empty list", "/admin/complaints/?status=closed"),
        ("complaint", case_url),
        ("reply template picked", f"{case_url}?template={ReplyTemplate.objects.get().pk}-km"),
        ("account", "/admin/account/"),
        ("two-step settings", "/admin/two-step/"),
    ]:
        left[name] = english_on(client.get(path))

    replied = client.post(case_url, {"action": "reply", "body": REPLY_KM}, follow=True)
    left["after reply"] = english_on(replied)
    changed = client.post(case_url, {"action": "status", "status": "responded"}, follow=True)
    left["after status change"] = english_on(changed)
    assert CaseEvent.objects.filter(complaint=complaint, kind=CaseEvent.Kind.REPLY).exists()

    preferences = client.post(
        "/admin/account/",
        {"locale-preferred_language": "km", "locale-current_time_zone": ""},
        follow=True,
    )
    left["after saving preferences"] = english_on(preferences)

    left = {page: words for page, words in left.items() if words}
    assert not left, "\n".join(f"{page}: {words}" for page, words in left.items())


def test_the_admin_scripts_read_the_khmer_catalogue(client, khmer_officer):
    """The page editor, the sidebar and wagtail-localize's editor take their words from
    Django's JavaScript catalogues (locale/km/LC_MESSAGES/djangojs.po)."""
    client.force_login(khmer_officer)
    wagtail = client.get(reverse("wagtailadmin_javascript_catalog")).content.decode()
    localize = client.get(reverse("wagtail_localize:javascript_catalog")).content.decode()
    assert '"Save": "\\u179a\\u1780\\u17d2\\u179f\\u17b6\\u1791\\u17bb\\u1780"' in wagtail
    assert '"Not translated": "\\u1798\\u17b7\\u1793' in localize


def test_menus_follow_each_request_not_the_first_after_a_start(client, khmer_officer):
    """Wagtail builds its menus once per process: an English first visitor must not leave
    "Translations" or "What's new" in English for the Khmer officer after them."""
    from django.contrib.auth import get_user_model
    from wagtail.users.models import UserProfile

    from orientation.editorial.roles import ensure_editorial_setup

    ensure_editorial_setup()
    english = get_user_model().objects.create_superuser("first", "first@example.org", "x")
    profile = UserProfile.get_for_user(english)
    profile.preferred_language = "en"
    profile.save()
    client.force_login(english)
    assert "What's new in Wagtail" in client.get("/admin/").content.decode()
    client.force_login(khmer_officer)
    html = client.get("/admin/").content.decode()
    assert "What's new in Wagtail" not in html
