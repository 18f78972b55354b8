from django.utils.translation import gettext_lazy as _

# The one wording for a fact nobody has vouched for yet (docs/glossary.md). Demo content uses
# it instead of guessing, and the admin reports every place it appears.
TO_BE_CONFIRMED = _("to be confirmed by editors")
TO_BE_CONFIRMED_KM = "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល"
TO_BE_CONFIRMED_EN = "to be confirmed by editors"
