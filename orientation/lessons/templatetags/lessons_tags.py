from django import template
from django.utils.translation import get_language

register = template.Library()

KHMER_DIGITS = str.maketrans("0123456789", "០១២៣៤៥៦៧៨៩")


@register.filter
def local_digits(number):
    """Khmer digits on Khmer pages: the lessons teach them, so the counters use them too."""
    text = str(number)
    return text.translate(KHMER_DIGITS) if (get_language() or "").startswith("km") else text
