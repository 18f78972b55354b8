from django.utils.translation import gettext_lazy as _

# The one wording for a fact nobody has vouched for yet (docs/glossary.md). Demo content uses
# it instead of guessing, and the admin reports every place it appears.
TO_BE_CONFIRMED = _("to be confirmed by editors")
TO_BE_CONFIRMED_KM = "ត្រូវបញ្ជាក់ដោយអ្នកកែសម្រួល"
TO_BE_CONFIRMED_EN = "to be confirmed by editors"

# The role groups of docs/design.md (made by a data migration, granted by editorial/roles.py).
# Who may do what is decided by the permissions these groups carry, never by their names.
EDITORS = "Editors"
TRANSLATORS = "Translators"
REVIEWERS = "Reviewers"
COMPLAINT_OFFICERS = "Complaint officers"
COMPLAINT_SUPERVISORS = "Complaint supervisors"
