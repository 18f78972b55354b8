"""Every page type with review dates shows readers when it was last checked."""

import pytest

from orientation.editorial.content_types import reviewed_page_models

from .discovery import create_page, factories_by_model, ids

REVIEWED = reviewed_page_models()


@pytest.mark.parametrize("model", REVIEWED, ids=ids(REVIEWED))
def test_public_page_shows_last_reviewed(model, client, home_km):
    factories = factories_by_model()
    if model not in factories:
        pytest.skip(f"{model.__name__} has no factory yet (see test_factories.py)")
    page = create_page(model, home_km, factories)
    response = client.get(page.url)
    assert response.status_code == 200
    assert 'class="last-reviewed"' in response.content.decode(), (
        f"{model.__name__}'s template does not include includes/last_reviewed.html"
    )
