"""Interface strings missing in a language fall back to English, not to Khmer.

Django falls back to settings.LANGUAGE_CODE, which here is Khmer (the content default); a
Thai or Arabic reader would then see Khmer buttons. docs/design.md asks for English. Django has
no setting for this, so the fallback of each catalogue is replaced once at start-up.
Delete this module if Django gains a fallback-language setting.
"""

from django.utils.translation import trans_real

FALLBACK_LANGUAGE = "en"
_original_add_fallback = trans_real.DjangoTranslation._add_fallback


def _add_english_fallback(self, localedirs=None):
    language = self._DjangoTranslation__language
    if language == "km" or language.startswith(FALLBACK_LANGUAGE):
        return _original_add_fallback(self, localedirs)
    if self.domain == "django":
        fallback = trans_real.translation(FALLBACK_LANGUAGE)
    else:
        fallback = trans_real.DjangoTranslation(
            FALLBACK_LANGUAGE, domain=self.domain, localedirs=localedirs
        )
    self.add_fallback(fallback)


def install():
    trans_real.DjangoTranslation._add_fallback = _add_english_fallback
    # Catalogues built before the patch (at import time) would keep the Khmer fallback.
    trans_real._translations = {}
    trans_real._default = None
