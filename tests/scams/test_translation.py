import pytest
from wagtail.models import Locale
from wagtail_localize.models import TranslationSource

from tests.scams.factories import ScamIndexPageFactory, ScamWarningPageFactory

pytestmark = pytest.mark.django_db


def test_warning_pages_can_be_translated_with_wagtail_localize(home_km):
    index = ScamIndexPageFactory(parent=home_km)
    warning = ScamWarningPageFactory(
        parent=index,
        red_flags=[("red_flag", "ទាមទារលុយមុន"), ("red_flag", "គ្មានកិច្ចសន្យា")],
        what_to_do=[("step", "ពិនិត្យអាជ្ញាប័ណ្ណ")],
    )
    english = Locale.objects.get(language_code="en")
    for page in (index, warning):
        source, _created = TranslationSource.get_or_create_from_instance(page)
        translated, _created = source.create_or_update_translation(english, fallback=True)
        assert translated.locale == english
    translated_warning = warning.get_translation(english).specific
    assert [block.value for block in translated_warning.red_flags] == ["ទាមទារលុយមុន", "គ្មានកិច្ចសន្យា"]
