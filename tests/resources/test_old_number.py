"""Issue 18: IOM's number comes from a press release whose figures date from 2007. It is
"to be confirmed by editors" until someone checks it: no link to call, the place marked for
the editors' report, and its source naming the document in the reader's language."""

import pytest

from orientation.editorial import selectors
from orientation.resources.models import Organisation

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_directory(home_km):
    from orientation.resources.demo import build

    build()


@pytest.mark.parametrize(
    ("language", "document"),
    [("km", "សេចក្តីប្រកាសព័ត៌មានរបស់ IOM"), ("en", "IOM press release")],
)
def test_the_old_number_is_marked_not_dialable_and_its_document_named(
    client, demo_directory, language, document
):
    iom = Organisation.objects.get(locale__language_code=language, name__contains="IOM")
    html = client.get(f"/{language}/resources/").content.decode()
    entry = html[html.index(f'id="organisation-{iom.translation_key}"') :]
    entry = entry.split('<li class="organisation"')[0]
    assert "tel:+85523216532" not in html
    assert f'data-unconfirmed="resources.organisation:{iom.pk}"' in entry
    assert "+855 23 216 532" in entry
    assert document in entry
    assert "seed" not in entry.lower()


def test_the_report_lists_the_old_number(demo_directory):
    iom = Organisation.objects.get(locale__language_code="km", name__contains="IOM")
    reported = {item.marker: item for item in selectors.unconfirmed_content()}
    item = reported[f"resources.organisation:{iom.pk}"]
    assert "contacts > phone > phone" in [fact.where for fact in item.facts]
