"""Issue 17 item 9: Wagtail's own workflow emails reach each reviewer in the language they
read the admin in (Account → Preferences), through the Khmer catalogue kept in the project
(portal/locale), whoever submitted the page and in whatever language."""

import re

import pytest
from django.core import mail
from django.utils import translation
from wagtail.models import Page

from orientation.editorial.roles import REVIEWERS
from tests.factories import UserFactory

KHMER = re.compile(r"[\u1780-\u17FF]")


@pytest.fixture
def reviewers(editorial):
    return {
        "km": UserFactory(username="reviewer-km", groups=[REVIEWERS], admin_language="km"),
        "en": UserFactory(username="reviewer-en", groups=[REVIEWERS], admin_language="en"),
    }


def test_the_submission_email_is_in_each_reviewers_language(editor, reviewers):
    page = Page.objects.get(depth=2, locale__language_code="km").specific
    page.save_revision(user=editor)
    with translation.override("en"):  # an editor working in English submits it
        page.get_workflow().start(page, editor)

    by_address = {message.to[0]: message for message in mail.outbox}
    khmer = by_address["reviewer-km@example.org"]
    english = by_address["reviewer-en@example.org"]
    assert KHMER.search(khmer.subject) and "ត្រូវបានដាក់ស្នើ" in khmer.subject
    assert "submitted" not in khmer.subject + khmer.body
    assert not KHMER.search(english.subject.replace(page.title, ""))
    assert "submitted" in english.subject
