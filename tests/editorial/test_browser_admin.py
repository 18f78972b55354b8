"""An editor logs in, edits a guide and submits it for review, in a real browser."""

import pytest
from wagtail.models import Page, WorkflowState

from orientation.editorial.roles import EDITORS, ensure_editorial_setup
from tests.conftest import BROWSER_TEST, sign_in_to_admin
from tests.factories import UserFactory

from .discovery import create_page, factories_by_model

pytestmark = BROWSER_TEST

DESKTOP = {"width": 1280, "height": 900}


@pytest.fixture
def admin_browser(chromium, live_server, transactional_db):
    context = chromium.new_context(viewport=DESKTOP)
    page = context.new_page()
    page.base_url = live_server.url
    yield page
    context.close()


def a_guide_or_any_page(home_km):
    from orientation.core.demo import synchronise_all_locales
    from orientation.destinations.models import DestinationGuidePage

    factories = factories_by_model()
    model = DestinationGuidePage if DestinationGuidePage in factories else None
    page = create_page(model, home_km, factories) if model else home_km
    synchronise_all_locales()
    return page


def test_editor_edits_a_guide_and_submits_it_for_review(admin_browser, home_km):
    guide = a_guide_or_any_page(home_km)
    ensure_editorial_setup()
    UserFactory(username="editor", groups=[EDITORS])
    browser = admin_browser

    sign_in_to_admin(browser, "editor")

    browser.goto(f"{browser.base_url}/admin/pages/{guide.pk}/edit/")
    browser.fill("#id_title", guide.title + " (checked)")
    # The footer's primary action for an editor is "Save draft"; "Submit to Review before
    # publishing" sits in the menu next to it.
    browser.locator("footer [data-w-dropdown-target='toggle']").first.click()
    browser.locator("button[name='action-submit']").click()
    browser.wait_for_load_state("networkidle")

    state = WorkflowState.objects.get(base_content_type__isnull=False, object_id=str(guide.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert state.requested_by.username == "editor"
    stored = Page.objects.get(pk=guide.pk)
    assert stored.draft_title.endswith("(checked)")
    assert not stored.title.endswith("(checked)")  # not published until a reviewer approves
